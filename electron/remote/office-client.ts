import { Agent, request } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { rootCertificates } from 'node:tls';
import { authProcedures } from '../../shared/api/auth';
import { apiResultSchema, type ApiErrorShape, type ApiResult } from '../../shared/api/errors';
import { idempotencyKeyHeader } from '../../shared/api/idempotency';
import { certificateProblem } from './tls-problem';

// The desktop app on an office server: the renderer's one `invoke` forwarded as the office server's own API call
// (POST /api/<procedure> with the session cookie and the Origin the server expects, shared/api results back). Plain
// Node, no Electron, so integration tests drive it against a real office server. The certificate is always
// verified (Node's CAs, plus the office's own CA only when the person chose its file); never a plain-http fallback.

/** The office server's session cookie under https (electron/office/cookie.ts). */
export const sessionCookieName = '__Host-rapport-session';
const tokenPattern = /^[A-Za-z0-9_-]{16,256}$/;
/** Exports come back as base64 files; anything larger than this is not an answer Rapport sends. */
const maxAnswerBytes = 256 * 1024 * 1024;

export interface OfficeClientOptions {
  /** The office server's origin, checked by officeOrigin(). */
  origin: string;
  /** A CA certificate (PEM) the person chose to trust, beside the usual ones. */
  ca?: string | null;
  /** A session kept from before (decrypted by the shell), or null. */
  session?: string | null;
  /** Told whenever the session starts, changes or ends, so the shell can keep (or forget) the secret. */
  onSession?: (session: string | null) => void;
  /** How long a silent connection is waited for. */
  timeoutMs?: number;
}

export interface OfficeClient {
  readonly origin: string;
  /** The session cookie's value, or null when signed out. */
  session(): string | null;
  /**
   * Forwards one procedure call, with the write's idempotency key as the Idempotency-Key header when given (the
   * server then does it once however often it is sent); every outcome is an ApiResult, never a throw.
   */
  call(procedure: string, input: unknown, idempotencyKey?: string | null): Promise<ApiResult<unknown>>;
  /**
   * Signs in with a password and, for a two-step account, the code from the authenticator app (or a recovery code):
   * the session cookie's value on success, or `codeRequired` when the password was right and the code is still due.
   */
  signIn(email: string, password: string, code?: string): Promise<ApiResult<SignInOutcome>>;
  /** Takes over a session started outside this client (single sign-on in the sign-in window); false if not a token. */
  adopt(session: string): boolean;
  /** Closes kept-alive connections. */
  close(): void;
}

/** Signed in (the session), or the password was right and the account's second step is still due. */
export type SignInOutcome = { session: string } | { codeRequired: true; message: string };

interface Answer {
  status: number;
  setCookies: string[];
  body: string;
}

const failure = (code: ApiErrorShape['code'], message: string, details?: Record<string, unknown>): ApiResult<never> => ({
  ok: false,
  error: { code, message, ...(details ? { details } : {}) },
});

/** The session cookie's new value from Set-Cookie headers: a token, null when cleared, undefined when not mentioned. */
export function sessionFromSetCookie(headers: string[]): string | null | undefined {
  let found: string | null | undefined;
  for (const header of headers) {
    const [pair = '', ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq).trim() !== sessionCookieName) continue;
    const value = pair.slice(eq + 1).trim();
    const cleared = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
    found = !cleared && tokenPattern.test(value) ? value : null;
  }
  return found;
}

export function createOfficeClient(options: OfficeClientOptions): OfficeClient {
  const origin = new URL(options.origin).origin;
  const url = new URL(origin);
  if (url.protocol !== 'https:') throw new Error('The office client speaks https only.');
  const host = url.host;
  // Node's own CA list plus, only if chosen, the office's CA. rejectUnauthorized is the default; it is stated anyway.
  const agent = new Agent({
    keepAlive: true,
    rejectUnauthorized: true,
    ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}),
  });
  let session = options.session && tokenPattern.test(options.session) ? options.session : null;
  const setSession = (next: string | null) => {
    if (next === session) return;
    session = next;
    options.onSession?.(next);
  };

  const post = (procedure: string, body: string, idempotencyKey: string | null): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port || 443,
          method: 'POST',
          path: `/api/${encodeURIComponent(procedure)}`,
          timeout: options.timeoutMs ?? 60_000,
          headers: {
            'content-type': 'application/json',
            // The server's CSRF check: calls must name its own origin, as its pages do.
            origin,
            ...(session ? { cookie: `${sessionCookieName}=${session}` } : {}),
            ...(idempotencyKey ? { [idempotencyKeyHeader]: idempotencyKey } : {}),
          },
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxAnswerBytes) req.destroy(new Error('answer too large'));
            else chunks.push(chunk);
          });
          res.on('end', () => {
            const setCookie = res.headers['set-cookie'] ?? [];
            resolve({ status: res.statusCode ?? 0, setCookies: setCookie, body: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(body);
    });

  const call = async (procedure: string, input: unknown, idempotencyKey: string | null = null): Promise<ApiResult<unknown>> => {
    let body: string;
    try {
      body = JSON.stringify(input ?? {});
    } catch {
      return failure('invalid_input', 'The input could not be sent to the office server.');
    }
    const hadSession = session !== null;
    let answer: Answer;
    try {
      answer = await post(procedure, body, idempotencyKey);
    } catch (error) {
      const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
      const problem = certificateProblem(code, host);
      if (problem) return failure('forbidden', problem, { reason: 'certificate', tlsCode: code });
      return failure('internal', `The office server ${host} is not reachable (${code ?? 'no answer'}). Check the network, or try again later.`, {
        reason: 'unreachable',
      });
    }
    const next = sessionFromSetCookie(answer.setCookies);
    if (next !== undefined) setSession(next);
    const parsed = apiResultSchema.safeParse(parseJson(answer.body));
    if (answer.status === 401 || (parsed.success && !parsed.data.ok && parsed.data.error.code === 'unauthenticated')) {
      setSession(null);
      return failure(
        'unauthenticated',
        hadSession
          ? `Your session on ${host} has ended (after a while without use, at sign-out, or when an admin changed your account). Sign in again.`
          : `Sign in to the office server ${host} first.`,
        { reason: hadSession ? 'session_ended' : 'signed_out' },
      );
    }
    if (!parsed.success)
      return failure('internal', `Unexpected answer from the office server ${host} (HTTP ${answer.status}): is this a Rapport office server?`);
    return parsed.data;
  };

  return {
    origin,
    session: () => session,
    call,
    async signIn(email, password, code) {
      const result = await call('auth.signIn', code === undefined ? { email, password } : { email, password, code });
      if (!result.ok) return result;
      const answer = authProcedures['auth.signIn'].output.safeParse(result.data);
      if (answer.success && answer.data.caller === null) {
        return { ok: true, data: { codeRequired: true, message: `Password accepted: now the code from your authenticator app for ${host}.` } };
      }
      return answer.success && session ? { ok: true, data: { session } } : failure('internal', `The office server ${host} signed in but sent no session.`);
    },
    adopt(next) {
      if (!tokenPattern.test(next)) return false;
      setSession(next);
      return true;
    },
    close: () => agent.destroy(),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
