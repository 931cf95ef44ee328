import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addUser } from '../../electron/core/users/service';
import { freshDb, present, type TestDb } from './helpers';
import type { Reply } from './http-reply';
import { serveOffice, type OfficeHttp } from './support/office-http';

// Issue 18 item 4: two-step sign-in (TOTP) through the office server's own sign-in, over HTTP on loopback, on a
// fresh database with the real migrations. Codes are computed here from the secret the server hands out, as an
// authenticator app would.

const password = 'kettle-orchard-lantern-42';
let t: TestDb | undefined;
let office: OfficeHttp | undefined;

beforeAll(async () => {
  t = await freshDb();
  for (const [email, role] of [
    ['ada@office.test', 'admin'],
    ['bo@office.test', 'advisor'],
    ['cy@office.test', 'advisor'],
    ['di@office.test', 'admin'],
  ] as const) {
    await addUser(t.db, 'test', { email, name: email.split('@')[0] ?? email, role, password });
  }
  office = await serveOffice(t.db);
});

afterAll(() => {
  office?.close();
  t?.close();
});

const api = (name: string, input: unknown, cookie = ''): Promise<Reply> => present(office, 'office server').api(name, input, cookie);

const ok = <T extends z.ZodType>(reply: Reply, schema: T): z.output<T> =>
  schema.parse(z.object({ ok: z.literal(true), data: z.unknown() }).parse(reply.body).data);
const failure = (reply: Reply) => z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }).parse(reply.body).error;

async function signIn(email: string, code?: string): Promise<{ reply: Reply; cookie: string }> {
  const reply = await api('auth.signIn', code === undefined ? { email, password } : { email, password, code });
  const cookie = (reply.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  return { reply, cookie };
}

/** The code an authenticator app shows `offsetSteps` 30-second steps from now. */
const codeAt = (secret: string, offsetSteps = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
const enrolment = z.object({ secret: z.string(), uri: z.string(), qrDataUrl: z.string() });

/** Signs in with the password alone, starts enrolment and confirms it with the current code. */
async function enrol(email: string): Promise<{ secret: string; codes: string[]; cookie: string }> {
  const { cookie } = await signIn(email);
  const started = ok(await api('auth.startTwoStep', {}, cookie), enrolment);
  const confirmed = ok(await api('auth.confirmTwoStep', { code: codeAt(started.secret) }, cookie), recoveryCodes);
  return { secret: started.secret, codes: confirmed.recoveryCodes, cookie };
}

function auditDetails(email: string): { reason?: string; secondStep?: string }[] {
  const rows = present(t, 'db')
    .db.sqlite.prepare("select details from audit_log where action in ('sign_in', 'sign_in_failed') and (details like ? or actor like ?) order by id")
    .pluck()
    .all(`%${email}%`, `%${email}%`);
  return rows.map((row) => z.object({ reason: z.string().optional(), secondStep: z.string().optional() }).parse(JSON.parse(String(row))));
}

describe('two-step sign-in through the office server', () => {
  it('enrols: a secret, an otpauth address and a QR image; nothing changes at sign-in until a code confirms it', async () => {
    const { cookie } = await signIn('bo@office.test');
    const started = ok(await api('auth.startTwoStep', {}, cookie), enrolment);
    expect(started.uri).toMatch(/^otpauth:\/\/totp\/Rapport:bo%40office\.test\?.*secret=/);
    expect(started.uri).toContain(`secret=${started.secret}`);
    expect(started.qrDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    // Not confirmed yet: the password alone still signs in.
    expect(ok((await signIn('bo@office.test')).reply, z.object({ caller: z.object({ email: z.string() }) })).caller.email).toBe('bo@office.test');
    const { cookie: again } = await signIn('bo@office.test');
    expect(failure(await api('auth.confirmTwoStep', { code: '000000' }, again))).toMatchObject({ code: 'invalid_input' });
  });

  it('confirms with a code, then asks for one after the password; a right code signs in, a wrong one is refused', async () => {
    const { secret, codes } = await enrol('cy@office.test');
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    // Only hashes are kept.
    const stored = present(t, 'db').db.sqlite.prepare('select code_hash from recovery_codes').pluck().all().map(String);
    for (const code of codes) expect(stored).not.toContain(code);

    const asked = await signIn('cy@office.test');
    expect(ok(asked.reply, z.object({ caller: z.null(), codeRequired: z.literal(true) }))).toEqual({ caller: null, codeRequired: true });
    expect(asked.reply.headers['set-cookie']).toBeUndefined();

    const wrong = await signIn('cy@office.test', codeAt(secret, 5));
    expect(failure(wrong.reply)).toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/code is not right/) });
    expect(wrong.reply.headers['set-cookie']).toBeUndefined();

    // The confirming code's step is used up; the next step's code (within the window) signs in.
    const next = codeAt(secret, 1);
    const signedIn = await signIn('cy@office.test', next);
    expect(ok(signedIn.reply, z.object({ caller: z.object({ email: z.string() }) })).caller.email).toBe('cy@office.test');
    expect(ok(await api('auth.twoStepStatus', {}, signedIn.cookie), z.object({ enabled: z.boolean(), recoveryCodesLeft: z.number() }))).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });

    // The same code again within its window: a replay, refused.
    expect(failure((await signIn('cy@office.test', next)).reply)).toMatchObject({ code: 'unauthenticated' });
    expect(auditDetails('cy@office.test').slice(-4)).toEqual([
      { reason: 'password right, code needed' },
      { reason: 'wrong code' },
      { secondStep: 'code' },
      { reason: 'wrong code' },
    ]);
  });

  it('a recovery code signs in once; the second use is refused', async () => {
    const { codes } = await enrol('ada@office.test');
    const code = present(codes[3], 'a recovery code');
    const first = await signIn('ada@office.test', code.toLowerCase().replace('-', ' '));
    expect(ok(first.reply, z.object({ caller: z.object({ role: z.string() }) })).caller.role).toBe('admin');
    expect(failure((await signIn('ada@office.test', code)).reply)).toMatchObject({ code: 'unauthenticated' });
    expect(ok(await api('auth.twoStepStatus', {}, first.cookie), z.object({ recoveryCodesLeft: z.number() })).recoveryCodesLeft).toBe(9);
    expect(auditDetails('ada@office.test').slice(-2)).toEqual([{ secondStep: 'recovery code' }, { reason: 'wrong code' }]);
  });

  it('wrong codes count toward the sign-in rate limit', async () => {
    const { secret } = await enrol('bo@office.test');
    const replies: Reply[] = [];
    for (let i = 0; i < 6; i++) replies.push((await signIn('bo@office.test', codeAt(secret, 10 + i))).reply);
    expect(failure(present(replies.at(-1), 'last reply'))).toMatchObject({ code: 'rate_limited' });
    // Even the right code waits now.
    expect(failure((await signIn('bo@office.test', codeAt(secret, 1))).reply)).toMatchObject({ code: 'rate_limited' });
  });

  it('turning it off needs a current code; new recovery codes replace the old ones', async () => {
    const { secret, codes, cookie } = await enrol('di@office.test');
    const fresh = ok(await api('auth.newRecoveryCodes', { code: present(codes[0], 'code') }, cookie), recoveryCodes).recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(failure(await api('auth.turnOffTwoStep', { code: present(codes[1], 'old code') }, cookie))).toMatchObject({ code: 'invalid_input' });
    expect(ok(await api('auth.turnOffTwoStep', { code: codeAt(secret, 1) }, cookie), z.object({ enabled: z.literal(false) }))).toEqual({ enabled: false });
    // The password alone signs in again.
    expect(ok((await signIn('di@office.test')).reply, z.object({ caller: z.object({ email: z.string() }) })).caller.email).toBe('di@office.test');
  });

  it('Settings → Users says who has it on; an admin’s reset turns it off and the password alone signs in again', async () => {
    await addUser(present(t, 'db').db, 'test', { email: 'gil@office.test', name: 'Gil', role: 'advisor', password });
    await addUser(present(t, 'db').db, 'test', { email: 'hal@office.test', name: 'Hal', role: 'admin', password });
    await enrol('gil@office.test');
    const admin = (await signIn('hal@office.test')).cookie;
    const listed = async () =>
      ok(await api('users.list', {}, admin), z.array(z.object({ id: z.number(), email: z.string(), twoStep: z.boolean() }))).find(
        (user) => user.email === 'gil@office.test',
      );
    const gil = present(await listed(), 'gil');
    expect(gil.twoStep).toBe(true);
    expect(ok(await api('auth.resetTwoStep', { userId: gil.id }, admin), z.object({ enabled: z.literal(false) }))).toEqual({ enabled: false });
    expect((await listed())?.twoStep).toBe(false);
    expect(ok((await signIn('gil@office.test')).reply, z.object({ caller: z.object({ email: z.string() }) })).caller.email).toBe('gil@office.test');
  });

  it('with "admins must use a second factor" on, an admin without it is sent to set it up before anything else', async () => {
    const db = present(t, 'db').db;
    await addUser(db, 'test', { email: 'ed@office.test', name: 'Ed', role: 'admin', password });
    await addUser(db, 'test', { email: 'fay@office.test', name: 'Fay', role: 'advisor', password });
    const ed = (await signIn('ed@office.test')).cookie;
    const fay = (await signIn('fay@office.test')).cookie;
    expect(ok(await api('auth.requireTwoStepForAdmins', { required: true }, ed), z.object({ required: z.boolean() }))).toEqual({ required: true });

    const refused = failure(await api('students.list', {}, ed));
    expect(refused).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/requires admins to use two-step sign-in/) });
    expect(failure(await api('auth.requireTwoStepForAdmins', { required: false }, ed))).toMatchObject({ code: 'forbidden' });
    expect(ok(await api('auth.twoStepStatus', {}, ed), z.object({ mustEnrol: z.boolean(), adminsMustUse: z.boolean() }))).toEqual({
      mustEnrol: true,
      adminsMustUse: true,
    });
    // Staff other than admins carry on.
    expect((await api('students.list', {}, fay)).status).toBe(200);

    const started = ok(await api('auth.startTwoStep', {}, ed), enrolment);
    ok(await api('auth.confirmTwoStep', { code: codeAt(started.secret) }, ed), recoveryCodes);
    expect((await api('students.list', {}, ed)).status).toBe(200);
    expect(ok(await api('auth.twoStepStatus', {}, ed), z.object({ mustEnrol: z.boolean() })).mustEnrol).toBe(false);
    const audit = db.sqlite
      .prepare("select details from audit_log where action = 'update' and entity = 'user' and details like '%two_step%' order by id")
      .pluck()
      .all();
    expect(audit.map((row) => z.object({ change: z.string() }).parse(JSON.parse(String(row))).change)).toEqual(
      expect.arrayContaining(['two_step_required_for_admins', 'two_step_started', 'two_step_enabled']),
    );
  });
});
