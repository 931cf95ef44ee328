import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDemoOffice } from '../../electron/core/office/service';
import { ReadPool } from '../../electron/office/read-pool';
import { createWebHost, listen } from '../../electron/web/server';
import { freshDb, present, type TestDb } from './helpers';

// Browser mode answers reads on reader threads as the office server does (so a screen's calls are worked out side by
// side), and a reader answers as browser mode's single user: no sign-in, "I am" chooses whose day it is, and a write
// made by the page is in the next read.

const token = 'web-read-pool-token-0123456789';
let t: TestDb | undefined;
let pool: ReadPool | undefined;
let server: Server | undefined;
let port = 0;

beforeAll(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 300, seed: 5 });
  pool = new ReadPool({ path: t.path, size: 2 });
  await pool.whenReady();
  server = createWebHost({ db: t.db, staticDir: null, token, port: 0, reads: pool });
  port = await listen(server, 0);
}, 120_000);

afterAll(async () => {
  server?.close();
  await pool?.close();
  t?.close();
});

async function api(name: string, input: unknown): Promise<{ ok: boolean; data?: Record<string, unknown>; error?: { code: string } }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rapport-token': token },
    body: JSON.stringify(input),
  });
  return response.json() as Promise<{ ok: boolean; data?: Record<string, unknown> }>;
}

describe('browser mode with reader threads', () => {
  it('answers on the main thread until a reader is up (a reader from source compiles the core first)', async () => {
    const starting = new ReadPool({ path: present(t, 'database').path, size: 1 });
    try {
      expect(starting.handles('students.list')).toBe(false);
      await starting.whenReady();
      expect(starting.handles('students.list')).toBe(true);
    } finally {
      await starting.close();
    }
  });

  it('runs a screen’s long calls on every reader when asked to (browser mode), and keeps one reader for quick calls by default', async () => {
    const path = present(t, 'database').path;
    const workerUrl = new URL('./support/slow-reader.ts', import.meta.url);
    const twoLongCalls = async (pool: ReadPool) => {
      while (!pool.handles('dashboard.office') || !pool.handles('dashboard.readiness')) await pool.whenReady();
      // Both readers up: the slow reader answers at once on start, so give the second its moment.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.now();
      await Promise.all([pool.run('dashboard.office', {}, null), pool.run('dashboard.readiness', {}, null)]);
      return performance.now() - started;
    };
    const sideBySide = new ReadPool({ path, size: 2, longReaders: 2, workerUrl });
    const oneFree = new ReadPool({ path, size: 2, workerUrl });
    try {
      // 400 ms each: side by side ≈ 400 ms, one after the other ≈ 800 ms.
      expect(await twoLongCalls(sideBySide)).toBeLessThan(700);
      expect(await twoLongCalls(oneFree)).toBeGreaterThanOrEqual(790);
    } finally {
      await Promise.all([sideBySide.close(), oneFree.close()]);
    }
    expect(() => new ReadPool({ path, size: 2, longReaders: 3, workerUrl })).toThrow(/between 1 and 2 readers/);
  });

  it('answers reads on a reader, as the single user, and writes on the main thread', async () => {
    const run = vi.spyOn(present(pool, 'pool'), 'run');
    const [office, day, me] = await Promise.all([api('dashboard.office', {}), api('myDay.get', {}), api('auth.me', {})]);
    expect(office.ok).toBe(true);
    // Single-user mode: no session to check; "I am" is chosen here (on the office server, the signed-in user is).
    expect(day).toMatchObject({ ok: true, data: { mayChooseAdvisor: true } });
    expect(me).toMatchObject({ ok: true, data: { mode: 'single', caller: null } });
    expect(run.mock.calls.map(([name]) => name).sort()).toEqual(['dashboard.office', 'myDay.get']);

    const advisorId = Number(present(t, 'database').db.sqlite.prepare('select id from advisors order by id limit 1').pluck().get());
    expect(await api('settings.update', { currentAdvisorId: advisorId })).toMatchObject({ ok: true });
    expect(run.mock.calls.map(([name]) => name)).not.toContain('settings.update');
    // The reader's next snapshot has the write.
    expect(await api('myDay.get', {})).toMatchObject({ ok: true, data: { advisor: { id: advisorId } } });
    run.mockRestore();
  });
});
