import { describe, expect, it } from 'vitest';
import { hashPassword, parseStoredHash, scryptParameters, verifyPassword } from '../../electron/core/auth/passwords';
import { signInLimits } from '../../electron/core/auth/rate-limit';
import { callerForSession, hashToken, sessionCallerWithoutTouch } from '../../electron/core/auth/sessions';
import { forRequest, type Db } from '../../electron/core/db/client';
import type { Caller } from '../../shared/api/caller';
import { freshDbForEachTest, present, procedures } from './helpers';

// Accounts and sessions of the office server (issue 15 items 2, 3, 5) on a real file with the real migrations.

const t = freshDbForEachTest();
const strong = 'violet tram harbour';

/**
 * One browser talking to the office server as the host does: each call carries the cookie's token, and the
 * caller is whoever callerForSession says that token belongs to right now.
 */
function browser(address = '192.0.2.10') {
  let token: string | null = null;
  const request = (): Db => {
    const caller: Caller | null = token === null ? null : callerForSession(t.db, token, address);
    return forRequest(t.db, {
      caller,
      address,
      sessionToken: token,
      startSession: (started) => {
        token = started;
      },
      endSession: () => {
        token = null;
      },
    });
  };
  return {
    ...procedures(request),
    get token() {
      return present(token, 'session token');
    },
    signIn: (email: string, password = strong) => procedures(request).callAsync('auth.signIn', { email, password }),
  };
}

async function addUser(email: string, role: 'admin' | 'director' | 'advisor' | 'frontdesk' | 'viewer' = 'advisor', name = 'Ada Advisor') {
  return t.callAsync('users.add', { email, name, role, password: strong });
}

function auditRows(action: string) {
  return t.db.sqlite.prepare('select actor, entity, entity_id as entityId, details from audit_log where action = ? order by id').all(action) as {
    actor: string;
    entity: string;
    entityId: number | null;
    details: string | null;
  }[];
}

describe('passwords', () => {
  it('hashes with scrypt, salted, parameters stored with the hash, and verifies only the right password', async () => {
    const stored = await hashPassword(strong);
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(present(parseStoredHash(stored)).cost).toEqual(scryptParameters);
    expect(present(parseStoredHash(stored)).salt).toHaveLength(16);
    expect(await hashPassword(strong)).not.toBe(stored);
    expect(await verifyPassword(strong, stored)).toBe(true);
    expect(await verifyPassword('violet tram harbouR', stored)).toBe(false);
    expect(await verifyPassword(strong, 'scrypt$1$1')).toBe(false);
  });

  it('refuses short, common and padded-common passwords and ones containing the email name, saying why', async () => {
    const refused = async (password: string, email = 'jane.doe@example.edu') =>
      (await t.failsAsync('users.add', { email, name: 'Jane Doe', role: 'advisor', password })).message;
    expect(await refused('short pass')).toMatch(/at least 12 characters long \(it has 10\)/);
    expect(await refused('qwerty123456')).toMatch(/list of common passwords/);
    expect(await refused('Password1234!')).toMatch(/common password \(“password”\) with digits or symbols added/);
    expect(await refused('zzzzzzzzzzzzzz')).toMatch(/repeats one character/);
    expect(await refused('my jane.doe secret')).toMatch(/contains the email address’s name/);
    expect(t.call('users.list', {})).toEqual([]);
  });
});

describe('accounts', () => {
  it('adds, lists, links, changes role, disables and resets, each audited with the actor; never shows the hash', async () => {
    const advisor = t.call('advisors.create', { name: 'Ada Advisor', email: 'ada@example.edu' });
    const added = await t.callAsync('users.add', { email: 'Ada@Example.edu', name: 'Ada', role: 'advisor', advisorId: advisor.id, password: strong });
    expect(added).toMatchObject({ email: 'ada@example.edu', role: 'advisor', advisorId: advisor.id, advisorName: 'Ada Advisor', disabled: false });
    expect(JSON.stringify(t.call('users.list', {}))).not.toMatch(/scrypt/);
    expect((await t.failsAsync('users.add', { email: 'ADA@example.edu', name: 'Ada 2', role: 'viewer', password: strong })).message).toMatch(
      /already an account for ada@example.edu/,
    );
    expect(t.call('users.setRole', { userId: added.id, role: 'director' }).role).toBe('director');
    expect(t.call('users.linkAdvisor', { userId: added.id, advisorId: null }).advisorId).toBeNull();
    expect(t.call('users.disable', { userId: added.id }).disabled).toBe(true);
    expect(t.call('users.enable', { userId: added.id }).disabled).toBe(false);
    await t.callAsync('users.resetPassword', { userId: added.id, password: 'amber kettle lighthouse' });
    const entries = t.call('audit.list', { entity: 'user' }).rows;
    expect(entries.map((e) => e.action).reverse()).toEqual(['create', 'update', 'update', 'update', 'update', 'update']);
    expect(entries[0]?.details).toMatchObject({ password: 'reset' });
    expect(JSON.stringify(entries)).not.toMatch(/amber kettle/);
  });

  it('keeps one enabled admin: the last cannot be demoted or disabled', async () => {
    const admin = await addUser('boss@example.edu', 'admin', 'Boss');
    expect(t.fails('users.setRole', { userId: admin.id, role: 'viewer' }).message).toMatch(/only admin left/);
    expect(t.fails('users.disable', { userId: admin.id }).message).toMatch(/only admin left/);
    await addUser('second@example.edu', 'admin', 'Second');
    expect(t.call('users.disable', { userId: admin.id }).disabled).toBe(true);
  });
});

describe('sessions', () => {
  it('signs in, knows the caller, audits with the signed-in user, signs out and the token is dead', async () => {
    const admin = await addUser('boss@example.edu', 'admin', 'Boss');
    const b = browser();
    const { caller } = await b.signIn('BOSS@example.edu');
    expect(caller).toEqual({ userId: admin.id, email: 'boss@example.edu', name: 'Boss', role: 'admin', advisorId: null });
    expect(b.call('auth.me', {})).toEqual({ mode: 'office', caller });
    expect(t.call('auth.me', {})).toEqual({ mode: 'single', caller: null });
    // Only the hash is stored.
    const stored = t.db.sqlite.prepare('select token_hash from sessions').pluck().all();
    expect(stored).toEqual([hashToken(b.token)]);
    // A write is audited with the signed-in user.
    await b.callAsync('users.add', { email: 'ada@example.edu', name: 'Ada', role: 'advisor', password: strong });
    expect(auditRows('create').at(-1)?.actor).toBe('Boss <boss@example.edu>');
    const token = b.token;
    expect(b.call('auth.signOut', {})).toEqual({ signedOut: true });
    expect(callerForSession(t.db, token, '192.0.2.10')).toBeNull();
    expect(b.call('auth.me', {}).caller).toBeNull();
    expect(auditRows('sign_in')).toMatchObject([{ actor: 'Boss <boss@example.edu>', entityId: admin.id }]);
    expect(auditRows('sign_out')).toMatchObject([{ actor: 'Boss <boss@example.edu>', entityId: admin.id }]);
    const byUser = t.call('audit.list', { actor: 'Boss <boss@example.edu>' });
    expect(byUser.rows.map((r) => r.action)).toEqual(['sign_out', 'create', 'sign_in']);
    expect(byUser.actors).toContain('Boss <boss@example.edu>');
  });

  it('signing in again from the same browser ends the session it had (no second session left alive)', async () => {
    await addUser('boss@example.edu', 'admin', 'Boss');
    await addUser('ada@example.edu', 'advisor', 'Ada');
    const b = browser();
    await b.signIn('boss@example.edu');
    const first = b.token;
    await b.signIn('ada@example.edu');
    expect(b.token).not.toBe(first);
    expect(callerForSession(t.db, first, '192.0.2.10')).toBeNull();
    expect(b.call('auth.me', {}).caller?.email).toBe('ada@example.edu');
  });

  it('reads the account on every request: a new caseload link applies at once, and the list shows the last use', async () => {
    const advisor = t.call('advisors.create', { name: 'Ada Advisor', email: 'ada.advisor@example.edu' });
    const user = await addUser('ada@example.edu');
    const b = browser();
    expect((await b.signIn('ada@example.edu')).caller?.advisorId).toBeNull();
    t.call('users.linkAdvisor', { userId: user.id, advisorId: advisor.id });
    expect(b.call('auth.me', {}).caller?.advisorId).toBe(advisor.id);
    expect(t.call('users.list', {})[0]?.lastSeenAt).not.toBeNull();
    // Not an admin: the accounts are not theirs to see.
    expect(b.fails('users.list', {}).code).toBe('forbidden');
  });

  it('refuses to sign in on a single-user office, saying why', async () => {
    await addUser('ada@example.edu');
    expect((await t.failsAsync('auth.signIn', { email: 'ada@example.edu', password: strong })).message).toMatch(/single-user office without accounts/);
  });

  it('ends after the idle limit and at the absolute end, both from the settings', async () => {
    await addUser('ada@example.edu');
    const b = browser();
    await b.signIn('ada@example.edu');
    const setAgo = (column: string, minutes: number) =>
      t.db.sqlite.prepare(`update sessions set ${column} = ?`).run(new Date(Date.now() - minutes * 60_000).toISOString());
    setAgo('last_seen_at', 29);
    expect(sessionCallerWithoutTouch(t.db, b.token)).not.toBeNull();
    setAgo('last_seen_at', 31);
    expect(callerForSession(t.db, b.token, 'x')).toBeNull();
    t.call('settings.update', { sessionIdleMinutes: 60 });
    expect(callerForSession(t.db, b.token, 'x')?.email).toBe('ada@example.edu');
    // Use moved the idle clock (written at most once a minute).
    expect(Date.now() - Date.parse(String(t.db.sqlite.prepare('select last_seen_at from sessions').pluck().get()))).toBeLessThan(5_000);
    // The absolute end holds whatever the use: 12 hours after sign-in by default.
    const expiresAt = Date.parse(String(t.db.sqlite.prepare('select expires_at from sessions').pluck().get()));
    expect(Math.abs(expiresAt - Date.now() - 12 * 3_600_000)).toBeLessThan(60_000);
    expect(callerForSession(t.db, b.token, 'x', new Date(expiresAt + 1))).toBeNull();
    setAgo('expires_at', 1);
    expect(callerForSession(t.db, b.token, 'x')).toBeNull();
    expect(b.fails('users.list', {}).code).toBe('unauthenticated');
    expect(t.call('settings.get', {})).toMatchObject({ sessionIdleMinutes: 60, sessionLifetimeHours: 12, advisorsSeeWholeOffice: true });
  });

  it('is revoked when the account is disabled, its role changes or its password is reset', async () => {
    const user = await addUser('ada@example.edu');
    const cases: [string, () => unknown][] = [
      ['disable', () => t.call('users.disable', { userId: user.id })],
      ['role', () => t.call('users.setRole', { userId: user.id, role: 'viewer' })],
      ['password', () => t.callAsync('users.resetPassword', { userId: user.id, password: strong })],
    ];
    for (const [what, change] of cases) {
      t.call('users.enable', { userId: user.id });
      const b = browser();
      await b.signIn('ada@example.edu');
      expect(callerForSession(t.db, b.token, 'x'), what).not.toBeNull();
      await change();
      expect(callerForSession(t.db, b.token, 'x'), what).toBeNull();
    }
    // A disabled account cannot sign in, with the same answer as a wrong password.
    t.call('users.disable', { userId: user.id });
    expect(await browser().failsAsync('auth.signIn', { email: 'ada@example.edu', password: strong })).toEqual({
      code: 'unauthenticated',
      message: 'The email or password is not right.',
    });
  });
});

describe('sign-in failures', () => {
  it('answer the same for an unknown email and a wrong password, after the same slow hash, and are audited', async () => {
    await addUser('ada@example.edu');
    const b = browser('198.51.100.7');
    const started = performance.now();
    const unknown = await b.failsAsync('auth.signIn', { email: 'nobody@example.edu', password: strong });
    const unknownMs = performance.now() - started;
    const wrong = await b.failsAsync('auth.signIn', { email: 'ada@example.edu', password: 'not the password' });
    expect(unknown).toEqual(wrong);
    expect(unknown).toEqual({ code: 'unauthenticated', message: 'The email or password is not right.' });
    // The decoy hash ran: an unknown email is not answered faster than a scrypt (tens of milliseconds at least).
    expect(unknownMs).toBeGreaterThan(20);
    const failed = auditRows('sign_in_failed').map((row) => ({ ...row, details: JSON.parse(row.details ?? '{}') as unknown }));
    expect(failed).toMatchObject([
      { actor: 'anonymous (198.51.100.7)', details: { email: 'nobody@example.edu', address: '198.51.100.7', reason: 'unknown email' } },
      { actor: 'anonymous (198.51.100.7)', details: { email: 'ada@example.edu', address: '198.51.100.7', reason: 'wrong password' } },
    ]);
  });

  it('are limited per account from one address with the wait in seconds, even for the right password, until the window passes', async () => {
    await addUser('ada@example.edu');
    const b = browser();
    for (let i = 0; i < signInLimits.perAccountFromAddress; i++)
      expect((await b.failsAsync('auth.signIn', { email: 'ada@example.edu', password: `wrong ${i}` })).code).toBe('unauthenticated');
    const limited = await b.failsAsync('auth.signIn', { email: 'ada@example.edu', password: strong });
    expect(limited).toMatchObject({ code: 'rate_limited', message: /Try again in 15 minutes/ });
    const wait = Number(limited.details?.retryAfterSeconds);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    // The same limit for an email with no account: the limit tells nothing either.
    for (let i = 0; i < signInLimits.perAccountFromAddress; i++)
      await browser('192.0.2.99').failsAsync('auth.signIn', { email: 'ghost@example.edu', password: `x${i}` });
    expect((await browser('192.0.2.99').failsAsync('auth.signIn', { email: 'ghost@example.edu', password: 'x' })).code).toBe('rate_limited');
    // The window passes: the right password works and clears the account's count.
    t.db.sqlite.prepare('update failed_sign_ins set at = ?').run(new Date(Date.now() - 16 * 60_000).toISOString());
    expect((await b.signIn('ada@example.edu')).caller?.email).toBe('ada@example.edu');
  });

  it('are limited per address across accounts', async () => {
    const b = browser('203.0.113.5');
    for (let i = 0; i < signInLimits.perAddress; i++) await b.failsAsync('auth.signIn', { email: `user${i}@example.edu`, password: 'guess guess guess' });
    expect((await b.failsAsync('auth.signIn', { email: 'fresh@example.edu', password: 'guess' })).code).toBe('rate_limited');
    // Another address is not held up.
    expect((await browser('203.0.113.6').failsAsync('auth.signIn', { email: 'fresh@example.edu', password: 'guess' })).code).toBe('unauthenticated');
  }, 30_000);

  it('from one address never lock the owner out of their own machine', async () => {
    await addUser('ada@example.edu');
    const attacker = browser('198.51.100.66');
    for (let i = 0; i < signInLimits.perAccountFromAddress; i++) await attacker.failsAsync('auth.signIn', { email: 'ada@example.edu', password: `guess ${i}` });
    expect((await attacker.failsAsync('auth.signIn', { email: 'ada@example.edu', password: strong })).code).toBe('rate_limited');
    // Ada at her desk: a typo counts, then her password works.
    const ada = browser('192.0.2.10');
    expect((await ada.failsAsync('auth.signIn', { email: 'ada@example.edu', password: 'violet tram harbor' })).code).toBe('unauthenticated');
    expect((await ada.signIn('ada@example.edu')).caller?.email).toBe('ada@example.edu');
    // Her sign-in clears her own typo, not the attacker's count: he is still held up.
    const failures = t.db.sqlite.prepare('select address, count(*) as n from failed_sign_ins group by address').all();
    expect(failures).toEqual([{ address: '198.51.100.66', n: signInLimits.perAccountFromAddress }]);
    expect((await attacker.failsAsync('auth.signIn', { email: 'ada@example.edu', password: strong })).code).toBe('rate_limited');
  });

  it('are still limited per account across every address, so a guess spread over many machines stops', async () => {
    await addUser('ada@example.edu');
    // One short of the limit, spread over machines that each stayed under their own limit (written straight to the file: hashing 50 guesses is slow).
    const at = new Date(Date.now() - 60_000).toISOString();
    const insert = t.db.sqlite.prepare('insert into failed_sign_ins (email, address, at) values (?, ?, ?)');
    for (let i = 0; i < signInLimits.perAccount - 1; i++) insert.run('ada@example.edu', `10.0.${Math.floor(i / 4)}.${i % 4}`, at);
    expect((await browser('10.1.0.1').failsAsync('auth.signIn', { email: 'ada@example.edu', password: 'one more guess' })).code).toBe('unauthenticated');
    const limited = await browser('10.1.0.2').failsAsync('auth.signIn', { email: 'ada@example.edu', password: strong });
    expect(limited).toMatchObject({ code: 'rate_limited', message: /Try again in 14 minutes/ });
    // Other accounts are not held up by it.
    await addUser('bob@example.edu', 'advisor', 'Bob Advisor');
    expect((await browser('10.1.0.2').signIn('bob@example.edu')).caller?.email).toBe('bob@example.edu');
  });
});
