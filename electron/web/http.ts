import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiErrorCode, ApiResult } from '../../shared/api/errors';
import { contentSecurityPolicy } from '../core/csp';
import { mimeTypes } from '../core/mime';

// What both HTTP hosts share — browser mode (electron/web/server.ts) and the office server (electron/office/):
// the error-code → status mapping, JSON answers, bounded request bodies, the static renderer with its security
// headers, and listening. Each host adds only its own gate (a per-run token; a session cookie and CSRF check).

const statusByCode: Partial<Record<ApiErrorCode, number>> = {
  internal: 500,
  unknown_procedure: 404,
  // A busy database or a conflicting change: nothing was written, the caller may try again.
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
};

/** Only a real fault is a 5xx; anything else the caller got wrong or may retry is a 4xx. */
export function httpStatus(code: ApiErrorCode): number {
  return statusByCode[code] ?? 400;
}

/** Headers every answer carries, API and files alike. */
export const baseSecurityHeaders: OutgoingHttpHeaders = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export function send(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export function refuse(res: ServerResponse, status: number, code: ApiErrorCode, message: string, headers: OutgoingHttpHeaders = {}): void {
  const result: ApiResult<never> = { ok: false, error: { code, message } };
  send(res, status, result, headers);
}

/** A RangeError naming the limit when the body is larger than `maxBytes`; the rest of the upload is not read. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw new RangeError(tooLarge(maxBytes));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) throw new RangeError(tooLarge(maxBytes));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(maxBytes: number): string {
  const mb = maxBytes / (1024 * 1024);
  return mb >= 1 ? `The request is larger than ${Math.round(mb)} MB.` : `The request is larger than ${Math.round(maxBytes / 1024)} KB.`;
}

/** The JSON body of an API call (`{}` when empty), or why not: larger than `maxBytes`, or not JSON. */
export async function readJsonInput(
  req: IncomingMessage,
  maxBytes: number,
): Promise<{ ok: true; input: unknown } | { ok: false; tooLarge: boolean; message: string }> {
  let body: string;
  try {
    body = await readBody(req, maxBytes);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, tooLarge: true, message: error.message };
    return { ok: false, tooLarge: false, message: 'The request body could not be read.' };
  }
  try {
    return { ok: true, input: body.trim() === '' ? {} : (JSON.parse(body) as unknown) };
  } catch {
    return { ok: false, tooLarge: false, message: 'The request body is not valid JSON.' };
  }
}

/** A short plain-text answer no cache keeps (wrong method or address on the single sign-on routes). */
export function sendText(res: ServerResponse, status: number, body: string, headers: OutgoingHttpHeaders): void {
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** A redirect that no cache keeps, setting `cookies` on the way (the single sign-on hand-offs). */
export function redirect(res: ServerResponse, status: 302 | 303, location: string, headers: OutgoingHttpHeaders, cookies: string[] = []): void {
  res.writeHead(status, { ...headers, location, 'cache-control': 'no-store', ...(cookies.length ? { 'set-cookie': cookies } : {}) });
  res.end();
}

/** The built renderer: GET/HEAD of files under `staticDir` only, with the app's CSP and no framing. */
export function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string | null, pathname: string, headers: OutgoingHttpHeaders = {}): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, headers).end();
    return;
  }
  const text = { 'content-type': 'text/plain; charset=utf-8', ...headers };
  if (!staticDir) {
    res.writeHead(404, text).end('The renderer is not built. Run `npm run build`.');
    return;
  }
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    res.writeHead(400, text).end('Malformed address');
    return;
  }
  const file = normalize(join(staticDir, relative));
  if (!file.startsWith(staticDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, text).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy,
    ...baseSecurityHeaders,
    // The build names every file under assets/ by its content's hash: a name never changes meaning, so a browser keeps
    // it (the next visits load no code from the host); index.html names the current ones and is asked for each time.
    'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...headers,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** The path of a request's address, or null when it cannot be parsed. */
export function pathnameOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

interface Listening {
  address(): AddressInfo | string | null;
  listen(port: number, host: string, callback: () => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
}

export function addressPort(server: Pick<Listening, 'address'>): number {
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/** Listens on `host` (127.0.0.1 unless the office server was told otherwise) and resolves with the real port. */
export function listenOn(server: Listening, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(addressPort(server));
    });
  });
}
