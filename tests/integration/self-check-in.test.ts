import type { IncomingMessage } from 'node:http';
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { minuteOf, signSelfCheckInToken } from '../../electron/core/events/self-check-in-token';
import { selfCheckInLimits } from '../../electron/core/events/self-check-in-limit';
import { addUser } from '../../electron/core/users/service';
import { freshDb, present, procedures, type TestDb } from './helpers';
import type { Reply } from './http-reply';
import { serveOffice, type OfficeHttp } from './support/office-http';

// Issue 18 item 7: students check themselves in on a phone, through the office server on a real SQLite file — the
// signed rotating token, the event's day, one answer for every refusal about a student, walk-ins per the event's
// setting, the rate limits, the history, and the desk's live stream hearing of the arrival.

const password = 'kettle-orchard-lantern-42';
let t: TestDb | undefined;
let office: OfficeHttp | undefined;
let port = 0;
const db = () => present(t, 'database').db;
const { call } = procedures(db);

beforeAll(async () => {
  t = await freshDb();
  await addUser(db(), 'test', { email: 'desk@office.test', name: 'Desk', role: 'frontdesk', password });
  office = await serveOffice(db());
  port = office.port;
});

afterAll(() => {
  office?.close();
  t?.close();
});

// Every request comes from 127.0.0.1: each test starts with the address's count at zero.
beforeEach(() => {
  db().sqlite.prepare('delete from self_check_in_attempts').run();
});

const api = (name: string, input: unknown, cookie?: string): Promise<Reply> => present(office, 'office server').api(name, input, cookie);

async function signInDesk(): Promise<string> {
  const reply = await api('auth.signIn', { email: 'desk@office.test', password });
  expect(reply.status).toBe(200);
  return (present(reply.headers['set-cookie'], 'Set-Cookie')[0] ?? '').split(';')[0] ?? '';
}

let serial = 0;
function student(extra: { externalId?: string; status?: 'alumnus' } = {}) {
  serial += 1;
  const s = call('students.create', {
    firstName: 'Sam',
    lastName: `Phone${serial}`,
    schoolEmail: `sam.phone${serial}@example.edu`,
    externalId: extra.externalId,
  });
  if (extra.status) call('students.setStatus', { id: s.id, status: extra.status });
  return { id: s.id, email: `sam.phone${serial}@example.edu` };
}

function event(startsAt = new Date(Date.now() - 3600_000), capacity: number | null = null) {
  return call('events.create', {
    title: 'Meet the employers',
    kind: 'career_fair',
    format: 'in_person',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
    capacity,
    status: 'scheduled',
  });
}

const tokenAt = (eventId: number, minutesAgo = 0) => signSelfCheckInToken(db(), eventId, minuteOf(new Date()) - minutesAgo).token;
const checkIn = (input: Record<string, unknown>) => api('events.selfCheckIn', input);
const arrivals = (eventId: number) => call('events.checkInList', { eventId });

function openLive(cookie: string): Promise<{ res: IncomingMessage; received: () => string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/live', headers: { cookie, 'sec-fetch-site': 'same-origin' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      resolve({ res, received: () => text });
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end && !check()) await new Promise((r) => setTimeout(r, 20));
  return check();
}

describe('a student checking in on a phone', () => {
  it('checks in with the code the desk shows; the desk hears of it live; the history names the phone', async () => {
    const e = event();
    const sam = student();
    call('events.invite', { eventId: e.id, studentIds: [sam.id] });
    const desk = await signInDesk();
    const code = await api('events.selfCheckInCode', { eventId: e.id }, desk);
    expect(code.status).toBe(200);
    const { token, validUntil } = (code.body as { data: { token: string; validUntil: string } }).data;
    expect(Date.parse(validUntil) - Date.now()).toBeLessThanOrEqual(120_000);
    expect(code.text).not.toContain(
      JSON.parse(
        present(db().sqlite.prepare("select value from settings where key = 'selfCheckIn.secret'").pluck().get() as string | undefined, 'secret'),
      ) as string,
    );

    const form = await api('events.selfCheckInForm', { token });
    expect(form.body).toEqual({ ok: true, data: { eventTitle: 'Meet the employers', asksStudentId: false } });

    const live = await openLive(desk);
    const reply = await checkIn({ token, schoolEmail: sam.email.toUpperCase() });
    expect(reply.body).toEqual({ ok: true, data: { eventTitle: 'Meet the employers' } });
    expect(await until(() => live.received().includes('attendance'), 2000)).toBe(true);
    live.res.destroy();
    expect(arrivals(e.id)).toMatchObject({ arrived: 1, walkIns: 0 });

    // Again (a second tap): the same answer, one arrival.
    expect((await checkIn({ token, schoolEmail: sam.email })).body).toEqual(reply.body);
    expect(arrivals(e.id).arrived).toBe(1);
    const entry = db().sqlite.prepare("select actor, action, entity, details from audit_log where entity = 'attendance' order by id desc limit 1").get();
    expect(entry).toMatchObject({ actor: 'self check-in (127.0.0.1)', action: 'update' });
  });

  it('takes the code of the minute before, and refuses an older one, a forged one and one for another event', async () => {
    const e = event();
    const other = event();
    const sam = student();
    call('events.invite', { eventId: e.id, studentIds: [sam.id] });
    const expired = { ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/expired/) as unknown, details: { reason: 'expired' } } };
    expect((await checkIn({ token: tokenAt(e.id, 2), schoolEmail: sam.email })).body).toMatchObject(expired);
    const genuine = tokenAt(e.id);
    const forged = `${genuine.slice(0, -1)}${genuine.endsWith('A') ? 'B' : 'A'}`;
    expect((await checkIn({ token: forged, schoolEmail: sam.email })).body).toMatchObject(expired);
    expect((await checkIn({ token: genuine.replace(/^\d+/, String(other.id)), schoolEmail: sam.email })).body).toMatchObject(expired);
    expect((await api('events.selfCheckInForm', { token: tokenAt(e.id, 5) })).body).toMatchObject(expired);
    expect(arrivals(e.id).arrived).toBe(0);
    expect((await checkIn({ token: tokenAt(e.id, 1), schoolEmail: sam.email })).status).toBe(200);
    expect(arrivals(e.id).arrived).toBe(1);
  });

  it('refuses outside the event day: the desk gets no code, a signed token is not open', async () => {
    const tomorrow = event(new Date(Date.now() + 2 * 24 * 3600_000));
    const sam = student();
    call('events.invite', { eventId: tomorrow.id, studentIds: [sam.id] });
    const desk = await signInDesk();
    const code = await api('events.selfCheckInCode', { eventId: tomorrow.id }, desk);
    expect(code.body).toMatchObject({ ok: false, error: { details: { reason: 'not_open' } } });
    const reply = await checkIn({ token: tokenAt(tomorrow.id), schoolEmail: sam.email });
    expect(reply.body).toMatchObject({ ok: false, error: { details: { reason: 'not_open' } } });
    expect(arrivals(tomorrow.id).arrived).toBe(0);
  });

  it('answers an unknown email, another student ID, an alumnus and a refused walk-in exactly alike', async () => {
    const e = event();
    call('events.setSelfCheckIn', { eventId: e.id, uninvited: 'refuse', asksStudentId: true });
    const listed = student({ externalId: 'S-100' });
    const alumnus = student({ externalId: 'S-200', status: 'alumnus' });
    const notListed = student({ externalId: 'S-300' });
    call('events.invite', { eventId: e.id, studentIds: [listed.id] });
    const token = tokenAt(e.id);
    const replies = await Promise.all([
      checkIn({ token, schoolEmail: 'nobody@example.edu', studentId: 'S-100' }),
      checkIn({ token, schoolEmail: listed.email, studentId: 'S-999' }),
      checkIn({ token, schoolEmail: listed.email }),
      checkIn({ token, schoolEmail: alumnus.email, studentId: 'S-200' }),
      checkIn({ token, schoolEmail: notListed.email, studentId: 'S-300' }),
    ]);
    const first = present(replies[0], 'reply');
    expect(first.body).toMatchObject({ ok: false, error: { details: { reason: 'see_desk' } } });
    for (const reply of replies) expect({ status: reply.status, text: reply.text }).toEqual({ status: first.status, text: first.text });
    expect(arrivals(e.id).arrived).toBe(0);
    const refused = db().sqlite.prepare("select count(*) from audit_log where entity = 'events.selfCheckIn' and action = 'refused'").pluck().get();
    expect(refused).toBeGreaterThanOrEqual(5);
    // The right ID (any case) checks the listed student in.
    expect((await checkIn({ token, schoolEmail: listed.email, studentId: 's-100' })).status).toBe(200);
    expect(arrivals(e.id).arrived).toBe(1);
  });

  it('records a student not on the list as a walk-in when the event says so, under the capacity rule', async () => {
    const e = event(undefined, 1);
    const [first, second] = [student(), student()];
    const token = tokenAt(e.id);
    expect((await checkIn({ token, schoolEmail: first.email })).status).toBe(200);
    expect(arrivals(e.id)).toMatchObject({ arrived: 1, walkIns: 1 });
    // Full: the second is sent to the desk, like anyone else refused.
    expect((await checkIn({ token, schoolEmail: second.email })).body).toMatchObject({ ok: false, error: { details: { reason: 'see_desk' } } });
    expect(arrivals(e.id)).toMatchObject({ arrived: 1, walkIns: 1 });
  });
});

describe('the rate limits', () => {
  it('refuses an address after its attempts, with Retry-After, before looking at the email', async () => {
    const e = event();
    const token = tokenAt(e.id);
    for (let i = 0; i < selfCheckInLimits.perAddress; i += 1) expect((await checkIn({ token, schoolEmail: `guess${i}@example.edu` })).status).toBe(400);
    const sam = student();
    const limited = await checkIn({ token, schoolEmail: sam.email });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(arrivals(e.id).arrived).toBe(0);
  });

  it('refuses a token tried too often from anywhere (a photo of the code passed around)', async () => {
    const e = event();
    const token = tokenAt(e.id);
    const at = new Date().toISOString();
    const insert = db().sqlite.prepare('insert into self_check_in_attempts (address, token, at) values (?, ?, ?)');
    for (let i = 0; i < selfCheckInLimits.perToken; i += 1) insert.run(`10.0.${Math.floor(i / 250)}.${i % 250}`, token, at);
    const sam = student();
    expect((await checkIn({ token, schoolEmail: sam.email })).status).toBe(429);
  });
});
