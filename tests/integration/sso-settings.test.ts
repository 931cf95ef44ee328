import { describe, expect, it } from 'vitest';
import { forRequest, type Db } from '../../electron/core/db/client';
import { recentAudit } from '../../electron/core/db/audit';
import { freshDbForEachTest, procedures } from './helpers';

// Settings → Single sign-on through the procedures: the client secret goes in and never comes out (nor into the
// audit), bad issuers are refused with a message, and "staff must use single sign-on" refuses staff passwords.

const t = freshDbForEachTest();
const provider = { displayName: 'Campus Login', issuer: 'https://login.example.edu', clientId: 'rapport', scopes: ['email', 'profile', 'groups'] };

/** A browser without a session on the office server, as the host makes one. */
function office(): ReturnType<typeof procedures> {
  const request = (): Db =>
    forRequest(t.db, { caller: null, address: '192.0.2.10', sessionToken: null, startSession: () => undefined, endSession: () => undefined });
  return procedures(request);
}

describe('single sign-on settings', () => {
  it('are off by default', () => {
    expect(t.call('sso.settings', {})).toEqual({
      oidc: null,
      saml: null,
      roleRules: [],
      provisioning: { enabled: false, allowedDomains: [], defaultRole: 'viewer' },
      staffMustUseSso: false,
    });
    expect(t.call('sso.signInOptions', {})).toEqual({ oidc: null, saml: null, staffMustUseSso: false });
  });

  it('keep the client secret server-side: never answered, never audited; omitted keeps it, empty removes it', () => {
    const saved = t.call('sso.updateSettings', { oidc: { ...provider, clientSecret: 'very-secret-value' } });
    expect(saved.oidc).toEqual({ ...provider, hasClientSecret: true });
    expect(JSON.stringify(saved)).not.toContain('very-secret-value');
    const [entry] = recentAudit(t.db, 1);
    expect(entry?.entity).toBe('settings');
    expect(entry?.details).toContain('"clientSecret":"changed"');
    expect(entry?.details).not.toContain('very-secret-value');
    expect(t.call('sso.updateSettings', { oidc: { ...provider, displayName: 'Okta' } }).oidc).toMatchObject({ displayName: 'Okta', hasClientSecret: true });
    expect(t.call('sso.updateSettings', { oidc: { ...provider, clientSecret: '' } }).oidc?.hasClientSecret).toBe(false);
    expect(t.call('sso.signInOptions', {}).oidc).toEqual({ displayName: 'Campus Login' });
    expect(t.call('sso.updateSettings', { oidc: null }).oidc).toBeNull();
  });

  it('refuse an issuer that is not https (http only on this machine), a bad domain and a bad scope, naming the field', () => {
    expect(t.fails('sso.updateSettings', { oidc: { ...provider, issuer: 'http://login.example.edu' } })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('oidc.issuer'),
    });
    expect(t.call('sso.updateSettings', { oidc: { ...provider, issuer: 'http://127.0.0.1:4000' } }).oidc?.issuer).toBe('http://127.0.0.1:4000');
    expect(t.fails('sso.updateSettings', { provisioning: { enabled: true, allowedDomains: ['not a domain'], defaultRole: 'viewer' } }).message).toContain(
      'must be an email domain',
    );
    expect(t.fails('sso.updateSettings', { oidc: { ...provider, scopes: ['two words'] } }).message).toContain('scope');
    expect(t.fails('sso.updateSettings', { roleRules: [{ claim: 'groups', value: 'x', role: 'owner' }] }).code).toBe('invalid_input');
  });

  it('"staff must use single sign-on" refuses a staff password (audited) but keeps the admins’ — and only while a provider is set', async () => {
    await t.callAsync('users.add', { email: 'ada@example.edu', name: 'Ada', role: 'advisor', password: 'violet tram harbour' });
    await t.callAsync('users.add', { email: 'boss@example.edu', name: 'Boss', role: 'admin', password: 'violet tram harbour' });
    t.call('sso.updateSettings', { staffMustUseSso: true });
    expect(t.call('sso.signInOptions', {}).staffMustUseSso).toBe(false);
    await office().callAsync('auth.signIn', { email: 'ada@example.edu', password: 'violet tram harbour' });

    t.call('sso.updateSettings', { oidc: provider });
    expect(t.call('sso.signInOptions', {})).toEqual({ oidc: { displayName: 'Campus Login' }, saml: null, staffMustUseSso: true });
    const refused = await office().failsAsync('auth.signIn', { email: 'ada@example.edu', password: 'violet tram harbour' });
    expect(refused).toMatchObject({
      code: 'forbidden',
      message: 'Your office signs staff in with Campus Login: use “Sign in with Campus Login” instead of a password.',
    });
    expect(recentAudit(t.db, 1)[0]?.details).toContain('must use single sign-on');
    // A wrong password still gets the answer that reveals nothing.
    expect((await office().failsAsync('auth.signIn', { email: 'ada@example.edu', password: 'wrong' })).code).toBe('unauthenticated');
    await office().callAsync('auth.signIn', { email: 'boss@example.edu', password: 'violet tram harbour' });
  });
});
