import { X509Certificate } from 'node:crypto';
import { samlSettingsSchema, type SamlSettings } from '../../../shared/api/sso-saml';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { readParsed } from './settings';

export const samlSettingKey = 'sso.saml';

/** The SAML identity provider as stored, on or off; null when never set (or the stored value no longer parses). */
export function storedSamlSettings(db: Db): SamlSettings | null {
  return readParsed<SamlSettings | null>(db, samlSettingKey, samlSettingsSchema, null);
}

/** The office's SAML identity provider when SAML sign-in is set up and on; null otherwise. */
export function samlSettings(db: Db): SamlSettings | null {
  const settings = storedSamlSettings(db);
  return settings?.enabled ? settings : null;
}

/** IdP metadata gives the certificate as a bare base64 body; a PEM is kept as it is. */
function asPem(certificate: string): string {
  if (certificate.includes('-----BEGIN CERTIFICATE-----')) return certificate;
  const body = certificate.replace(/\s+/g, '');
  return `-----BEGIN CERTIFICATE-----\n${(body.match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----\n`;
}

function isCertificate(pem: string): boolean {
  try {
    return Boolean(new X509Certificate(pem));
  } catch {
    return false;
  }
}

/** The settings to store, the certificate as PEM; refused when the certificate is not one (a copy-paste slip shows now, not at sign-in). */
export function checkedSamlSettings(settings: SamlSettings): SamlSettings {
  const pem = asPem(settings.idpCertificate);
  if (!isCertificate(pem)) {
    throw new AppError(
      'invalid_input',
      'The identity provider’s signing certificate is not an X.509 certificate (paste the PEM, or the base64 from the IdP’s metadata).',
      {
        field: 'idpCertificate',
      },
    );
  }
  return { ...settings, idpCertificate: pem };
}
