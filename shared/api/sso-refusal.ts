import { z } from 'zod';

// A refused single sign-on (OIDC or SAML) ends on the sign-in page, which says why. The address carries only an
// unguessable id the office server handed out; the page asks the server for the message behind it, so no text
// anyone could put in a link ever appears on the page.

/** GET <path>?id=<id>: the refusal's message, for a few minutes after it happened. */
export const ssoRefusalPath = '/sso/refusal';
/** The sign-in page's search parameter holding the id. */
export const ssoRefusalParam = 'refusal';

export const ssoRefusalSchema = z.object({ message: z.string().nullable() });
export type SsoRefusal = z.infer<typeof ssoRefusalSchema>;

/** Where the browser is sent after a refusal: the app's sign-in page (a hash route), with the id. */
export function signInRefusedAddress(id: string): string {
  return `/#/sign-in?${ssoRefusalParam}=${encodeURIComponent(id)}`;
}
