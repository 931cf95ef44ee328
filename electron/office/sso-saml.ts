import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { samlPaths } from '../../shared/api/sso-saml';
import type { Db } from '../core/office/database';
import { AppError } from '../core/errors';
import { samlMetadata, samlSignIn, samlStartUrl } from '../core/sso/saml';
import { startSsoSession } from '../core/sso/session';
import { readBody, redirect, sendText as text } from '../web/http';
import { setSessionCookie, type CookieJar } from './cookie';
import type { SsoRefusals } from './sso-refusals';

/** What the office host lends the SAML routes: its database, its public origin, the cookie jar and the caller's address. */
export interface SamlRouteContext {
  db: Db;
  /** The office's public origin (--public-origin, else the printed one): Rapport's entity id and ACS follow from it. */
  origin: string;
  jar: CookieJar;
  address: string;
  /** The session this browser already had, which a new sign-in ends. */
  previousToken: string | null;
  headers: OutgoingHttpHeaders;
  /** Where a refusal's message waits for the sign-in page. */
  refusals: SsoRefusals;
  /** Called when a sign-in replaced the browser's session (the host ends its live streams). */
  sessionReplaced(token: string): void;
}

/** An IdP's POST carries one base64 SAMLResponse: a few KB, far below this. */
const maxAcsBytes = 512 * 1024;

/** The form the IdP's page POSTs to the ACS (HTTP-POST binding). */
async function postedResponse(req: IncomingMessage): Promise<string | null> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return null;
  const value = new URLSearchParams(await readBody(req, maxAcsBytes)).get('SAMLResponse');
  return value && /^[A-Za-z0-9+/=\s]+$/.test(value) ? value : null;
}

async function acs(req: IncomingMessage, res: ServerResponse, context: SamlRouteContext): Promise<void> {
  if (req.method !== 'POST') return text(res, 405, 'The identity provider posts its answer here (HTTP-POST binding).', context.headers);
  const response = await postedResponse(req);
  if (!response) return context.refusals.redirect(res, 'The identity provider’s answer carries no SAMLResponse form field.', context.headers);
  try {
    const { caller, identity } = await samlSignIn(context.db, context.origin, response, context.address);
    const session = startSsoSession(context.db, caller, identity, context.address, context.previousToken);
    if (context.previousToken) context.sessionReplaced(context.previousToken);
    redirect(res, 303, '/', context.headers, [setSessionCookie(context.jar, session.token, session.expiresAt)]);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    context.refusals.redirect(res, error.message, context.headers);
  }
}

/**
 * The SAML service provider's three addresses. GET metadata (for IT, also before SAML is set up), GET start (a new
 * AuthnRequest, then off to the IdP), POST acs (the IdP's answer: validated, the account found, the session cookie
 * set exactly as a password sign-in sets it, then the app). A refusal sends the browser to the sign-in page, which
 * shows why (sso-refusals.ts).
 */
export async function handleSaml(req: IncomingMessage, res: ServerResponse, pathname: string, context: SamlRouteContext): Promise<void> {
  if (pathname === samlPaths.metadata) {
    if (req.method !== 'GET') return text(res, 405, 'Metadata is read with GET.', context.headers);
    res.writeHead(200, { ...context.headers, 'content-type': 'application/samlmetadata+xml; charset=utf-8', 'cache-control': 'no-store' });
    res.end(samlMetadata(context.db, context.origin));
    return;
  }
  if (pathname === samlPaths.start) {
    if (req.method !== 'GET') return text(res, 405, 'Sign-in starts with GET.', context.headers);
    try {
      return redirect(res, 303, await samlStartUrl(context.db, context.origin), context.headers);
    } catch (error) {
      if (error instanceof AppError) return context.refusals.redirect(res, error.message, context.headers);
      throw error;
    }
  }
  if (pathname === samlPaths.acs) return acs(req, res, context);
  text(res, 404, 'No such single sign-on address.', context.headers);
}
