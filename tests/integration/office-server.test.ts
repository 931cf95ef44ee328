import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerForSession, sessionCallerWithoutTouch } from '../../electron/core/auth/sessions';
import { sourceRoot } from '../../electron/core/paths';
import { addUser } from '../../electron/core/users/service';
import { officeConfig, OfficeConfigError } from '../../electron/office/config';
import { createOfficeHost, type OfficeHost } from '../../electron/office/server';
import { listenOn } from '../../electron/web/http';
import { freshDb, present, type TestDb } from './helpers';
import { send, type Reply } from './http-reply';

// The office server as browsers meet it: TLS with a generated self-signed certificate on loopback, real accounts
// and sessions on a fresh database with the real migrations, the cookie, the CSRF Origin check, the security
// headers, body limits, and live updates from one session's write to another's open stream.

const password = 'kettle-orchard-lantern-42';
let t: TestDb | undefined;
let host: OfficeHost | undefined;
let cert = '';
let port = 0;
let staticDir = '';
const origin = () => `https://127.0.0.1:${port}`;

beforeAll(async () => {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    notAfterDate: new Date(Date.now() + 24 * 3600_000),
    keyType: 'ec',
    curve: 'P-256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  cert = pems.cert;
  t = await freshDb();
  for (const [email, role] of [
    ['ada@office.test', 'admin'],
    ['bo@office.test', 'advisor'],
  ] as const) {
    await addUser(t.db, 'test', { email, name: email.split('@')[0] ?? email, role, password });
  }
  staticDir = mkdtempSync(join(tmpdir(), 'rapport-office-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Rapport</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'index-Ab12Cd34.js'), 'export {};');
  host = createOfficeHost({
    db: t.db,
    staticDir,
    config: { host: '127.0.0.1', tls: { certFile: 'cert.pem', keyFile: 'key.pem' }, publicOrigin: null },
    tls: { cert: pems.cert, key: pems.private },
    sessions: { callerForSession, sessionCallerWithoutTouch },
    heartbeatMs: 200,
  });
  port = await listenOn(host.server, 0, '127.0.0.1');
});

afterAll(() => {
  host?.server.close();
  host?.live.close();
  t?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

function call(method: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers = { 'content-type': 'application/json', ...options.headers };
  return send(request, { host: '127.0.0.1', port, path, method, ca: cert, servername: 'localhost', headers }, options.body);
}

const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  call('POST', `/api/${name}`, { body: JSON.stringify(input), headers: { origin: origin(), ...headers } });

function cookieOf(reply: Reply): string {
  const set = present(reply.headers['set-cookie'], 'Set-Cookie')[0] ?? '';
  return set.split(';')[0] ?? '';
}

async function signIn(email: string): Promise<string> {
  const reply = await api('auth.signIn', { email, password });
  expect(reply.status).toBe(200);
  return cookieOf(reply);
}

/** Opens GET /api/live for a session and collects what arrives; `ended` resolves when the server closes it. */
function openLive(cookie: string): Promise<{ res: IncomingMessage; received: () => string; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/live', method: 'GET', ca: cert, servername: 'localhost', headers: { cookie, 'sec-fetch-site': 'same-origin' } },
      (res) => {
        let text = '';
        const ended = new Promise<void>((done) => res.on('end', done));
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        resolve({ res, received: () => text, ended });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

describe('starting the office server', () => {
  it('refuses a non-loopback address without TLS, and a wildcard address without the public origin', () => {
    expect(() => officeConfig({ db: 'x.db', host: '0.0.0.0' })).toThrow(/without TLS/);
    expect(() => officeConfig({ db: 'x.db', host: '192.0.2.7' })).toThrow(OfficeConfigError);
    expect(() => officeConfig({ db: 'x.db', host: '0.0.0.0', 'tls-cert': 'c', 'tls-key': 'k' })).toThrow(/--public-origin/);
    expect(() => officeConfig({ db: 'x.db', host: '192.0.2.7', 'public-origin': 'http://rapport.example.edu' })).toThrow(/https/);
    expect(() => officeConfig({ db: 'x.db', 'tls-cert': 'c' })).toThrow(/go together/);
    expect(officeConfig({ db: 'x.db', host: '192.0.2.7', 'tls-cert': 'c', 'tls-key': 'k' }).tls).toEqual({ certFile: 'c', keyFile: 'k' });
    expect(officeConfig({ db: 'x.db', host: '0.0.0.0', 'public-origin': 'https://rapport.example.edu' }).publicOrigin).toBe('https://rapport.example.edu');
    expect(officeConfig({ db: 'x.db' }).host).toBe('127.0.0.1');
  });

  it('`npm run office` on 0.0.0.0 without TLS exits 64 with the reason, before opening anything', async () => {
    const outcome = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', join(sourceRoot, 'electron/office/run.ts'), '--db', join(tmpdir(), 'never.db'), '--host', '0.0.0.0'],
        {
          cwd: sourceRoot,
          timeout: 30_000,
        },
      );
      let stderr = '';
      child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(outcome.code).toBe(64);
    expect(outcome.stderr).toMatch(/Refusing to listen on 0\.0\.0\.0 without TLS/);
  }, 40_000);
});

describe('office server over TLS', () => {
  it('serves the app with HSTS, CSP, nosniff, no framing and no referrer', async () => {
    const reply = await call('GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('lets browsers keep the hash-named code and asks for the page that names it every time', async () => {
    expect((await call('GET', '/')).headers['cache-control']).toBe('no-cache');
    const code = await call('GET', '/assets/index-Ab12Cd34.js');
    expect(code.status).toBe(200);
    expect(code.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await call('GET', '/index.html')).headers['cache-control']).toBe('no-cache');
  });

  it('answers no foreign Host (DNS rebinding)', async () => {
    const reply = await call('GET', '/', { headers: { host: 'evil.example:443' } });
    expect(reply.status).toBe(403);
  });

  it('refuses API calls without a session (401), whatever the procedure', async () => {
    for (const name of ['students.list', 'users.list', 'no.such']) {
      const reply = await api(name, {});
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
  });

  it('refuses API calls with a missing or foreign Origin (403, CSRF), even signed in', async () => {
    const cookie = await signIn('ada@office.test');
    const missing = await call('POST', '/api/auth.me', { body: '{}', headers: { cookie } });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/no Origin header/) } });
    const foreign = await api('auth.me', {}, { cookie, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: { message: expect.stringMatching(/evil\.example/) } });
    expect((await api('auth.me', {}, { cookie })).status).toBe(200);
  });

  it('signs in with a __Host- cookie: HttpOnly, Secure, SameSite=Strict, Path=/; the token is nowhere else', async () => {
    const reply = await api('auth.signIn', { email: 'bo@office.test', password });
    expect(reply.status).toBe(200);
    const set = present(reply.headers['set-cookie'])[0] ?? '';
    expect(set).toMatch(/^__Host-rapport-session=[A-Za-z0-9_-]{40,}; /);
    const attributes = set.split('; ').slice(1);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict', 'Secure']));
    expect(attributes.some((a) => /^Max-Age=\d+$/.test(a))).toBe(true);
    expect(attributes.some((a) => /^Domain=/i.test(a))).toBe(false);
    const token = cookieOf(reply).split('=')[1] ?? '';
    expect(reply.text).not.toContain(token);
    const me = await api('auth.me', {}, { cookie: cookieOf(reply) });
    expect(me.body).toMatchObject({ ok: true, data: { mode: 'office', caller: { email: 'bo@office.test', role: 'advisor' } } });
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(me.headers['x-frame-options']).toBe('DENY');
  });

  it('a wrong password is 401; repeated failures are 429 with Retry-After', async () => {
    let last: Reply | undefined;
    for (let i = 0; i < 6; i += 1) last = await api('auth.signIn', { email: 'nobody@office.test', password: 'wrong-password-x' });
    expect(last?.status).toBe(429);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    expect(last?.body).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  it('limits bodies: 1 MB for ordinary calls (413), and reads no body at all without a session', async () => {
    const cookie = await signIn('ada@office.test');
    const big = JSON.stringify({ query: 'x'.repeat(1_100_000) });
    const signedIn = await call('POST', '/api/search.quick', { body: big, headers: { origin: origin(), cookie } });
    expect(signedIn.status).toBe(413);
    expect(signedIn.body).toMatchObject({ error: { code: 'invalid_input', message: 'The request is larger than 1 MB.' } });
    const anonymous = await call('POST', '/api/imports.preview', { body: big, headers: { origin: origin() } });
    expect(anonymous.status).toBe(401);
  });

  it("pushes a write's areas (never its records) to other sessions within 2 s; sign-out ends the stream", async () => {
    const writer = await signIn('ada@office.test');
    const reader = await signIn('bo@office.test');
    const readerLive = await openLive(reader);
    const writerLive = await openLive(writer);
    // The same user's other tab: told like anyone else.
    const writerOtherTab = await openLive(writer);
    expect(readerLive.res.statusCode).toBe(200);
    expect(readerLive.res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(await until(() => writerLive.received().includes('event: hello'), 2000)).toBe(true);
    const hello = /event: hello\ndata: (.*)\n/.exec(writerLive.received())?.[1] ?? '{}';
    const stream = (JSON.parse(hello) as { stream: string }).stream;

    const created = await api('contacts.create', { firstName: 'Grace', lastName: 'Hopper' }, { cookie: writer, 'x-rapport-stream': stream });
    expect(created.status).toBe(200);
    expect(await until(() => readerLive.received().includes('event: change'), 2000)).toBe(true);
    const event = /event: change\ndata: (.*)\n/.exec(readerLive.received())?.[1] ?? '{}';
    const change = JSON.parse(event) as { areas: string[] };
    expect(change.areas).toContain('contacts');
    expect(Object.keys(change)).toEqual(['areas']);
    expect(readerLive.received()).not.toMatch(/Grace|Hopper/);
    expect(await until(() => writerOtherTab.received().includes('event: change'), 2000)).toBe(true);
    // The writing tab refreshes from its own answer; its stream is not told.
    expect(writerLive.received()).not.toContain('event: change');
    writerOtherTab.res.destroy();

    const out = await api('auth.signOut', {}, { cookie: reader });
    expect(present(out.headers['set-cookie'])[0]).toMatch(/^__Host-rapport-session=; .*Max-Age=0/);
    await expect(Promise.race([readerLive.ended.then(() => 'ended'), new Promise((r) => setTimeout(() => r('open'), 2000))])).resolves.toBe('ended');
    expect((await api('auth.me', {}, { cookie: reader })).body).toMatchObject({ data: { caller: null } });
    expect((await api('students.list', {}, { cookie: reader })).status).toBe(401);
    const again = await call('GET', '/api/live', { headers: { cookie: reader } });
    expect(again.status).toBe(401);
    writerLive.res.destroy();
  });

  it('refuses the live stream to another site', async () => {
    const cookie = await signIn('ada@office.test');
    const reply = await call('GET', '/api/live', { headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(reply.status).toBe(403);
  });
});
