import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabaseFile } from '../../electron/core/db/check';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { sourceMigrationsFolder, sourceRoot } from '../../electron/core/paths';
import { tempDir } from './helpers';

// A lock is not damage: a healthy file another program holds must never be called damaged, moved aside or
// changed; read-only opens leave no trace; folders and unwritable files get plain words.

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

const sha1 = (path: string) => createHash('sha1').update(readFileSync(path)).digest('hex');

/** A Rapport database with one advisor in it, closed (no -wal/-shm beside it). */
async function healthyFile(): Promise<{ dir: string; path: string }> {
  const temp = tempDir();
  cleanups.push(temp.cleanup);
  const path = join(temp.dir, 'rapport.db');
  const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder });
  db.sqlite.prepare(`insert into advisors (name, email) values ('Dana Lee', 'dana@example.edu')`).run();
  closeDatabase(db);
  return { dir: temp.dir, path };
}

/** A healthy file whose pages after the first are scrambled: SQLite header intact, quick_check fails. */
async function damagedFile(): Promise<{ dir: string; path: string }> {
  const file = await healthyFile();
  const bytes = readFileSync(file.path);
  for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0xa5;
  writeFileSync(file.path, bytes);
  return file;
}

/**
 * Another program holding the file locked for a minute: a WAL file in exclusive locking mode inside an
 * exclusive transaction keeps every other connection out, readers included. Resolves once the lock is held.
 */
function holdLock(path: string): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('begin exclusive');
    db.prepare('select count(*) from advisors').get();
    process.stdout.write('locked\\n');
    setTimeout(() => db.close(), 60000);`;
  const child = spawn(process.execPath, ['-e', script, path], {
    cwd: sourceRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(() => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
}

const beside = (dir: string) => readdirSync(dir).sort();

describe('a database another program holds locked', () => {
  it('is busy, never damaged: not moved aside, not changed, and opens once the other program lets go', { timeout: 60_000 }, async () => {
    const { dir, path } = await healthyFile();
    const before = sha1(path);
    const holder = await holdLock(path);
    const started = Date.now();
    // As the desktop app and browser mode open the office's own file: the one case where damage is moved aside.
    const error = await openDatabase({
      path,
      migrationsFolder: sourceMigrationsFolder,
      moveDamagedAside: true,
    }).catch((e: unknown) => e);
    expect(Date.now() - started, 'waited for the lock (busy_timeout) before answering').toBeGreaterThanOrEqual(4500);
    expect(error).toMatchObject({ name: 'DatabaseOpenError', problem: 'busy', recovery: undefined });
    expect(String(error)).toMatch(/in use by another program/);
    expect(String(error)).not.toMatch(/damaged|moved aside/);
    expect(sha1(path)).toBe(before);
    expect(beside(dir).some((f) => f.includes('.damaged-'))).toBe(false);

    // `rapport check` says the same: a lock is not a problem of the file.
    expect(() => checkDatabaseFile(path)).toThrow(/in use by another program/);

    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder, moveDamagedAside: true });
    expect(db.sqlite.prepare('select name from advisors').pluck().all()).toEqual(['Dana Lee']);
    closeDatabase(db);
  });
});

describe('opening only to read (stats, check)', () => {
  it('changes nothing and creates no -wal/-shm beside a healthy file', async () => {
    const { dir, path } = await healthyFile();
    const before = sha1(path);
    const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder, readOnly: true });
    expect(db.sqlite.prepare('select count(*) from advisors').pluck().get()).toBe(1);
    expect(beside(dir)).toEqual(['rapport.db']);
    closeDatabase(db);
    expect(checkDatabaseFile(path)).toMatchObject({ ok: true });
    expect(beside(dir)).toEqual(['rapport.db']);
    expect(sha1(path)).toBe(before);
  });

  it('reports a damaged file, moves nothing and creates no -wal/-shm beside it', async () => {
    const { dir, path } = await damagedFile();
    const before = sha1(path);
    const report = checkDatabaseFile(path);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/malformed|corrupt|damaged/i);
    expect(beside(dir)).toEqual(['rapport.db']);
    // Even when asked to move damage aside, a read-only open leaves the file where it is.
    await expect(openDatabase({ path, migrationsFolder: sourceMigrationsFolder, readOnly: true, moveDamagedAside: true })).rejects.toMatchObject({
      problem: 'corrupt',
      recovery: undefined,
    });
    // Left where it is, with the way on.
    await expect(openDatabase({ path, migrationsFolder: sourceMigrationsFolder })).rejects.toThrow(
      /left untouched\. To put a backup in its place: rapport --db .*rapport\.db restore /,
    );
    expect(beside(dir)).toEqual(['rapport.db']);
    expect(sha1(path)).toBe(before);
  });

  it('does not create a database that is not there', async () => {
    const temp = tempDir();
    cleanups.push(temp.cleanup);
    const path = join(temp.dir, 'typo.db');
    await expect(openDatabase({ path, migrationsFolder: sourceMigrationsFolder, readOnly: true })).rejects.toMatchObject({ problem: 'missing' });
    expect(() => checkDatabaseFile(path)).toThrow(/does not exist/);
    expect(beside(temp.dir)).toEqual([]);
  });
});

describe('paths that are not database files', () => {
  it('names a folder as a folder, in plain words, and leaves it alone', async () => {
    const temp = tempDir();
    cleanups.push(temp.cleanup);
    const folder = join(temp.dir, 'office');
    mkdirSync(folder);
    for (const options of [{}, { moveDamagedAside: true }, { readOnly: true }]) {
      const error = await openDatabase({ path: folder, migrationsFolder: sourceMigrationsFolder, ...options }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'DatabaseOpenError', problem: 'not_a_file' });
      expect(String(error)).toMatch(/is a folder, not a database file/);
      expect(String(error)).not.toMatch(/EISDIR|internal/);
    }
    expect(() => checkDatabaseFile(folder)).toThrow(/is a folder, not a database file/);
    expect(beside(temp.dir)).toEqual(['office']);
    expect(beside(folder)).toEqual([]);
  });
});
