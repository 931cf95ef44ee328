import { z } from 'zod';
import { roles } from './access';

// Single sign-on settings both protocols share (OIDC and SAML): who may get an account and which role a signed-in
// identity gets. Kept in the settings table; the procedures that read and change them are in sso.ts.

/** One mapping rule: when the claim (OIDC) or attribute (SAML) has this value — or a list of them contains it — the role. */
export const roleRuleSchema = z.strictObject({
  claim: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  value: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
  role: z.enum(roles),
});
export type RoleRule = z.infer<typeof roleRuleSchema>;
export const roleRulesSchema = z.array(roleRuleSchema).max(50, 'at most 50 rules');

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be an email domain such as example.edu');

/** Accounts created on first sign-in: off by default; only for these exact email domains, with this role. */
export const provisioningSchema = z.strictObject({
  enabled: z.boolean(),
  allowedDomains: z.array(domainSchema).max(50, 'at most 50 domains'),
  defaultRole: z.enum(roles),
});
export type Provisioning = z.infer<typeof provisioningSchema>;
export const provisioningOff: Provisioning = { enabled: false, allowedDomains: [], defaultRole: 'viewer' };
