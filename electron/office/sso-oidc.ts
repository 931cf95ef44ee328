import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Db } from '../core/office/database';
import { hashToken } from '../core/auth/sessions';
import { AppError } from '../core/errors';
import { createOidcFlow } from '../core/sso/oidc';
import { ssoAccount } from '../core/sso/provisioning';
import { endSsoSession, startSsoSession } from '../core/sso/session';
import { redirect } from '../web/http';
import { clearSessionCookie, cookieValue, sessionToken, setSessionCookie, type CookieJar } from './cookie';

// The office server's OIDC addresses (GET, top-level browser navigations):
//   /sso/oidc/start     → the provider's sign-in page (state bound to this browser by a short cookie)
//   /sso/oidc/callback  → checks the answer, finds the account, starts the usual session cookie, back to the app
//   /sso/oidc/sign-out  → ends the Rapport session, then the provider's when it offers RP-initiated logout

export interface OidcRoutesOptions {
  db: Db;
  jar: CookieJar;
  headers: OutgoingHttpHeaders;
  addressOf(req: IncomingMessage): string;
  /** The origin browsers reach this server at (the redirect URI registered with the provider is built on it). */
  origin(): string;
  /** A session ended here (sign-out, or replaced by a new sign-in): its live-update streams close. */
  sessionEnded(token: string): void;
}

/** Lax, not Strict: the provider's redirect back is a cross-site navigation, and it must carry this cookie. */
const stateCookie = 'rapport-oidc-state';

export function createOidcRoutes(options: OidcRoutesOptions): (req: IncomingMessage, res: ServerResponse, pathname: string) => void {
  const flow = createOidcFlow();
  // The ID token of each session signed in through OIDC (by the session's hash), for the provider's sign-out hint.
  const idTokens = new Map<string, string>();
  const secure = options.jar.secure ? '; Secure' : '';
  const redirectUri = () => `${options.origin()}/sso/oidc/callback`;

  const found = (res: ServerResponse, location: string, cookies: string[] = []) => redirect(res, 302, location, options.headers, cookies);

  /** A refusal the person can read: a plain page with the reason and a way back (no script, nothing from the request echoed unescaped). */
  const page = (res: ServerResponse, status: number, message: string, cookies: string[] = []) => {
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in refused – Rapport</title></head><body><main><h1>Sign-in refused</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to Rapport</a></p></main></body></html>`;
    res.writeHead(status, {
      ...options.headers,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'",
      ...(cookies.length ? { 'set-cookie': cookies } : {}),
    });
    res.end(body);
  };

  const start = async (res: ServerResponse) => {
    const { url, state } = await flow.start(options.db, redirectUri());
    found(res, url.href, [`${stateCookie}=${state}; Path=/sso/oidc; HttpOnly; SameSite=Lax; Max-Age=600${secure}`]);
  };

  const callback = async (req: IncomingMessage, res: ServerResponse) => {
    const address = options.addressOf(req);
    const clearState = `${stateCookie}=; Path=/sso/oidc; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;
    const url = new URL(req.url ?? '/', options.origin());
    const { identity, idToken } = await flow.finish(options.db, url, cookieValue(req, stateCookie), address);
    const caller = ssoAccount(options.db, identity, address);
    const previous = sessionToken(req, options.jar);
    const session = startSsoSession(options.db, caller, identity, address, previous);
    if (previous) options.sessionEnded(previous);
    if (idToken) idTokens.set(hashToken(session.token), idToken);
    found(res, '/', [clearState, setSessionCookie(options.jar, session.token, session.expiresAt)]);
  };

  const signOut = async (req: IncomingMessage, res: ServerResponse) => {
    const token = sessionToken(req, options.jar);
    const idToken = token ? idTokens.get(hashToken(token)) : undefined;
    if (token) {
      idTokens.delete(hashToken(token));
      endSsoSession(options.db, token, options.addressOf(req), 'oidc');
      options.sessionEnded(token);
    }
    const provider = await flow.endSessionUrl(options.db, `${options.origin()}/`, idToken);
    found(res, provider?.href ?? '/', [clearSessionCookie(options.jar)]);
  };

  return (req, res, pathname) => {
    if (req.method !== 'GET') return page(res, 405, 'Single sign-on addresses are opened by the browser (GET).');
    const handlers: Record<string, (() => Promise<void>) | undefined> = {
      '/sso/oidc/start': () => start(res),
      '/sso/oidc/callback': () => callback(req, res),
      '/sso/oidc/sign-out': () => signOut(req, res),
    };
    const handler = handlers[pathname];
    if (!handler) return page(res, 404, 'No such single sign-on address.');
    handler().catch((error: unknown) => {
      if (res.headersSent) return res.end();
      const known = error instanceof AppError;
      page(res, known ? 403 : 502, known ? error.message : 'The identity provider could not be reached. Try again in a moment, or ask IT.');
    });
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
