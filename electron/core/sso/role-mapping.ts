import type { Role } from '../../../shared/api/access';
import type { RoleRule } from '../../../shared/api/sso-settings';

/** What the identity provider said about the person: OIDC ID-token claims or SAML attributes, by name. */
export type Claims = Readonly<Record<string, unknown>>;

/** The claim's values as strings: a single value, or the strings of a list (groups, roles); anything else none. */
export function claimValues(claims: Claims, name: string): string[] {
  const value = claims[name];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
  return [];
}

export interface MappedRole {
  role: Role;
  /** Which rule matched (0-based, in Settings' order), for the audit. */
  rule: number;
}

/**
 * The role the ordered rules give these claims: the first rule whose claim has the value (exactly; a list matches
 * when it contains it) wins, so an office puts "admins" above "staff". Null when no rule matches.
 */
export function mapRole(rules: readonly RoleRule[], claims: Claims): MappedRole | null {
  const rule = rules.findIndex((r) => claimValues(claims, r.claim).includes(r.value));
  const matched = rules[rule];
  return matched ? { role: matched.role, rule } : null;
}
