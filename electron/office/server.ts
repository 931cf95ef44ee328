import { createServer as createHttpServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { normalize } from 'node:path';
import type { Caller } from '../../shared/api/caller';
import { contract, effectsOf, isProcedureName, type ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { maxImportBytes } from '../../shared/api/imports';
import { liveHelloSchema, liveStreamHeader } from '../../shared/api/live';
import { noSession } from '../../shared/api/access';
import { ssoRefusalPath } from '../../shared/api/sso-refusal';
import type { Db, RequestContext } from '../core/office/database';
import { limitConnections, officeLimits } from '../web/connection-limits';
import { idempotencyKeyOf } from '../web/idempotency-key';
import { addressPort, baseSecurityHeaders, httpStatus, pathnameOf, readJsonInput, refuse, send, serveStatic } from '../web/http';
import { allowedHosts, allowedOrigins, browserFacingHttps, printedOrigin, type OfficeConfig } from './config';
import { clearSessionCookie, cookieJar, sessionToken, setSessionCookie } from './cookie';
import { LiveHub } from './live';
import { createOidcRoutes } from './sso-oidc';
import { createSsoRefusals } from './sso-refusals';
import { handleSaml } from './sso-saml';
import { answerCall, type ReadPool } from './read-pool';

/** How the host learns who a session is: HD's core/auth/sessions.ts, passed in so the host stays a thin shell. */
export interface SessionLookup {
  /** The session's caller, touching its last-seen time (a real call is activity); null when absent, idle or expired. */
  callerForSession(db: Db, token: string, address: string): Caller | null;
  /** The same check without counting as activity: the live stream's heartbeat must not keep a session alive. */
  sessionCallerWithoutTouch(db: Db, token: string): Caller | null;
}

export interface OfficeHostOptions {
  db: Db;
  staticDir: string | null;
  config: Pick<OfficeConfig, 'tls' | 'publicOrigin' | 'host'>;
  /** Certificate and key (PEM) when this server speaks TLS itself. */
  tls: { cert: string | Buffer; key: string | Buffer } | null;
  sessions: SessionLookup;
  heartbeatMs?: number;
  /** Reader threads for reads and exports (read-pool.ts); without it every call runs on the main thread. */
  reads?: ReadPool | null;
}

export interface OfficeHost {
  server: Server | HttpsServer;
  live: LiveHub;
  /** The origins API calls may come from; known once listening (port 0 picks one). */
  originsFor(port: number): Set<string>;
}

/** Ordinary calls are small (the longest note is a few KB); an import carries a file of up to 50 MB as base64. */
const defaultBodyBytes = 1024 * 1024;
const importBodyBytes = Math.ceil((maxImportBytes * 4) / 3) + defaultBodyBytes;

function bodyLimit(name: ProcedureName): number {
  return name === 'imports.preview' || name === 'imports.commit' ? importBodyBytes : defaultBodyBytes;
}

const signInFirst = 'Sign in to Rapport first (or your session ended: it expires after a while without use, and on sign-out).';

export function createOfficeHost(options: OfficeHostOptions): OfficeHost {
  const staticDir = options.staticDir ? normalize(options.staticDir) : null;
  const https = browserFacingHttps(options.config);
  const jar = cookieJar(https);
  // HSTS only where browsers see https; one year, not includeSubDomains (the university's other hosts are not ours).
  const securityHeaders: OutgoingHttpHeaders = {
    ...baseSecurityHeaders,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...(https ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
  const live = new LiveHub({
    heartbeatMs: options.heartbeatMs ?? 15_000,
    maxStreamsPerSession: 8,
    // Half the office's sockets (officeLimits.maxSockets): the other half stays for calls.
    maxStreams: officeLimits.maxSockets / 2,
    sessionAlive: (token) => options.sessions.sessionCallerWithoutTouch(options.db, token) !== null,
  });
  const server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key, handshakeTimeout: 10_000 }) : createHttpServer();
  const originsFor = (port: number) => allowedOrigins(options.config, port);
  let trusted: { origins: Set<string>; hosts: Set<string> } | null = null;
  const trust = () => {
    if (!trusted) {
      const origins = originsFor(addressPort(server));
      trusted = { origins, hosts: allowedHosts(origins) };
    }
    return trusted;
  };

  /** The client's address for rate limits and the audit; behind the TLS proxy, the address the proxy appended. */
  const addressOf = (req: IncomingMessage): string => {
    const direct = req.socket.remoteAddress ?? 'unknown';
    const forwarded = req.headers['x-forwarded-for'];
    if (!options.config.publicOrigin || typeof forwarded !== 'string') return direct;
    return forwarded.split(',').at(-1)?.trim() || direct;
  };

  // A refused single sign-on's message, waiting for the sign-in page (OIDC and SAML alike).
  const refusals = createSsoRefusals();
  const oidc = createOidcRoutes({
    db: options.db,
    jar,
    headers: securityHeaders,
    refusals,
    addressOf,
    origin: () => trust().origins.values().next().value ?? '',
    sessionEnded: (token) => live.endSession(token),
  });

  const handleLive = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET') return refuse(res, 405, 'invalid_input', 'The live updates stream is opened with GET.', securityHeaders);
    // EventSource sends no Origin on a same-origin GET; a browser's Sec-Fetch-Site still says where it came from.
    const site = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    if ((origin !== undefined && !trust().origins.has(origin)) || (typeof site === 'string' && site !== 'same-origin')) {
      return refuse(res, 403, 'forbidden', 'Live updates are only for Rapport’s own pages.', securityHeaders);
    }
    const token = sessionToken(req, jar);
    if (!token || !options.sessions.callerForSession(options.db, token, addressOf(req))) {
      return refuse(res, 401, 'unauthenticated', signInFirst, securityHeaders);
    }
    live.open(res, token, securityHeaders);
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string): Promise<void> => {
    if (req.method !== 'POST') return refuse(res, 405, 'invalid_input', 'API calls must use POST.', securityHeaders);
    const origin = req.headers.origin;
    if (origin === undefined || !trust().origins.has(origin)) {
      const said = origin === undefined ? 'no Origin header' : `Origin "${origin.slice(0, 100)}"`;
      return refuse(
        res,
        403,
        'forbidden',
        `Refused: the request came with ${said}. Only Rapport's own pages (${[...trust().origins][0]}) may call it; other programs must send that Origin and the session cookie.`,
        securityHeaders,
      );
    }
    const address = addressOf(req);
    const token = sessionToken(req, jar);
    const caller = token ? options.sessions.callerForSession(options.db, token, address) : null;
    const open = isProcedureName(name) && contract[name].access === noSession;
    // Before the body is read: without a session nothing but signing in is answered, and no upload is accepted.
    if (!caller && !open) {
      const headers = token ? { ...securityHeaders, 'set-cookie': clearSessionCookie(jar) } : securityHeaders;
      return refuse(res, 401, 'unauthenticated', signInFirst, headers);
    }
    const body = await readJsonInput(req, isProcedureName(name) ? bodyLimit(name) : defaultBodyBytes);
    if (!body.ok) return refuse(res, body.tooLarge ? 413 : 400, 'invalid_input', body.message, securityHeaders);

    const cookies: string[] = [];
    let started: string | null = null;
    let ended = false;
    const context: RequestContext = {
      caller,
      address,
      sessionToken: caller ? token : null,
      startSession(newToken, expiresAt) {
        started = newToken;
        cookies.push(setSessionCookie(jar, newToken, expiresAt));
      },
      endSession() {
        ended = true;
        cookies.push(clearSessionCookie(jar));
      },
    };
    const result = await answerCall(options.reads ?? null, options.db, name, body.input, context, idempotencyKeyOf(req));
    // A new session or a sign-out ends the streams of the session this browser had.
    if (token && (ended || started)) live.endSession(token);
    if (result.ok && isProcedureName(name))
      live.publish(
        effectsOf(name).filter((area) => area !== 'auth'),
        started ? { token: started, stream: null } : { token, stream: streamOf(req) },
      );
    send(res, result.ok ? 200 : httpStatus(result.error.code), result, {
      ...securityHeaders,
      ...(cookies.length ? { 'set-cookie': cookies } : {}),
      ...retryAfter(result),
    });
  };

  const route = (req: IncomingMessage, res: ServerResponse): void => {
    const host = req.headers.host ?? '';
    if (!trust().hosts.has(host)) return refuse(res, 403, 'forbidden', `Host "${host.slice(0, 100)}" is not this Rapport server.`, securityHeaders);
    const pathname = pathnameOf(req);
    if (pathname === null) return refuse(res, 400, 'invalid_input', 'Malformed request address.', securityHeaders);
    if (pathname === '/api/live') return handleLive(req, res);
    if (pathname.startsWith('/sso/oidc/')) return oidc(req, res, pathname);
    if (pathname === ssoRefusalPath) return refusals.handle(req, res, securityHeaders);
    if (pathname.startsWith('/sso/saml/')) {
      const context = {
        db: options.db,
        origin: printedOrigin(options.config, addressPort(server)),
        jar,
        address: addressOf(req),
        previousToken: sessionToken(req, jar),
        headers: securityHeaders,
        refusals,
        sessionReplaced: (token: string) => live.endSession(token),
      };
      handleSaml(req, res, pathname, context).catch(() =>
        res.headersSent ? res.end() : refuse(res, 500, 'internal', 'The sign-in could not be handled.', securityHeaders),
      );
      return;
    }
    if (pathname.startsWith('/api/')) {
      handleApi(req, res, pathname.slice('/api/'.length)).catch(() => {
        if (!res.headersSent) refuse(res, 500, 'internal', 'The request could not be handled.', securityHeaders);
        else res.end();
      });
      return;
    }
    serveStatic(req, res, staticDir, pathname, securityHeaders);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    try {
      route(req, res);
    } catch {
      // Whatever a request carries, the server answers and stays up.
      if (!res.headersSent) refuse(res, 400, 'invalid_input', 'The request could not be handled.', securityHeaders);
      else res.end();
    }
  });
  // Headers promptly, a whole request (a 50 MB import over a slow office link) within five minutes; the TLS
  // handshake within ten seconds. Idle and flooding sockets are handled by limitConnections.
  server.headersTimeout = 10_000;
  server.requestTimeout = 300_000;
  limitConnections(server, officeLimits);
  server.on('close', () => live.close());
  return { server, live, originsFor };
}

/** The live stream id a tab sends with its calls (shared/api/live.ts), so its own write is not pushed back to it. */
function streamOf(req: IncomingMessage): string | null {
  const value = req.headers[liveStreamHeader];
  return typeof value === 'string' && liveHelloSchema.shape.stream.safeParse(value).success ? value : null;
}

function retryAfter(result: ApiResult<unknown>): OutgoingHttpHeaders {
  if (result.ok || result.error.code !== 'rate_limited') return {};
  const seconds = result.error.details?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? { 'retry-after': String(Math.max(1, Math.ceil(seconds))) } : {};
}
