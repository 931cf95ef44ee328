import type { SsoSettings } from '../../../shared/api/sso';
import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { readSetting, writeSetting } from '../db/settings';
import { currentActor } from '../office/settings';
import { oidcClientSecret, oidcClientSettings, writeOidcSettings } from './oidc-settings';
import { samlSettingKey, samlSettings, storedSamlSettings, checkedSamlSettings } from './saml-settings';
import { provisioning, roleRules, ssoSettingKeys } from './settings';

/** "Staff must use single sign-on" holds only while a provider is configured: no setting can lock everyone out. */
export function staffMustUseSso(db: Db): boolean {
  return readSetting(db, ssoSettingKeys.staffMustUseSso) === true && (oidcClientSettings(db) !== null || samlSettings(db) !== null);
}

export function getSsoSettings(db: Db): SsoSettings {
  const client = oidcClientSettings(db);
  return {
    oidc: client ? { ...client, hasClientSecret: oidcClientSecret(db) !== null } : null,
    saml: storedSamlSettings(db),
    roleRules: roleRules(db),
    provisioning: provisioning(db),
    staffMustUseSso: readSetting(db, ssoSettingKeys.staffMustUseSso) === true,
  };
}

/** Replaces the parts given, in one transaction, audited with what changed (the secret only as "changed"). */
export function updateSsoSettings(db: Db, patch: ParsedInput<'sso.updateSettings'>): SsoSettings {
  const before = getSsoSettings(db);
  transaction(db, () => {
    if (patch.oidc !== undefined) {
      const oidc = patch.oidc;
      writeOidcSettings(db, oidc && { displayName: oidc.displayName, issuer: oidc.issuer, clientId: oidc.clientId, scopes: oidc.scopes }, oidc?.clientSecret);
    }
    if (patch.saml !== undefined) writeSetting(db, samlSettingKey, patch.saml && checkedSamlSettings(patch.saml));
    if (patch.roleRules !== undefined) writeSetting(db, ssoSettingKeys.roleRules, patch.roleRules);
    if (patch.provisioning !== undefined) writeSetting(db, ssoSettingKeys.provisioning, patch.provisioning);
    if (patch.staffMustUseSso !== undefined) writeSetting(db, ssoSettingKeys.staffMustUseSso, patch.staffMustUseSso);
    const after = getSsoSettings(db);
    writeAudit(db, {
      actor: currentActor(db),
      action: 'update',
      entity: 'settings',
      details: {
        area: 'single sign-on',
        from: before,
        to: after,
        ...(patch.oidc?.clientSecret !== undefined ? { clientSecret: patch.oidc.clientSecret ? 'changed' : 'removed' } : {}),
      },
    });
  });
  return getSsoSettings(db);
}

export function signInOptions(db: Db): ProcedureOutput<'sso.signInOptions'> {
  const client = oidcClientSettings(db);
  const saml = samlSettings(db);
  return { oidc: client ? { displayName: client.displayName } : null, saml: saml && { displayName: saml.displayName }, staffMustUseSso: staffMustUseSso(db) };
}
