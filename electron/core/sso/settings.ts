import type { z } from 'zod';
import { provisioningOff, provisioningSchema, roleRulesSchema, type Provisioning, type RoleRule } from '../../../shared/api/sso-settings';
import type { Db } from '../db/client';
import { readSetting } from '../db/settings';

/** Settings keys both protocols share. */
export const ssoSettingKeys = {
  provisioning: 'sso.provisioning',
  roleRules: 'sso.roleRules',
  staffMustUseSso: 'sso.staffMustUseSso',
} as const;

/** A stored value that no longer parses (hand-edited file) reads as the safe default, never as a half rule. */
export function readParsed<T>(db: Db, key: string, schema: z.ZodType<T>, fallback: T): T {
  const parsed = schema.safeParse(readSetting(db, key));
  return parsed.success ? parsed.data : fallback;
}

export function provisioning(db: Db): Provisioning {
  return readParsed(db, ssoSettingKeys.provisioning, provisioningSchema, provisioningOff);
}

export function roleRules(db: Db): RoleRule[] {
  return readParsed(db, ssoSettingKeys.roleRules, roleRulesSchema, []);
}
