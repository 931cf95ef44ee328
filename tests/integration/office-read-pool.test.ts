import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureNames } from '../../shared/api/contract';
import { createDemoOffice } from '../../electron/core/office/service';
import { addUser } from '../../electron/core/users/service';
import { ReadPool, runsOnReader } from '../../electron/office/read-pool';
import type { OfficeHost } from '../../electron/office/server';
import { loopbackOfficeHost } from './support/office-http';
import { listenOn } from '../../electron/web/http';
import { freshDb, present, type TestDb } from './helpers';
import { send, type Reply } from './http-reply';

// Item 8: one busy advisor does not stall the office. The same office file is served twice — by a host whose reads
// and exports run on reader threads, and by one that runs every call on its main thread — and in each, while a
// director's bulk exports are under way, another user's caseload page is timed. Also: a reader's export is
// recorded by the writer (one audit row, the real actor), and a reader that dies answers `internal` and is replaced.

const password = 'kettle-orchard-lantern-42';
const students = 2500;
let t: TestDb | undefined;
let pool: ReadPool | undefined;
const hosts: { pooled?: { host: OfficeHost; port: number }; single?: { host: OfficeHost; port: number } } = {};
let advisorId = 0;

async function serve(reads: ReadPool | null): Promise<{ host: OfficeHost; port: number }> {
  const db = present(t, 'database').db;
  const host = loopbackOfficeHost(db, reads);
  return { host, port: await listenOn(host.server, 0, '127.0.0.1') };
}

beforeAll(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students, seed: 3 });
  advisorId = Number(t.db.sqlite.prepare('select id from advisors order by id limit 1').pluck().get());
  await addUser(t.db, 'test', { email: 'dee@office.test', name: 'Dee Director', role: 'director', password });
  await addUser(t.db, 'test', { email: 'ann@office.test', name: 'Ann Advisor', role: 'advisor', advisorId, password });
  pool = new ReadPool({ path: t.path, size: 2 });
  await pool.whenReady();
  hosts.pooled = await serve(pool);
  hosts.single = await serve(null);
}, 120_000);

afterAll(async () => {
  hosts.pooled?.host.server.close();
  hosts.single?.host.server.close();
  await pool?.close();
  t?.close();
});

function api(port: number, name: string, input: unknown, cookie = ''): Promise<Reply> {
  const headers = { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}`, ...(cookie ? { cookie } : {}) };
  return send(request, { host: '127.0.0.1', port, path: `/api/${name}`, method: 'POST', headers }, JSON.stringify(input));
}

async function signIn(port: number, email: string): Promise<string> {
  const reply = await api(port, 'auth.signIn', { email, password });
  expect(reply.status).toBe(200);
  return (present(reply.headers['set-cookie'], 'Set-Cookie')[0] ?? '').split(';')[0] ?? '';
}

/** While two whole-office exports run, the advisor's caseload page is asked for again and again: the slowest answer. */
async function caseloadDuringExports(port: number): Promise<{ slowestMs: number; perSecond: number; probes: number; exportMs: number }> {
  const director = await signIn(port, 'dee@office.test');
  const advisor = await signIn(port, 'ann@office.test');
  const started = performance.now();
  const exports = Promise.all([
    api(port, 'exports.readinessReport', { format: 'xlsx' }, director),
    api(port, 'exports.references', { format: 'xlsx', includeNotAgreed: true }, director),
  ]);
  let running = true;
  void exports.finally(() => (running = false));
  const times: number[] = [];
  await new Promise((r) => setTimeout(r, 50));
  while (running) {
    const asked = performance.now();
    const page = await api(port, 'students.list', { advisorId, page: 1, pageSize: 50 }, advisor);
    if (running) times.push(performance.now() - asked);
    expect(page.status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
  }
  const done = await exports;
  for (const reply of done) expect(reply.status).toBe(200);
  const exportMs = performance.now() - started;
  return { slowestMs: Math.max(0, ...times), perSecond: (1000 * times.length) / exportMs, probes: times.length, exportMs };
}

describe('reads off the main thread (issue 15 item 8)', () => {
  it('routes reads and exports to readers, and sessions, the audit log and writes to the writer', () => {
    expect(runsOnReader('students.list')).toBe(true);
    expect(runsOnReader('dashboard.office')).toBe(true);
    expect(runsOnReader('exports.readinessReport')).toBe(true);
    expect(runsOnReader('auth.me')).toBe(false);
    expect(runsOnReader('audit.list')).toBe(false);
    expect(runsOnReader('interactions.create')).toBe(false);
    expect(runsOnReader('imports.preview')).toBe(false);
    expect(procedureNames.filter(runsOnReader).length).toBeGreaterThan(40);
  });

  it('keeps a caseload page fast while a director exports the whole office, unlike a main-thread-only host', async () => {
    const single = await caseloadDuringExports(present(hosts.single, 'single host').port);
    const pooled = await caseloadDuringExports(present(hosts.pooled, 'pooled host').port);
    console.log(
      `caseload page during two whole-office exports (${students} students): ` +
        `main thread only — slowest ${single.slowestMs.toFixed(0)} ms, ${single.perSecond.toFixed(1)} pages/s over ${single.probes} pages (exports ${single.exportMs.toFixed(0)} ms); ` +
        `2 readers — slowest ${pooled.slowestMs.toFixed(0)} ms, ${pooled.perSecond.toFixed(1)} pages/s over ${pooled.probes} pages (exports ${pooled.exportMs.toFixed(0)} ms)`,
    );
    expect(pooled.probes).toBeGreaterThan(3);
    // 100 ms is the promise; the bound leaves room for a loaded test machine (on two shared cores the main-thread
    // host's slowest page took 686 ms, the readers' 62 ms, before the 64 MB page cache; 125 ms against 65 ms after).
    // The main-thread host is held to answering clearly fewer pages in the same exports: a faster machine (or a
    // warmer cache) shortens each of the export's batches, and with them the slowest page, but every batch still
    // holds the one thread — the probe too, which runs in this process (8.7–10 pages/s against 15–20 with readers, the lower under load).
    expect(pooled.slowestMs).toBeLessThan(350);
    expect(pooled.perSecond).toBeGreaterThan(1.3 * single.perSecond);
  }, 120_000);

  it('records a reader’s export once, under the signed-in user, before answering', async () => {
    const { port } = present(hosts.pooled, 'pooled host');
    const db = present(t, 'database').db;
    const before = Number(db.sqlite.prepare(`select count(*) from audit_log where action = 'export'`).pluck().get());
    const director = await signIn(port, 'dee@office.test');
    const reply = await api(port, 'exports.readinessReport', { format: 'csv', classYear: 2027 }, director);
    expect(reply.status).toBe(200);
    const rows = db.sqlite.prepare(`select actor, entity from audit_log where action = 'export' order by id desc`).all();
    expect(rows.length).toBe(before + 1);
    expect(rows[0]).toEqual({ actor: 'Dee Director <dee@office.test>', entity: 'readiness_report' });
  });

  it('audits a refused read on the writer too', async () => {
    const { port } = present(hosts.pooled, 'pooled host');
    const db = present(t, 'database').db;
    const advisor = await signIn(port, 'ann@office.test');
    const reply = await api(port, 'backups.list', {}, advisor);
    expect(reply.status).toBe(403);
    const last = db.sqlite.prepare(`select actor, action, entity from audit_log order by id desc limit 1`).get();
    expect(last).toEqual({ actor: 'Ann Advisor <ann@office.test>', action: 'refused', entity: 'backups.list' });
  });

  it('answers internal when a reader dies mid-call; once readers keep dying, the main thread answers', async () => {
    const db = present(t, 'database').db;
    const dying = new ReadPool({ path: db.path, size: 1, workerUrl: new URL('./support/dying-reader.ts', import.meta.url) });
    const { host: fallbackHost, port } = await serve(dying);
    try {
      const advisor = await signIn(port, 'ann@office.test');
      // Each call waits for the (replaced) reader to be up: before that, the main thread would answer it.
      await dying.whenReady();
      const died = await api(port, 'students.list', {}, advisor);
      expect(died.status).toBe(500);
      expect(died.body).toMatchObject({ ok: false, error: { code: 'internal' } });
      // Three deaths in a row: the main thread answers from then on, rather than a reader that keeps failing.
      await dying.whenReady();
      await api(port, 'students.list', {}, advisor);
      await dying.whenReady();
      await api(port, 'students.list', {}, advisor);
      const after = await api(port, 'students.list', {}, advisor);
      expect(after.status).toBe(200);
    } finally {
      fallbackHost.server.close();
      await dying.close();
    }
  });
});
