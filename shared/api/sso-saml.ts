import { z } from 'zod';

// The SAML identity provider an office signs in with (Shibboleth, ADFS, Entra as SAML). Kept in the settings table
// under `sso.saml`; Rapport's own side (entity id, ACS URL, metadata) follows from the office's public address.

export const samlSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  /** What the sign-in button says: "Sign in with <name>". */
  displayName: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
  /** The IdP's entityID (the Issuer of its assertions). */
  idpEntityId: z.string().trim().min(1, 'is required').max(1000, 'must be at most 1000 characters'),
  /** The IdP's SingleSignOnService address for the HTTP-Redirect binding. */
  idpSsoUrl: z
    .string()
    .trim()
    .max(2000, 'must be at most 2000 characters')
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', 'must be an https address'),
  /** The IdP's signing certificate (PEM, or its base64 body as in the IdP's metadata). */
  idpCertificate: z.string().trim().min(1, 'is required').max(20_000, 'must be at most 20,000 characters'),
});
export type SamlSettings = z.infer<typeof samlSettingsSchema>;

/** Rapport's fixed addresses under the office's public origin: what IT registers at the IdP. */
export const samlPaths = { metadata: '/sso/saml/metadata', start: '/sso/saml/start', acs: '/sso/saml/acs' } as const;
