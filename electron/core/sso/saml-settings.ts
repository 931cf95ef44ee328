import { samlSettingsSchema, type SamlSettings } from '../../../shared/api/sso-saml';
import type { Db } from '../db/client';
import { readParsed } from './settings';

export const samlSettingKey = 'sso.saml';

/** The office's SAML identity provider when SAML sign-in is set up and on; null otherwise. */
export function samlSettings(db: Db): SamlSettings | null {
  const settings = readParsed<SamlSettings | null>(db, samlSettingKey, samlSettingsSchema, null);
  return settings?.enabled ? settings : null;
}
