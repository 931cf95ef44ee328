import { describe, expect, it } from 'vitest';
import type { Provisioning, RoleRule } from '../../shared/api/sso-settings';
import { recentAudit } from '../../electron/core/db/audit';
import { writeSetting } from '../../electron/core/db/settings';
import { findCredentials, insertUser, updateUser } from '../../electron/core/db/users';
import { AppError } from '../../electron/core/errors';
import { ssoAccount, type SsoIdentity } from '../../electron/core/sso/provisioning';
import { mapRole } from '../../electron/core/sso/role-mapping';
import { ssoSettingKeys } from '../../electron/core/sso/settings';
import { startSsoSession } from '../../electron/core/sso/session';
import { callerForSession } from '../../electron/core/auth/sessions';
import { freshDbForEachTest } from './helpers';

// The account single sign-on finds or creates for a person the identity provider vouched for, and the role the
// ordered mapping rules give them — on a real database with the real migrations. Every refusal is audited.

const t = freshDbForEachTest();
const address = '192.0.2.7';

function identity(email: string | null, claims: Record<string, unknown> = {}): SsoIdentity {
  return { protocol: 'oidc', subject: `sub-${email ?? 'none'}`, email, name: 'Ada Lovelace', claims };
}

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const lastAudit = () => {
  const [entry] = recentAudit(t.db, 1);
  if (!entry) throw new Error('no audit entry');
  return { ...entry, details: JSON.parse(entry.details ?? '{}') as Record<string, unknown> };
};

const rules: RoleRule[] = [
  { claim: 'groups', value: 'career-admins', role: 'admin' },
  { claim: 'groups', value: 'career-staff', role: 'advisor' },
  { claim: 'department', value: 'Career Center', role: 'viewer' },
];

const addUser = (email: string, role: 'admin' | 'advisor' | 'viewer' = 'advisor') =>
  insertUser(t.db, { email, name: email, role, advisorId: null, passwordHash: 'x' });

describe('role mapping', () => {
  it('takes the first matching rule, matching a value inside a list claim', () => {
    expect(mapRole(rules, { groups: ['career-staff', 'career-admins'] })).toEqual({ role: 'admin', rule: 0 });
    expect(mapRole(rules, { groups: ['career-staff'], department: 'Career Center' })).toEqual({ role: 'advisor', rule: 1 });
    expect(mapRole(rules, { department: 'Career Center' })).toEqual({ role: 'viewer', rule: 2 });
    expect(mapRole(rules, { groups: 'career-staff-old', department: { nested: true } })).toBeNull();
    expect(mapRole([], { groups: ['career-admins'] })).toBeNull();
  });
});

describe('the account for a signed-in identity', () => {
  it('finds an existing account by email whatever its case, and the mapping changes its role (audited)', () => {
    const id = addUser('ada@uni.edu', 'viewer');
    expect(ssoAccount(t.db, identity('Ada@Uni.EDU'), address)).toMatchObject({ userId: id, role: 'viewer' });
    writeSetting(t.db, ssoSettingKeys.roleRules, rules);
    expect(ssoAccount(t.db, identity('ada@uni.edu', { groups: ['career-staff'] }), address)).toMatchObject({ userId: id, role: 'advisor' });
    expect(findCredentials(t.db, 'ada@uni.edu')?.role).toBe('advisor');
    expect(lastAudit()).toMatchObject({ action: 'update', entityId: id, details: { role: { from: 'viewer', to: 'advisor' }, rule: 2 } });
  });

  it('never demotes the last enabled admin through a rule', () => {
    const id = addUser('boss@uni.edu', 'admin');
    writeSetting(t.db, ssoSettingKeys.roleRules, rules);
    expect(ssoAccount(t.db, identity('boss@uni.edu', { department: 'Career Center' }), address)).toMatchObject({ userId: id, role: 'admin' });
  });

  it('refuses a disabled account with a clear message, audited', () => {
    const id = addUser('gone@uni.edu');
    updateUser(t.db, id, { disabled: true });
    const error = refusal(() => ssoAccount(t.db, identity('gone@uni.edu'), address));
    expect(error.code).toBe('unauthenticated');
    expect(error.message).toBe('The Rapport account for gone@uni.edu is disabled. Ask an admin of your office to enable it.');
    expect(lastAudit()).toMatchObject({ action: 'sign_in_failed', details: { reason: 'account disabled', email: 'gone@uni.edu', protocol: 'oidc' } });
  });

  it('refuses an unknown person while provisioning is off (the default), audited, creating nothing', () => {
    const error = refusal(() => ssoAccount(t.db, identity('new@uni.edu'), address));
    expect(error.message).toBe(
      'There is no Rapport account for new@uni.edu. Ask an admin of your office to add you: accounts are not created on first sign-in here.',
    );
    expect(lastAudit()).toMatchObject({ action: 'sign_in_failed', details: { reason: 'unknown user', email: 'new@uni.edu', address } });
    expect(findCredentials(t.db, 'new@uni.edu')).toBeUndefined();
  });

  it('refuses an identity without an email', () => {
    expect(refusal(() => ssoAccount(t.db, identity(null), address)).message).toContain('did not send an email address');
    expect(lastAudit().details).toMatchObject({ reason: 'no email' });
  });

  describe('with provisioning on', () => {
    const policy: Provisioning = { enabled: true, allowedDomains: ['uni.edu'], defaultRole: 'viewer' };

    it('creates an account for an allowed domain with the default role, or the mapped one (audited)', () => {
      writeSetting(t.db, ssoSettingKeys.provisioning, policy);
      const plain = ssoAccount(t.db, identity('first@uni.edu'), address);
      expect(plain).toMatchObject({ email: 'first@uni.edu', name: 'Ada Lovelace', role: 'viewer', advisorId: null });
      expect(lastAudit()).toMatchObject({ action: 'create', entityId: plain.userId, details: { provisioned: true, role: 'viewer' } });
      writeSetting(t.db, ssoSettingKeys.roleRules, rules);
      expect(ssoAccount(t.db, identity('second@uni.edu', { groups: ['career-staff'] }), address)).toMatchObject({ role: 'advisor' });
      // The same person again is the same account.
      expect(ssoAccount(t.db, identity('first@uni.edu'), address).userId).toBe(plain.userId);
    });

    it('refuses another domain (no subdomains), audited', () => {
      writeSetting(t.db, ssoSettingKeys.provisioning, policy);
      const error = refusal(() => ssoAccount(t.db, identity('x@mail.uni.edu'), address));
      expect(error.message).toContain('accounts are created on first sign-in only for uni.edu');
      expect(lastAudit().details).toMatchObject({ reason: 'domain not allowed', email: 'x@mail.uni.edu' });
    });
  });

  it('starts a session the office server recognises, audited as a single sign-on', () => {
    const id = addUser('ada@uni.edu');
    const caller = ssoAccount(t.db, identity('ada@uni.edu'), address);
    const session = startSsoSession(t.db, caller, identity('ada@uni.edu'), address, null);
    expect(callerForSession(t.db, session.token, address)).toMatchObject({ userId: id, email: 'ada@uni.edu' });
    expect(lastAudit()).toMatchObject({ action: 'sign_in', entityId: id, details: { protocol: 'oidc', subject: 'sub-ada@uni.edu' } });
  });
});
