import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { oidcPaths } from '../../shared/api/sso';
import type { Db } from '../core/office/database';
import { hashToken } from '../core/auth/sessions';
import { AppError } from '../core/errors';
import { createOidcFlow } from '../core/sso/oidc';
import { ssoAccount } from '../core/sso/provisioning';
import { endSsoSession, startSsoSession } from '../core/sso/session';
import { redirect, sendText } from '../web/http';
import { clearSessionCookie, cookieValue, sessionToken, setSessionCookie, type CookieJar } from './cookie';
import type { SsoRefusals } from './sso-refusals';

// The office server's OIDC addresses (GET, top-level browser navigations):
//   /sso/oidc/start     → the provider's sign-in page (state bound to this browser by a short cookie)
//   /sso/oidc/callback  → checks the answer, finds the account, starts the usual session cookie, back to the app
//   /sso/oidc/sign-out  → ends the Rapport session, then the provider's when it offers RP-initiated logout

export interface OidcRoutesOptions {
  db: Db;
  jar: CookieJar;
  headers: OutgoingHttpHeaders;
  /** Where a refusal's message waits for the sign-in page. */
  refusals: SsoRefusals;
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
  const redirectUri = () => `${options.origin()}${oidcPaths.callback}`;

  const found = (res: ServerResponse, location: string, cookies: string[] = []) => redirect(res, 302, location, options.headers, cookies);

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
    if (req.method !== 'GET') return sendText(res, 405, 'Single sign-on addresses are opened by the browser (GET).', options.headers);
    const handlers: Record<string, (() => Promise<void>) | undefined> = {
      [oidcPaths.start]: () => start(res),
      [oidcPaths.callback]: () => callback(req, res),
      [oidcPaths.signOut]: () => signOut(req, res),
    };
    const handler = handlers[pathname];
    if (!handler) return sendText(res, 404, 'No such single sign-on address.', options.headers);
    handler().catch((error: unknown) => {
      if (res.headersSent) return res.end();
      // Refused (or the provider unreachable): the sign-in page says why.
      const message = error instanceof AppError ? error.message : 'The identity provider could not be reached. Try again in a moment, or ask IT.';
      options.refusals.redirect(res, message, options.headers);
    });
  };
}
