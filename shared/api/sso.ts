import { z } from 'zod';
import { adminOnly, noSession } from './access';
import { type AreaProcedures, read, write } from './areas';
import { empty } from './fields';
import { samlSettingsSchema } from './sso-saml';
import { provisioningSchema, roleRulesSchema } from './sso-settings';

// Single sign-on's settings (Settings → Single sign-on, admin only) and what the sign-in page may know before anyone
// is signed in. The OIDC client secret goes in and never comes back out: the screen learns only that one is kept.

/** http only for this machine (a test provider on loopback); anything reached over a network must be https. */
function isIssuerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) && !url.search && !url.hash && !url.username;
  } catch {
    return false;
  }
}

const issuerSchema = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .refine(isIssuerUrl, 'must be the provider’s https address, such as https://login.microsoftonline.com/<tenant>/v2.0');
const scopeSchema = z
  .string()
  .trim()
  .regex(/^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/, 'must be a scope name without spaces or quotes');

/** The OIDC provider as Settings shows it. `openid` is always asked for; `scopes` are the extra ones (email, profile, groups …). */
export const oidcSettingsSchema = z.object({
  displayName: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  scopes: z.array(z.string()),
  hasClientSecret: z.boolean(),
});
export type OidcSettings = z.infer<typeof oidcSettingsSchema>;

export const ssoSettingsSchema = z.object({
  oidc: oidcSettingsSchema.nullable(),
  /** The SAML identity provider as stored (its certificate is public), on or off; null when never set. */
  saml: samlSettingsSchema.nullable(),
  roleRules: roleRulesSchema,
  provisioning: provisioningSchema,
  staffMustUseSso: z.boolean(),
});
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;

/** Rapport's fixed OIDC addresses under the office's public origin: IT registers the callback as the redirect URI. */
export const oidcPaths = { start: '/sso/oidc/start', callback: '/sso/oidc/callback', signOut: '/sso/oidc/sign-out' } as const;

export const oidcInputSchema = z.strictObject({
  displayName: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
  issuer: issuerSchema,
  clientId: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
  /** Omitted: the kept secret stays. An empty string removes it (a public client using PKCE only). */
  clientSecret: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  scopes: z.array(scopeSchema).max(20, 'at most 20 scopes'),
});

export const ssoProcedures = {
  'sso.settings': read(
    adminOnly,
    () => empty,
    () => ssoSettingsSchema,
  ),
  /** Each part given replaces that part; `oidc: null` turns OIDC sign-in off (and forgets the secret). Audited without the secret. */
  'sso.updateSettings': write(
    adminOnly,
    ['sso', 'audit'],
    () =>
      z.strictObject({
        oidc: oidcInputSchema.nullable().optional(),
        /** `saml: null` forgets the SAML identity provider; `enabled: false` keeps it but offers no SAML sign-in. */
        saml: samlSettingsSchema.nullable().optional(),
        roleRules: roleRulesSchema.optional(),
        provisioning: provisioningSchema.optional(),
        staffMustUseSso: z.boolean().optional(),
      }),
    () => ssoSettingsSchema,
  ),
  /** What the sign-in page shows before anyone is signed in: the provider's button, and whether staff may still use a password. */
  'sso.signInOptions': read(
    noSession,
    () => empty,
    () =>
      z.object({
        oidc: z.object({ displayName: z.string() }).nullable(),
        saml: z.object({ displayName: z.string() }).nullable(),
        staffMustUseSso: z.boolean(),
      }),
  ),
} as const satisfies AreaProcedures<'sso'>;
