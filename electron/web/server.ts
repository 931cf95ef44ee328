import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { normalize } from 'node:path';
import type { Db } from '../core/office/database';
import { toApiError } from '../core/dispatch';
import { answerCall, type ReadPool } from '../office/read-pool';
import { idempotencyKeyOf } from './idempotency-key';
import { browserModeLimits, limitConnections } from './connection-limits';
import { addressPort, httpStatus, listenOn, pathnameOf, readJsonInput, refuse, send, serveStatic } from './http';

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
  /** Reader threads for reads (the office server's read-pool.ts): a dashboard's three figures are worked out side by side. */
  reads?: ReadPool | null;
}

// Imports carry files up to 50 MB as base64 (a third larger), plus the rest of the request.
const maxBodyBytes = 72 * 1024 * 1024;
const tokenHeader = 'x-rapport-token';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// A tab opened from a link has no copy of the first tab's sessionStorage, so the page that arrives with the token in
// its address (?token=…) also gets it as a cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
// page sends it) and named by the port (two runs on one machine keep their own). The cookie alone is accepted only on
// a call that carries our own Origin — every fetch from our page does, a form or a page on another port does not
// (its foreign Origin is refused first) — so it never lets another origin call the API (CSRF).
const cookieName = (port: number) => `rapport_token_${port}`;

function cookieToken(req: IncomingMessage, port: number): string | null {
  const name = cookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** The run's token from the header, or from the cookie on a call from our own page (an Origin header, checked). */
function callerToken(req: IncomingMessage, port: number): string | null {
  const header = req.headers[tokenHeader];
  if (typeof header === 'string') return header;
  return req.headers.origin === undefined ? null : cookieToken(req, port);
}

/** The page opened from the printed address: keeps the token for this browser's other tabs (see cookieName). */
function rememberToken(req: IncomingMessage, res: ServerResponse, options: WebHostOptions, port: number): void {
  if (req.method !== 'GET') return;
  let given: string | null;
  try {
    given = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('token');
  } catch {
    return;
  }
  if (given !== null && sameToken(given, options.token)) {
    res.setHeader('Set-Cookie', `${cookieName(port)}=${options.token}; HttpOnly; SameSite=Strict; Path=/`);
  }
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

async function handleApi(req: IncomingMessage, res: ServerResponse, options: WebHostOptions, port: number, procedure: string): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'invalid_input', 'API calls must use POST.');
  const token = callerToken(req, port);
  if (token === null || !sameToken(token, options.token)) {
    return refuse(
      res,
      401,
      'unauthorized',
      'This page is not signed in to Rapport (its access link has changed, perhaps because Rapport restarted). Open Rapport again from the address it showed when it started.',
    );
  }
  const body = await readJsonInput(req, maxBodyBytes);
  if (!body.ok) return refuse(res, 400, 'invalid_input', body.message);
  const input = body.input;
  if (procedure.startsWith('recovery.')) return handleRecovery(res, options, procedure, input);
  if (!options.db) {
    return refuse(res, 503, 'database_unavailable', 'Rapport could not open its database; restore a backup or start with an empty database.');
  }
  const result = await answerCall(options.reads ?? null, options.db, procedure, input, null, idempotencyKeyOf(req));
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
    const port = options.port === 0 ? addressPort(server) : options.port;
    const problem = trustedHeaders(req, port);
    if (problem) return refuse(res, 403, 'unauthorized', problem);
    const pathname = pathnameOf(req);
    if (pathname === null) return refuse(res, 400, 'invalid_input', 'Malformed request address.');
    if (pathname.startsWith('/api/')) {
      handleApi(req, res, options, port, pathname.slice('/api/'.length)).catch(() => {
        if (!res.headersSent) refuse(res, 500, 'invalid_input', 'The request could not be read.');
      });
      return;
    }
    rememberToken(req, res, options, port);
    serveStatic(req, res, staticDir, pathname);
  };
  // A request must send its headers promptly and finish within two minutes (a 50 MB import on loopback takes
  // well under a second); idle and flooding sockets are handled by limitConnections.
  server.headersTimeout = 10_000;
  server.requestTimeout = 120_000;
  limitConnections(server, browserModeLimits);
  return server;
}

export function listen(server: Server, port: number): Promise<number> {
  return listenOn(server, port, '127.0.0.1');
}
