import { z } from 'zod';
import type { Db } from '../db/client';
import { readSetting, writeSetting } from '../db/settings';
import { readParsed } from './settings';

/** The OIDC client as kept in the settings table. The secret has its own key so nothing that lists settings carries it. */
const storedOidcSchema = z.object({
  displayName: z.string().min(1),
  issuer: z.string().min(1),
  clientId: z.string().min(1),
  scopes: z.array(z.string()),
});
export type StoredOidc = z.infer<typeof storedOidcSchema>;

export const oidcSettingKeys = { client: 'sso.oidc', clientSecret: 'sso.oidc.clientSecret' } as const;

/** The configured provider, or null when OIDC sign-in is off. */
export function oidcClientSettings(db: Db): StoredOidc | null {
  return readParsed(db, oidcSettingKeys.client, storedOidcSchema.nullable(), null);
}

/** The client secret (server-side only), or null for a public client that relies on PKCE alone. */
export function oidcClientSecret(db: Db): string | null {
  const secret = readSetting(db, oidcSettingKeys.clientSecret);
  return typeof secret === 'string' && secret ? secret : null;
}

export function writeOidcSettings(db: Db, client: StoredOidc | null, secret: string | null | undefined): void {
  writeSetting(db, oidcSettingKeys.client, client);
  if (client === null) writeSetting(db, oidcSettingKeys.clientSecret, null);
  else if (secret !== undefined) writeSetting(db, oidcSettingKeys.clientSecret, secret || null);
}
