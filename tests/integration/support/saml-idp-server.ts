import { createServer } from 'node:https';
import { listenOn } from '../../../electron/web/http';
import { authnRequestOf, idpEntityId, idpKeys, samlResponse, type IdpKeys } from './saml-idp';

// The test SAML IdP (saml-idp.ts) as a real peer on loopback, for a browser: GET /sso answers the SP's
// HTTP-Redirect AuthnRequest with a page that posts a signed assertion to the SP's ACS at once (HTTP-POST binding),
// as Shibboleth does after its login. https (the office refuses an http IdP address) with a self-signed
// certificate: the browser context that visits it must ignore certificate errors.

export interface SamlPerson {
  email: string;
  groups?: string[];
}

/**
 * What the next sign-in answers: a fresh assertion for `person`; the same one as last time (a captured assertion
 * replayed); or an assertion for another service's audience.
 */
export type SamlIdpMode = 'answer' | 'replay' | 'wrong audience';

export interface LoopbackSamlIdp {
  entityId: string;
  /** The SingleSignOnService address (HTTP-Redirect) for the office's SAML settings. */
  ssoUrl: string;
  /** The signing certificate (PEM) for the office's SAML settings. */
  cert: string;
  person: SamlPerson;
  mode: SamlIdpMode;
  close(): Promise<void>;
}

const attr = (value: string) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page an IdP shows after its login: a form carrying the SAMLResponse, submitted by script (a button without). */
function autoPost(acsUrl: string, response: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loopback SAML IdP</title></head><body>',
    `<form method="post" action="${attr(acsUrl)}"><input type="hidden" name="SAMLResponse" value="${attr(response)}">`,
    '<noscript><button type="submit">Continue</button></noscript></form>',
    '<script>document.forms[0].submit()</script></body></html>',
  ].join('');
}

export async function startLoopbackSamlIdp(person: SamlPerson): Promise<LoopbackSamlIdp> {
  const keys: IdpKeys = await idpKeys();
  let last: string | null = null;
  const server = createServer({ cert: keys.cert, key: keys.key }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/sso') return void res.writeHead(404).end();
    const request = authnRequestOf(url.href);
    const audience = idp.mode === 'wrong audience' ? 'https://another-service.uni.test/sp' : request.issuer;
    const fresh = samlResponse(keys, { inResponseTo: request.id, audience, recipient: request.acsUrl, email: idp.person.email, groups: idp.person.groups });
    const response = idp.mode === 'replay' && last ? last : fresh;
    if (idp.mode === 'answer') last = fresh;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(autoPost(request.acsUrl, response));
  });
  const port = await listenOn(server, 0, '127.0.0.1');
  const idp: LoopbackSamlIdp = {
    entityId: idpEntityId,
    ssoUrl: `https://127.0.0.1:${port}/sso`,
    cert: keys.cert,
    person,
    mode: 'answer',
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return idp;
}
