import { randomUUID } from 'node:crypto';
import { request } from 'node:https';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSync } from 'otplib';
import { generate } from 'selfsigned';
import { z } from 'zod';
import { callerForSession, endUserSessions, sessionCallerWithoutTouch } from '../../electron/core/auth/sessions';
import { addUser } from '../../electron/core/users/service';
import { createOfficeHost, type OfficeHost } from '../../electron/office/server';
import { officeCa, officeOrigin } from '../../electron/remote/office-address';
import { desktopDispatch } from '../../electron/remote/desktop-dispatch';
import { createOfficeClient, sessionFromSetCookie } from '../../electron/remote/office-client';
import type { SecretBox } from '../../electron/remote/office-store';
import { listenOn } from '../../electron/web/http';
import { writeSetting } from '../../electron/core/db/settings';
import { samlEndpoints } from '../../electron/core/sso/saml';
import { samlSettingKey } from '../../electron/core/sso/saml-settings';
import { certificateVerdicts, officeCertificateVerdict, sessionFromCookies, ssoStartUrl, type SeenCookie } from '../../electron/remote/sso-session';
import { idpEntityId, idpKeys, idpSsoUrl, requestIdOf, samlResponse } from './support/saml-idp';
import { desktopStore } from '../../shared/offline-desktop-store';
import { OfflineQueue } from '../../shared/offline-queue';
import { freshDb, present, type TestDb } from './helpers';

// The desktop app's forwarding module against a real office server over TLS: an office CA generated here signs the
// server's certificate; the client trusts that CA only when told to, refuses a certificate for another name, signs
// in with a password, forwards reads and writes with the session and the Origin the server checks, and reports a
// session the server ended as `unauthenticated`.

const password = 'kettle-orchard-lantern-42';
const hour = 3600_000;
let t: TestDb | undefined;
const hosts: OfficeHost[] = [];
let caPem = '';
let officePort = 0;
let otherPort = 0;

async function officeCaAndLeaf(altNames: { type: 2 | 7; ip?: string; value?: string }[]) {
  const leaf = await generate([{ name: 'commonName', value: altNames[0]?.value ?? altNames[0]?.ip ?? 'x' }], {
    notAfterDate: new Date(Date.now() + 24 * hour),
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    ca: { key: caKey, cert: caPem },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames },
    ],
  });
  return leaf;
}
let caKey = '';

let officeTls = { cert: '', key: '' };
let otherTls = { cert: '', key: '' };

async function startOffice(db: TestDb['db'], tls: { cert: string; key: string }, port = 0): Promise<number> {
  const host = createOfficeHost({
    db,
    staticDir: null,
    config: { host: '127.0.0.1', tls: { certFile: 'cert.pem', keyFile: 'key.pem' }, publicOrigin: null },
    tls,
    sessions: { callerForSession, sessionCallerWithoutTouch },
  });
  hosts.push(host);
  return listenOn(host.server, port, '127.0.0.1');
}

beforeAll(async () => {
  const ca = await generate([{ name: 'commonName', value: 'Rapport Test Office CA' }], {
    notAfterDate: new Date(Date.now() + 24 * hour),
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  caPem = ca.cert;
  caKey = ca.private;
  t = await freshDb();
  await addUser(t.db, 'test', { email: 'ada@office.test', name: 'Ada', role: 'admin', password });
  await addUser(t.db, 'test', { email: 'cy@office.test', name: 'Cy', role: 'advisor', password });
  const office = await officeCaAndLeaf([
    { type: 7, ip: '127.0.0.1' },
    { type: 2, value: 'localhost' },
  ]);
  officeTls = { cert: office.cert, key: office.private };
  officePort = await startOffice(t.db, officeTls);
  // The same CA's certificate for another host, served on loopback: a server that is not the one asked for.
  const other = await officeCaAndLeaf([{ type: 2, value: 'other-office.example.edu' }]);
  otherTls = { cert: other.cert, key: other.private };
  otherPort = await startOffice(t.db, otherTls);
});

afterAll(() => {
  for (const host of hosts) {
    host.server.close();
    host.live.close();
  }
  t?.close();
});

const officeAt = (port: number) => `https://127.0.0.1:${port}`;

/** The code an authenticator app shows `offsetSteps` 30-second steps from now. */
const codeAt = (secret: string, offsetSteps = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

function okData(result: { ok: boolean; data?: unknown }): unknown {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.data;
}

describe('the office address and CA the person gives', () => {
  it('takes an https origin only, and a PEM certificate as the CA', () => {
    expect(officeOrigin('https://rapport.example.edu/')).toEqual({ ok: true, value: 'https://rapport.example.edu' });
    expect(officeOrigin('rapport.example.edu:8443')).toEqual({ ok: true, value: 'https://rapport.example.edu:8443' });
    expect(officeOrigin('http://rapport.example.edu')).toMatchObject({ ok: false, message: expect.stringMatching(/https/) });
    expect(officeOrigin('https://me:pw@rapport.example.edu')).toMatchObject({ ok: false });
    expect(officeOrigin('https://rapport.example.edu/api/x')).toMatchObject({ ok: false, message: expect.stringMatching(/no path/) });
    expect(officeCa(caPem)).toMatchObject({ ok: true, value: { subject: expect.stringContaining('Rapport Test Office CA') } });
    expect(officeCa('not a certificate')).toMatchObject({ ok: false, message: expect.stringMatching(/PEM/) });
  });

  it('reads the session from Set-Cookie, and its clearing', () => {
    const token = 'a'.repeat(43);
    expect(sessionFromSetCookie([`__Host-rapport-session=${token}; Path=/; HttpOnly; Secure; Max-Age=43200`])).toBe(token);
    expect(sessionFromSetCookie(['__Host-rapport-session=; Path=/; HttpOnly; Secure; Max-Age=0'])).toBeNull();
    expect(sessionFromSetCookie(['other=1'])).toBeUndefined();
  });
});

describe('forwarding to an office server', () => {
  it('refuses a server whose certificate no trusted authority signed, saying so', async () => {
    const client = createOfficeClient({ origin: officeAt(officePort) });
    const result = await client.call('auth.me', {});
    client.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', details: { reason: 'certificate' } } });
    expect(!result.ok && result.error.message).toMatch(/not signed by an authority this computer trusts/);
  });

  it('refuses a certificate issued for another name, even from the trusted office CA', async () => {
    const client = createOfficeClient({ origin: officeAt(otherPort), ca: caPem });
    const result = await client.call('auth.me', {});
    client.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', details: { reason: 'certificate', tlsCode: 'ERR_TLS_CERT_ALTNAME_INVALID' } } });
    expect(!result.ok && result.error.message).toMatch(/issued for another name/);
  });

  it('with the office CA trusted: signs in, reads, writes as the signed-in user, and reports the session ending', async () => {
    const sessions: (string | null)[] = [];
    const client = createOfficeClient({ origin: officeAt(officePort), ca: caPem, onSession: (s) => sessions.push(s) });
    expect(await client.call('auth.me', {})).toEqual({ ok: true, data: { mode: 'office', caller: null } });
    expect(await client.call('students.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated', details: { reason: 'signed_out' } } });

    expect(await client.signIn('ada@office.test', 'wrong password, surely')).toMatchObject({ ok: false });
    const signedIn = await client.signIn('ada@office.test', password);
    expect(signedIn).toMatchObject({ ok: true, data: { session: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) } });
    expect(sessions).toHaveLength(1);
    expect(await client.call('auth.me', {})).toMatchObject({ ok: true, data: { mode: 'office', caller: { email: 'ada@office.test' } } });

    const created = await client.call('students.create', { firstName: 'Desk', lastName: 'Top', externalId: 'DESK-1' });
    expect(created).toMatchObject({ ok: true });
    const listed = await client.call('students.list', {});
    expect(JSON.stringify(listed)).toContain('DESK-1');
    // The core saw the signed-in user: the write is in the history under Ada's name.
    const history = await client.call('audit.list', {});
    expect(history).toMatchObject({ ok: true });
    expect(JSON.stringify(history)).toMatch(/Ada/);
    // Bad input gets the core's own answer through the forwarder.
    expect(await client.call('students.create', { firstName: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // A second client with the kept session (the app restarted) carries on without signing in again.
    const restarted = createOfficeClient({ origin: officeAt(officePort), ca: caPem, session: client.session() });
    expect(await restarted.call('auth.me', {})).toMatchObject({ ok: true, data: { caller: { email: 'ada@office.test' } } });

    // An admin ends every session of the account (e.g. a new password): the next call says so, and the secret is dropped.
    endUserSessions(present(t, 'database').db, 1);
    const ended = await client.call('students.list', {});
    expect(ended).toMatchObject({ ok: false, error: { code: 'unauthenticated', details: { reason: 'session_ended' } } });
    expect(!ended.ok && ended.error.message).toMatch(/session on 127\.0\.0\.1:\d+ has ended/);
    expect(client.session()).toBeNull();
    expect(sessions.at(-1)).toBeNull();
    expect(await restarted.call('students.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    client.close();
    restarted.close();
  });

  it('signs a two-step account in: the password alone says a code is needed, then the code signs in', async () => {
    const client = createOfficeClient({ origin: officeAt(officePort), ca: caPem });
    // Cy sets up two-step sign-in (as Settings does), with codes made here as an authenticator app would.
    expect(await client.signIn('cy@office.test', password)).toMatchObject({ ok: true, data: { session: expect.any(String) } });
    const started = z.object({ secret: z.string() }).parse(okData(await client.call('auth.startTwoStep', {})));
    const confirmed = await client.call('auth.confirmTwoStep', { code: codeAt(started.secret) });
    const [recoveryCode = ''] = z.object({ recoveryCodes: z.array(z.string()) }).parse(okData(confirmed)).recoveryCodes;
    expect(await client.call('auth.signOut', {})).toMatchObject({ ok: true });
    expect(client.session()).toBeNull();

    const asked = await client.signIn('cy@office.test', password);
    expect(asked).toEqual({ ok: true, data: { codeRequired: true, message: expect.stringMatching(/code from your authenticator app/) } });
    expect(client.session()).toBeNull();
    expect(await client.signIn('cy@office.test', password, codeAt(started.secret, 20))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const signedIn = await client.signIn('cy@office.test', password, codeAt(started.secret, 1));
    expect(signedIn).toMatchObject({ ok: true, data: { session: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) } });
    expect(await client.call('auth.me', {})).toMatchObject({ ok: true, data: { caller: { email: 'cy@office.test' } } });

    // The desktop window's own sign-in page asks the same two questions through the one invoke (here with a
    // recovery code: the code of the step just used is spent, and the next step's is not shown yet).
    const dir = mkdtempSync(join(tmpdir(), 'rapport-desktop-'));
    const desk = desktopDispatch({ local: () => ({ ok: true, data: null }), folder: dir, secrets: fakeKeychain(true) });
    expect(await desk.dispatch('desktop.connect', { address: officeAt(officePort), ca: caPem })).toMatchObject({ ok: true });
    expect(await desk.dispatch('auth.signIn', { email: 'cy@office.test', password })).toEqual({ ok: true, data: { caller: null, codeRequired: true } });
    expect(await desk.dispatch('auth.me', {})).toMatchObject({ ok: true, data: { caller: null } });
    expect(await desk.dispatch('auth.signIn', { email: 'cy@office.test', password, code: recoveryCode })).toMatchObject({
      ok: true,
      data: { caller: { email: 'cy@office.test' } },
    });
    expect(await desk.dispatch('auth.me', {})).toMatchObject({ ok: true, data: { caller: { email: 'cy@office.test' } } });
    desk.close();
    client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says when the office server cannot be reached', async () => {
    const client = createOfficeClient({ origin: 'https://127.0.0.1:1', ca: caPem, timeoutMs: 2000 });
    const result = await client.call('auth.me', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', details: { reason: 'unreachable' } } });
    client.close();
  });
});

/** A stand-in for safeStorage: reversible, but never the plain text on disk. */
const fakeKeychain = (available: boolean): SecretBox => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (data) => Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8'),
});

describe('the desktop window on an office server (what electron/main wires in)', () => {
  const folders: string[] = [];
  const folder = () => {
    const made = mkdtempSync(join(tmpdir(), 'rapport-desktop-'));
    folders.push(made);
    return made;
  };
  afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
  const local = () => ({ ok: true as const, data: 'this computer' });

  it('connects only to a verified Rapport office server, keeps the session encrypted, and goes back to this computer', async () => {
    const dir = folder();
    const changes: string[] = [];
    const desk = desktopDispatch({ local, folder: dir, secrets: fakeKeychain(true), onChange: (c) => changes.push(c.kind) });
    expect(await desk.dispatch('desktop.office', {})).toEqual({ ok: true, data: { kind: 'local' } });
    expect(await desk.dispatch('students.list', {})).toEqual({ ok: true, data: 'this computer' });
    expect(await desk.dispatch('desktop.connect', { address: `http://127.0.0.1:${officePort}`, ca: null })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/https/) },
    });
    expect(await desk.dispatch('desktop.connect', { address: officeAt(officePort), ca: 'junk' })).toMatchObject({ error: { code: 'invalid_input' } });
    expect(await desk.dispatch('desktop.connect', { address: officeAt(officePort), ca: null, extra: 1 })).toMatchObject({ error: { code: 'invalid_input' } });
    // Untrusted certificate: refused, and nothing changed.
    expect(await desk.dispatch('desktop.connect', { address: officeAt(officePort), ca: null })).toMatchObject({
      error: { details: { reason: 'certificate' } },
    });
    expect(desk.connection()).toEqual({ kind: 'local' });

    const connected = await desk.dispatch('desktop.connect', { address: officeAt(officePort), ca: caPem });
    expect(connected).toMatchObject({
      ok: true,
      data: { kind: 'office', origin: officeAt(officePort), caFingerprint: expect.any(String), keepsSession: true },
    });
    expect(changes).toEqual(['office']);
    // The app's own sign-in page signs in through the same invoke; the session is kept, encrypted.
    expect(await desk.dispatch('auth.signIn', { email: 'ada@office.test', password })).toMatchObject({ ok: true });
    const kept = readFileSync(join(dir, 'office-session.bin'));
    expect(kept.toString('utf8')).not.toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The next run reads the choice and the session back.
    const nextRun = desktopDispatch({ local, folder: dir, secrets: fakeKeychain(true) });
    expect(await nextRun.dispatch('auth.me', {})).toMatchObject({ ok: true, data: { caller: { email: 'ada@office.test' } } });
    nextRun.close();

    // Back to this computer's office: signed out on the server, nothing kept.
    expect(await desk.dispatch('desktop.disconnect', {})).toEqual({ ok: true, data: { kind: 'local' } });
    expect(changes).toEqual(['office', 'local']);
    expect(existsSync(join(dir, 'office-session.bin'))).toBe(false);
    expect(await desk.dispatch('students.list', {})).toEqual({ ok: true, data: 'this computer' });
    const afterwards = desktopDispatch({ local, folder: dir, secrets: fakeKeychain(true) });
    expect(afterwards.connection()).toEqual({ kind: 'local' });
  });

  it('carries the write’s idempotency key to the office server: the same key twice is recorded once', async () => {
    const dir = folder();
    const desk = desktopDispatch({ local, folder: dir, secrets: fakeKeychain(true) });
    expect(await desk.dispatch('desktop.connect', { address: officeAt(officePort), ca: caPem })).toMatchObject({ ok: true });
    expect(await desk.dispatch('auth.signIn', { email: 'ada@office.test', password })).toMatchObject({ ok: true });
    // No external id, so nothing but the key stops a second student.
    const input = { firstName: 'Once', lastName: 'Keyed' };
    const key = 'door-7d4f2a6e-0c1b-4f7e-9a55-3b2c1d0e9f88';
    const first = await desk.dispatch('students.create', input, key);
    expect(first).toMatchObject({ ok: true });
    // The answer was lost on the way (the door's queue sends again): the server answers the first answer, writes nothing.
    expect(await desk.dispatch('students.create', input, key)).toEqual(first);
    const count = () => present(t, 'database').db.sqlite.prepare("select count(*) from students where last_name = 'Keyed'").pluck().get();
    expect(count()).toBe(1);
    // The key is the server's to check: another input under the same key is refused, and without a key it is a new write.
    expect(await desk.dispatch('students.create', { ...input, firstName: 'Other' }, key)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await desk.dispatch('students.create', input, 'not a key')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await desk.dispatch('students.create', input)).toMatchObject({ ok: true });
    expect(count()).toBe(2);
    desk.close();
  });

  it('without the OS keychain, never writes the session: sign in again next time', async () => {
    const dir = folder();
    const desk = desktopDispatch({ local, folder: dir, secrets: fakeKeychain(false) });
    expect(await desk.dispatch('desktop.connect', { address: officeAt(officePort), ca: caPem })).toMatchObject({ data: { keepsSession: false } });
    expect(await desk.dispatch('auth.signIn', { email: 'ada@office.test', password })).toMatchObject({ ok: true });
    expect(await desk.dispatch('auth.me', {})).toMatchObject({ data: { caller: { email: 'ada@office.test' } } });
    expect(existsSync(join(dir, 'office-session.bin'))).toBe(false);
    const nextRun = desktopDispatch({ local, folder: dir, secrets: fakeKeychain(false) });
    expect(await nextRun.dispatch('auth.me', {})).toEqual({ ok: true, data: { mode: 'office', caller: null } });
    nextRun.close();
    desk.close();
  });
});

describe('confirming a new office outside the page', () => {
  it('changes nothing when the person says no, and passes the CA fingerprint to the question', async () => {
    const asked: (string | null)[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'rapport-desktop-'));
    const desk = desktopDispatch({
      local: () => ({ ok: true, data: null }),
      folder: dir,
      secrets: fakeKeychain(true),
      confirm: async (origin, fingerprint) => {
        asked.push(origin, fingerprint);
        return false;
      },
    });
    expect(await desk.dispatch('desktop.connect', { address: officeAt(officePort), ca: caPem })).toMatchObject({
      ok: false,
      error: { details: { reason: 'not_confirmed' } },
    });
    expect(asked).toEqual([officeAt(officePort), expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)]);
    expect(desk.connection()).toEqual({ kind: 'local' });
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the door’s queue in the desktop window (a file per office, through the one invoke)', () => {
  it('keeps what the door did while the office server was away in the office’s file and sends it once when it is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-desktop-'));
    const db = present(t, 'database').db;
    const port = await startOffice(db, officeTls);
    const desk = desktopDispatch({ local: () => ({ ok: true, data: null }), folder: dir, secrets: fakeKeychain(true) });
    expect(await desk.dispatch('desktop.connect', { address: officeAt(port), ca: caPem })).toMatchObject({ ok: true });
    expect(await desk.dispatch('auth.signIn', { email: 'ada@office.test', password })).toMatchObject({ ok: true });
    const id = (result: unknown) => z.object({ id: z.number() }).parse(okData(z.object({ ok: z.boolean(), data: z.unknown() }).parse(result))).id;
    const studentId = id(await desk.dispatch('students.create', { firstName: 'Door', lastName: 'Queue' }));
    const contactId = id(await desk.dispatch('contacts.create', { firstName: 'Fair', lastName: 'Host' }));
    const connectionId = id(await desk.dispatch('connections.create', { studentId, contactId, relationship: 'met_at_event', sinceOn: '2026-01-10' }));
    // The renderer's queue over the window's invoke, as doorQueue.ts builds it in the desktop app.
    const queue = new OfflineQueue(
      desktopStore(desk.dispatch),
      async (procedure, input, key) => desk.dispatch(procedure, input, key),
      () => `door-${randomUUID()}`,
    );
    expect(await queue.load()).toEqual({ waiting: [], notSent: [] });

    // The office server goes away (its kept-alive connections too).
    const away = present(hosts.at(-1), 'office host');
    away.server.closeAllConnections();
    await new Promise((done) => away.server.close(done));
    const touchpoint = (n: number) => ({ connectionId, kind: 'conversation', occurredOn: '2026-03-01', summary: `desk queue ${n}` });
    for (const n of [1, 2, 3]) expect(await queue.send('interactions.create', touchpoint(n), `Touchpoint ${n}`)).toMatchObject({ queued: true });
    expect(queue.snapshot().waiting).toHaveLength(3);
    const files = readdirSync(join(dir, 'offline-queue'));
    expect(files).toEqual([expect.stringMatching(/^office-[0-9a-f]{24}\.json$/)]);

    // A restart of the app reads the same three back.
    const nextRun = desktopDispatch({ local: () => ({ ok: true, data: null }), folder: dir, secrets: fakeKeychain(true) });
    expect(await desktopStore(nextRun.dispatch).list()).toHaveLength(3);
    nextRun.close();

    // The server is back at the same address: the replay sends each once (the keys make a second replay harmless).
    await startOffice(db, officeTls, port);
    await queue.replay();
    expect(queue.snapshot()).toEqual({ waiting: [], notSent: [] });
    expect(await desktopStore(desk.dispatch).list()).toEqual([]);
    const recorded = () => db.sqlite.prepare("select count(*) from interactions where summary like 'desk queue %'").pluck().get();
    expect(recorded()).toBe(3);

    // Bad input is refused by name; a damaged file is an error, never an empty queue.
    expect(await desk.dispatch('desktop.queuePut', { item: { key: 'short' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await desk.dispatch('desktop.queueRemove', { key: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    writeFileSync(join(dir, 'offline-queue', files[0] ?? ''), '{"version":1,"items":[{"broken"');
    expect(await desk.dispatch('desktop.queueList', {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/cannot be read/) },
    });
    await expect(queue.load()).rejects.toThrow(/cannot be read/);
    // Each office has its own file: back on this computer's office, its (empty) queue is read, not that office's.
    expect(await desk.dispatch('desktop.disconnect', {})).toMatchObject({ ok: true, data: { kind: 'local' } });
    expect(await desk.dispatch('desktop.queueList', {})).toEqual({ ok: true, data: [] });
    desk.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

/** What a browser does with one https request to the office (trusting its CA): the status, where to, the cookies set. */
function browse(url: string, form?: Record<string, string>): Promise<{ status: number; location: string; setCookies: string[] }> {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: form ? 'POST' : 'GET', ca: caPem, headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? '', setCookies: res.headers['set-cookie'] ?? [] }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A Set-Cookie header as Electron's session.cookies reports the cookie it made of it. */
function seenCookie(header: string, host: string): SeenCookie {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const [name = '', value = ''] = pair.split('=');
  const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? '/';
  return { name, value, domain: host, hostOnly: true, path, secure: attributes.some((a) => /^secure$/i.test(a)) };
}

describe('single sign-on in the desktop window (what the sign-in window hands to electron/remote)', () => {
  it('takes over the session a real SAML sign-in started in the sign-in window, and nothing else', async () => {
    const db = present(t, 'database').db;
    const idp = await idpKeys();
    writeSetting(db, samlSettingKey, { enabled: true, displayName: 'Uni Login', idpEntityId, idpSsoUrl, idpCertificate: idp.cert });
    await addUser(db, 'test', { email: 'ada@uni.test', name: 'Ada SSO', role: 'advisor', password });
    const origin = officeAt(officePort);
    expect(ssoStartUrl(origin, 'saml')).toBe(`${origin}/sso/saml/start`);
    expect(ssoStartUrl(origin, 'oidc')).toBe(`${origin}/sso/oidc/start`);

    // The sign-in window, as main drives it: the office's start address, the IdP's signed answer posted to the ACS.
    const opened: string[] = [];
    let closeFirst = false;
    const signInWindow = async (startUrl: string): Promise<SeenCookie[] | null> => {
      opened.push(startUrl);
      if (closeFirst) return null;
      const start = await browse(startUrl);
      expect(start.status).toBe(303);
      const sp = samlEndpoints(origin);
      const answer = samlResponse(idp, { inResponseTo: requestIdOf(start.location), audience: sp.entityId, recipient: sp.acsUrl });
      const acs = await browse(sp.acsUrl, { SAMLResponse: answer });
      expect(acs).toMatchObject({ status: 303, location: '/' });
      return [{ name: 'other', value: 'x'.repeat(20), secure: true }, ...acs.setCookies.map((header) => seenCookie(header, '127.0.0.1'))];
    };
    const dir = mkdtempSync(join(tmpdir(), 'rapport-desktop-'));
    const desk = desktopDispatch({ local: () => ({ ok: true, data: null }), folder: dir, secrets: fakeKeychain(true), signInWindow });
    expect(await desk.dispatch('desktop.signInWithSso', { protocol: 'saml' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Connect to an office server first/) },
    });
    expect(await desk.dispatch('desktop.connect', { address: origin, ca: caPem })).toMatchObject({ ok: true });
    expect(await desk.dispatch('desktop.signInWithSso', { protocol: 'ldap' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    closeFirst = true;
    expect(await desk.dispatch('desktop.signInWithSso', { protocol: 'saml' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated', details: { reason: 'sso_not_finished' } },
    });
    closeFirst = false;
    expect(await desk.dispatch('desktop.signInWithSso', { protocol: 'saml' })).toMatchObject({ ok: true, data: { kind: 'office', origin } });
    expect(opened).toEqual([`${origin}/sso/saml/start`, `${origin}/sso/saml/start`]);
    expect(await desk.dispatch('auth.me', {})).toMatchObject({ ok: true, data: { caller: { email: 'ada@uni.test', name: 'Ada SSO' } } });
    // Kept like a password session: the next run carries on.
    const nextRun = desktopDispatch({ local: () => ({ ok: true, data: null }), folder: dir, secrets: fakeKeychain(true) });
    expect(await nextRun.dispatch('auth.me', {})).toMatchObject({ ok: true, data: { caller: { email: 'ada@uni.test' } } });
    nextRun.close();
    desk.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads only the office’s own __Host- session cookie', () => {
    const origin = 'https://rapport.example.edu';
    const token = 'T'.repeat(43);
    const cookie: SeenCookie = { name: '__Host-rapport-session', value: token, domain: 'rapport.example.edu', hostOnly: true, path: '/', secure: true };
    expect(sessionFromCookies(origin, [cookie])).toBe(token);
    for (const wrong of [
      { secure: false },
      { hostOnly: false, domain: '.example.edu' },
      { domain: 'idp.example.edu' },
      { path: '/sso' },
      { name: 'rapport-session' },
      { value: 'short' },
    ]) {
      expect(sessionFromCookies(origin, [{ ...cookie, ...wrong }]), JSON.stringify(wrong)).toBeNull();
    }
  });

  it('trusts the chosen office CA in the sign-in window only for the office’s host, and only what it signed for that name', async () => {
    const origin = officeAt(officePort);
    const check = (hostname: string, pem: string, ca: string | null = caPem, errorCode = -202) =>
      officeCertificateVerdict({ hostname, errorCode, certificate: { data: pem } }, origin, ca);
    expect(check('127.0.0.1', officeTls.cert)).toBe(certificateVerdicts.accept);
    // Signed by the office CA, but for another name.
    expect(check('127.0.0.1', otherTls.cert)).toBe(certificateVerdicts.refuse);
    // Not signed by the office CA at all.
    const stranger = await generate([{ name: 'commonName', value: '127.0.0.1' }], { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' });
    expect(check('127.0.0.1', stranger.cert)).toBe(certificateVerdicts.refuse);
    expect(check('127.0.0.1', 'not a certificate')).toBe(certificateVerdicts.refuse);
    // The identity provider, an accepted certificate, or no CA chosen: Chromium's own verification decides.
    expect(check('idp.uni.test', officeTls.cert)).toBe(certificateVerdicts.chromiumDecides);
    expect(check('127.0.0.1', officeTls.cert, caPem, 0)).toBe(certificateVerdicts.chromiumDecides);
    expect(check('127.0.0.1', officeTls.cert, null)).toBe(certificateVerdicts.chromiumDecides);
  });
});
