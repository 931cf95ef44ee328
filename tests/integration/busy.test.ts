import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exitCodes, printError, UsageError } from '../../electron/cli/usage';
import { toApiError } from '../../electron/core/dispatch';
import { AppError } from '../../electron/core/errors';
import { sourceRoot } from '../../electron/core/paths';
import { createWebHost, listen } from '../../electron/web/server';
import { freshDb, procedures, type TestDb } from './helpers';

// Another program (a second window, the CLI, the office server) holding the write lock for a moment must
// make a write wait its turn, not fail; a lock held too long is a "busy, try again" conflict, never internal.

/**
 * A separate process takes the write lock (BEGIN IMMEDIATE plus a write, so the file moves on) and commits
 * after `ms`. It must be another process: the write under test blocks this thread while it waits.
 */
const touchSetting = "insert into settings (key, value) values ('test.lockHolder', '1') on conflict(key) do update set value = value + 1";

function holdWriteLock(path: string, ms: number, write = touchSetting): Promise<{ child: ChildProcess; released: Promise<void> }> {
  // Another Rapport program: its connections carry the core's SQL functions (the name-key triggers call one).
  const code = `
    (async () => {
      const Database = require('better-sqlite3');
      const { registerNameKey } = await import('./electron/core/db/name-key.ts');
      const db = new Database(process.argv[1]);
      registerNameKey(db);
      db.exec('begin immediate');
      db.exec(process.argv[3]);
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('commit'); db.close(); process.stdout.write('released\\n'); }, Number(process.argv[2]));
    })();
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', code, path, String(ms), write], {
    cwd: sourceRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let onRelease: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (onRelease = resolve));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('released')) onRelease();
      if (output.includes('locked')) resolve({ child, released });
    });
    child.on('exit', (exitCode) => {
      onRelease();
      if (!output.includes('locked')) reject(new Error(`lock holder exited with ${exitCode}`));
    });
  });
}

let t: TestDb;
let connectionId: number;
const api = procedures(() => t.db);
const roster = (n: number) =>
  Buffer.from(['Student ID,First Name,Last Name,Email', `B${n},Busy,Student${n},busy${n}@example.edu`].join('\n')).toString('base64');

beforeEach(async () => {
  t = await freshDb();
  const student = api.call('students.create', {
    firstName: 'Ada',
    lastName: 'Lovelace',
    schoolEmail: 'ada@example.edu',
  });
  const contact = api.call('contacts.create', { firstName: 'Grace', lastName: 'Hopper' });
  connectionId = api.call('connections.create', {
    studentId: student.id,
    contactId: contact.id,
    relationship: 'met_at_event',
    sinceOn: '2026-01-10',
  }).id;
});
afterEach(() => t.close());

describe('writers wait their turn', () => {
  it('a write procedure whose transaction reads first waits for a short lock held by another process and succeeds', async () => {
    const { released } = await holdWriteLock(t.path, 300);
    api.call('interactions.create', {
      connectionId,
      kind: 'conversation',
      occurredOn: '2026-03-01',
      summary: 'after the lock',
    });
    await released;
    expect(t.db.sqlite.prepare(`select value from settings where key = 'test.lockHolder'`).pluck().get()).toBe('1');
  });

  it('an import waits for a short lock held by another process and commits', async () => {
    const { released } = await holdWriteLock(t.path, 300);
    expect(api.call('imports.commit', { kind: 'students', fileName: 'one.csv', content: roster(1) })).toMatchObject({
      committed: true,
    });
    await released;
  });

  it('a lock held longer than busy_timeout is a conflict ("busy, try again"), not internal; nothing is written', async () => {
    t.db.sqlite.pragma('busy_timeout = 200');
    const before = t.db.sqlite.prepare('select count(*) from interactions').pluck().get();
    const { released } = await holdWriteLock(t.path, 1500);
    const error = api.fails('interactions.create', {
      connectionId,
      kind: 'conversation',
      occurredOn: '2026-03-01',
      summary: 'too soon',
    });
    expect(error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/busy with another task.*try again/),
    });
    await released;
    expect(t.db.sqlite.prepare('select count(*) from interactions').pluck().get()).toBe(before);
  });

  it('the web host answers a busy database with 409 conflict, never 500', async () => {
    t.db.sqlite.pragma('busy_timeout = 200');
    const token = 'busy-test-token-0123456789';
    const server: Server = createWebHost({ db: t.db, staticDir: null, token, port: 0 });
    const port = await listen(server, 0);
    try {
      const { released } = await holdWriteLock(t.path, 1500);
      const response = await fetch(`http://127.0.0.1:${port}/api/interactions.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rapport-token': token, host: `127.0.0.1:${port}` },
        body: JSON.stringify({ connectionId, kind: 'conversation', occurredOn: '2026-03-01', summary: 'over http' }),
      });
      expect({ status: response.status, body: await response.json() }).toMatchObject({
        status: 409,
        body: { ok: false, error: { code: 'conflict' } },
      });
      await released;
    } finally {
      server.close();
    }
  });
});

describe('a check and the write it guards hold the lock together', () => {
  it('loading the demo office while another program adds the first student gives one "already holds", not a demo on top', async () => {
    const empty = await freshDb();
    try {
      const { released } = await holdWriteLock(empty.path, 300, "insert into students (first_name, last_name) values ('Other', 'Window')");
      const error = procedures(() => empty.db).fails('app.loadDemo', { students: 20, seed: 3 });
      await released;
      expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('already holds 1 students') });
      expect(empty.db.sqlite.prepare('select count(*) from students').pluck().get()).toBe(1);
    } finally {
      empty.close();
    }
  });
});

describe('every busy or locked code is a conflict', () => {
  it('SQLITE_BUSY_SNAPSHOT (a read transaction overtaken by another writer) is a conflict', () => {
    const reader = new Database(t.path);
    const writer = new Database(t.path);
    let caught: unknown;
    try {
      reader.exec('begin');
      reader.prepare('select count(*) from students').get();
      writer.prepare(`insert into settings (key, value) values ('test.overtake', '1')`).run();
      reader.prepare(`insert into settings (key, value) values ('test.stale', '1')`).run();
    } catch (error) {
      caught = error;
    } finally {
      if (reader.inTransaction) reader.exec('rollback');
      reader.close();
      writer.close();
    }
    expect(caught).toMatchObject({ code: 'SQLITE_BUSY_SNAPSHOT' });
    expect(toApiError(caught)).toMatchObject({ code: 'conflict', message: expect.stringMatching(/busy.*try again/) });
  });

  it('SQLITE_LOCKED (a table in use by a running statement of the same connection) is a conflict', () => {
    const db = new Database(t.path);
    // better-sqlite3 refuses this itself unless told to let SQLite answer.
    db.unsafeMode(true);
    let caught: unknown;
    try {
      db.exec('create table scratch (x); insert into scratch values (1), (2)');
      for (const _row of db.prepare('select x from scratch').iterate()) {
        db.exec('drop table scratch');
      }
    } catch (error) {
      caught = error;
    } finally {
      db.close();
    }
    expect(caught).toMatchObject({ code: expect.stringMatching(/^SQLITE_LOCKED/) });
    expect(toApiError(caught).code).toBe('conflict');
  });

  it.each([
    'SQLITE_BUSY',
    'SQLITE_BUSY_RECOVERY',
    'SQLITE_BUSY_SNAPSHOT',
    'SQLITE_BUSY_TIMEOUT',
    'SQLITE_LOCKED',
    'SQLITE_LOCKED_SHAREDCACHE',
    'SQLITE_LOCKED_VTAB',
  ])('%s is a conflict', (code) => {
    expect(toApiError(new Database.SqliteError('database is locked', code))).toMatchObject({ code: 'conflict' });
  });

  it('the CLI says "busy, try again" and exits 75 (EX_TEMPFAIL), for a raw SQLite error and for a dispatched answer', () => {
    const printed: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => printed.push(String(chunk)) > 0);
    try {
      expect(printError(new Database.SqliteError('database is locked', 'SQLITE_BUSY_RECOVERY'), UsageError)).toBe(exitCodes.busy);
      const answer = toApiError(new Database.SqliteError('database is locked', 'SQLITE_BUSY'));
      expect(printError(new AppError(answer.code, answer.message, answer.details), UsageError)).toBe(exitCodes.busy);
    } finally {
      spy.mockRestore();
    }
    expect(exitCodes.busy).toBe(75);
    expect(printed.join('')).toBe('rapport: The database is busy with another task; try again in a moment.\n'.repeat(2));
  });
});
