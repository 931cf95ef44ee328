import { timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiErrorCode, ApiResult } from '../../shared/api/errors';
import type { Db } from '../core/office/database';
import { dispatchAsync, toApiError } from '../core/dispatch';
import { contentSecurityPolicy } from '../core/csp';
import { mimeTypes } from '../core/mime';
import { browserModeLimits, limitConnections } from './connection-limits';

/** What browser mode can do when the database could not be opened (it was moved aside). */
export interface RecoveryHandlers {
  status(): unknown;
  restore(input: unknown): Promise<Db>;
  startEmpty(): Promise<Db>;
}

export interface WebHostOptions {
  /** null while the database could not be opened: only the recovery calls are answered. */
  db: Db | null;
  recovery?: RecoveryHandlers;
  /** Built renderer (out/renderer); without it only the API is served. */
  staticDir: string | null;
  token: string;
  port: number;
}

// Imports carry files up to 50 MB as base64 (a third larger), plus the rest of the request.
const maxBodyBytes = 72 * 1024 * 1024;
const tokenHeader = 'x-rapport-token';

/** Only a real fault is a 5xx: a busy database or a conflicting change is 409, the caller may try again. */
function httpStatus(code: ApiErrorCode): number {
  if (code === 'internal') return 500;
  if (code === 'unknown_procedure') return 404;
  if (code === 'conflict') return 409;
  return 400;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function refuse(
  res: ServerResponse,
  status: number,
  code: 'unauthorized' | 'invalid_input' | 'unknown_procedure' | 'conflict' | 'database_unavailable',
  message: string,
): void {
  const result: ApiResult<never> = { ok: false, error: { code, message } };
  send(res, status, result);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only our own origin: defeats DNS rebinding (foreign Host) and cross-site requests (foreign Origin). */
function trustedHeaders(req: IncomingMessage, port: number): string | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host ?? '';
  if (!allowedHosts.includes(host)) return `Host "${host.slice(0, 100)}" is not this Rapport server.`;
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) {
    return `Origin "${origin.slice(0, 100)}" may not call this Rapport server.`;
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBodyBytes) throw new RangeError('The request is larger than 72 MB.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, options: WebHostOptions, procedure: string): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'invalid_input', 'API calls must use POST.');
  const token = req.headers[tokenHeader];
  if (typeof token !== 'string' || !sameToken(token, options.token)) {
    return refuse(
      res,
      401,
      'unauthorized',
      'This page is not signed in to Rapport (its access link has changed, perhaps because Rapport restarted). Open Rapport again from the address it showed when it started.',
    );
  }
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body.trim() === '' ? {} : (JSON.parse(body) as unknown);
  } catch (error) {
    const message = error instanceof RangeError ? error.message : 'The request body is not valid JSON.';
    return refuse(res, 400, 'invalid_input', message);
  }
  if (procedure.startsWith('recovery.')) return handleRecovery(res, options, procedure, input);
  if (!options.db) {
    return refuse(res, 503, 'database_unavailable', 'Rapport could not open its database; restore a backup or start with an empty database.');
  }
  const result = await dispatchAsync(options.db, procedure, input);
  send(res, result.ok ? 200 : httpStatus(result.error.code), result);
}

/** Restoring a backup or starting empty opens the database, and the host serves it from then on. */
async function handleRecovery(res: ServerResponse, options: WebHostOptions, procedure: string, input: unknown): Promise<void> {
  const recovery = options.recovery;
  if (!recovery || options.db) return refuse(res, 409, 'conflict', 'The database is open: there is nothing to recover.');
  try {
    if (procedure === 'recovery.status') return send(res, 200, { ok: true, data: recovery.status() });
    if (procedure === 'recovery.restore') options.db = await recovery.restore(input);
    else if (procedure === 'recovery.startEmpty') options.db = await recovery.startEmpty();
    else return refuse(res, 404, 'unknown_procedure', `Unknown procedure "${procedure.slice(0, 100)}".`);
    send(res, 200, { ok: true, data: { opened: options.db.path } });
  } catch (error) {
    const shape = toApiError(error);
    send(res, httpStatus(shape.code), { ok: false, error: shape });
  }
}

function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string | null, pathname: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  if (!staticDir) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('The renderer is not built. Run `npm run build`.');
    return;
  }
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Malformed address');
    return;
  }
  const file = normalize(join(staticDir, relative));
  if (!file.startsWith(staticDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** Browser mode: the built renderer and POST /api/<procedure>, on 127.0.0.1 only, behind a per-run token. */
export function createWebHost(options: WebHostOptions): Server {
  const staticDir = options.staticDir ? normalize(options.staticDir) : null;
  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch {
      // Whatever a request carries, the server answers and stays up.
      if (!res.headersSent) refuse(res, 400, 'invalid_input', 'The request could not be handled.');
      else res.end();
    }
  });
  const route = (req: IncomingMessage, res: ServerResponse): void => {
    const problem = trustedHeaders(req, options.port === 0 ? addressPort(server) : options.port);
    if (problem) return refuse(res, 403, 'unauthorized', problem);
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      return refuse(res, 400, 'invalid_input', 'Malformed request address.');
    }
    if (pathname.startsWith('/api/')) {
      handleApi(req, res, options, pathname.slice('/api/'.length)).catch(() => {
        if (!res.headersSent) refuse(res, 500, 'invalid_input', 'The request could not be read.');
      });
      return;
    }
    serveStatic(req, res, staticDir, pathname);
  };
  // A request must send its headers promptly and finish within two minutes (a 50 MB import on loopback takes
  // well under a second); idle and flooding sockets are handled by limitConnections.
  server.headersTimeout = 10_000;
  server.requestTimeout = 120_000;
  limitConnections(server, browserModeLimits);
  return server;
}

function addressPort(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(addressPort(server));
    });
  });
}
