import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dailyBackupIfDue } from '../../electron/core/backups/service';
import { closeDatabase } from '../../electron/core/db/open';
import { dispatchAsync } from '../../electron/core/dispatch';
import { createDemoOffice } from '../../electron/core/office/service';
import { freshDb, procedures, type TestDb, tableContent } from './helpers';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 40, seed: 4, today: new Date('2026-11-26T12:00:00Z') });
});
afterEach(() => t.close());
const { call, callAsync, fails, failsAsync } = procedures(() => t.db);

/** The office's own tables, row by row (the audit log grows with every backup and restore). */
const content = () => tableContent(t.db, (name) => !name.startsWith('sqlite_') && !name.includes('fts') && name !== 'audit_log');
const backupsDir = () => join(t.dir, 'backups');

describe('backups and restore', () => {
  it('round trip: back up, change, restore — the data equals the backup and the changed data is kept aside', async () => {
    const backup = await callAsync('backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual', counts: { students: 40 } });
    expect(existsSync(join(backupsDir(), backup.fileName))).toBe(true);
    const atBackup = content();

    call('students.create', { firstName: 'After', lastName: 'Backup', externalId: 'AFTER-1' });
    t.db.sqlite.prepare(`update contacts set title = 'Changed' where id = 1`).run();
    const changed = content();
    expect(changed).not.toBe(atBackup);

    const restored = await callAsync('backups.restore', { fileName: backup.fileName });
    expect(restored.restoredFrom).toBe(backup.fileName);
    expect(content()).toBe(atBackup);
    // The same Db object now answers from the restored file.
    expect(call('students.list', {}).total).toBe(40);

    const aside = new Database(join(backupsDir(), restored.keptAside), { readonly: true });
    expect(aside.prepare(`select count(*) from students where external_id = 'AFTER-1'`).pluck().get()).toBe(1);
    expect(aside.prepare(`select count(*) from audit_log where action = 'backup'`).pluck().get()).toBe(1);
    aside.close();
    const list = call('backups.list', {}).backups;
    expect(list.map((b) => b.reason)).toEqual(['before-restore', 'manual']);
    // The data is the backup's, the history is whole: entries written after the backup are carried forward.
    expect(t.db.sqlite.prepare(`select action from audit_log where action in ('backup', 'restore') order by id`).pluck().all()).toEqual(['backup', 'restore']);
  });

  it('restores the oldest backup when the folder is at its limit, refuses the live file, and runs one restore at a time', async () => {
    call('backups.setKeep', { keep: 2 });
    const oldest = await callAsync('backups.create', {});
    call('students.create', { firstName: 'Between', lastName: 'Backups', externalId: 'BETWEEN-1' });
    await callAsync('backups.create', {});
    const restored = await callAsync('backups.restore', { fileName: oldest.fileName });
    expect(t.db.sqlite.prepare(`select count(*) from students where external_id = 'BETWEEN-1'`).pluck().get()).toBe(0);
    expect(existsSync(join(backupsDir(), oldest.fileName))).toBe(true);
    expect(existsSync(join(backupsDir(), restored.keptAside))).toBe(true);
    const { restoreFile } = await import('../../electron/core/backups/service');
    await expect(restoreFile(t.db, t.path)).rejects.toThrow(/the open database itself/);
    const [first, second] = await Promise.allSettled([
      dispatchAsync(t.db, 'backups.restore', { fileName: oldest.fileName }),
      dispatchAsync(t.db, 'backups.restore', { fileName: oldest.fileName }),
    ]);
    const results = [first, second].map((r) => (r.status === 'fulfilled' ? r.value : null));
    expect(results.filter((r) => r?.ok === true)).toHaveLength(1);
    expect(results.find((r) => r?.ok === false)).toMatchObject({
      error: { code: 'conflict', message: expect.stringMatching(/already running/) },
    });
  });

  it('refuses a file that is not a valid Rapport backup and changes nothing', async () => {
    const before = content();
    const fake = (name: string, bytes: Buffer | string) => {
      writeFileSync(join(backupsDir(), name), bytes);
      return name;
    };
    await callAsync('backups.create', {});
    const notSqlite = fake('rapport-2026-01-01T00-00-00-000Z-manual.db', 'name,email\nx,y\n');
    expect((await failsAsync('backups.restore', { fileName: notSqlite })).message).toMatch(/is not a valid Rapport backup: it is not an SQLite database/);
    const other = new Database(join(backupsDir(), 'rapport-2026-01-02T00-00-00-000Z-manual.db'));
    other.exec("create table notes (id integer primary key, body text); insert into notes (body) values ('x')");
    other.close();
    expect((await failsAsync('backups.restore', { fileName: 'rapport-2026-01-02T00-00-00-000Z-manual.db' })).message).toMatch(
      /SQLite database of another program/,
    );
    expect((await failsAsync('backups.restore', { fileName: '../rapport.db' })).message).toMatch(/must be the name of a backup/);
    expect((await failsAsync('backups.restore', { fileName: 'rapport-2030-01-01T00-00-00-000Z-manual.db' })).message).toMatch(/There is no backup named/);
    expect(content()).toBe(before);
    expect(call('backups.list', {}).backups.some((b) => b.reason === 'before-restore')).toBe(false);
  });

  it('makes the daily copy once a day, and keeps the last N backups', async () => {
    expect(await dailyBackupIfDue(t.db)).toMatchObject({ reason: 'daily', counts: { students: 40 } });
    expect(await dailyBackupIfDue(t.db)).toBeNull();
    for (let i = 0; i < 3; i++) await callAsync('backups.create', {});
    expect(call('backups.previewKeep', { keep: 2 }).remove).toHaveLength(2);
    expect(call('backups.setKeep', { keep: 2, confirm: true })).toEqual({ keep: 2, removed: 2 });
    expect(call('backups.list', {}).backups).toHaveLength(2);
    expect(readdirSync(backupsDir()).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });
  it('lowering the number kept lists what it would delete and asks first; recent before-restore copies stay; the change is audited', async () => {
    const first = await callAsync('backups.create', {});
    await callAsync('backups.restore', { fileName: first.fileName });
    const middle = await callAsync('backups.create', {});
    const newest = await callAsync('backups.create', {});
    const list = () => call('backups.list', {});
    expect(list().backups.map((b) => b.reason)).toEqual(['manual', 'manual', 'before-restore', 'manual']);
    const audited = () => Number(t.db.sqlite.prepare(`select count(*) from audit_log`).pluck().get());
    const auditBefore = audited();

    // Keeping 1: the two older on-demand copies would go, the before-restore copy (days old, not 30) stays.
    const preview = call('backups.previewKeep', { keep: 1 });
    expect(preview.remove.map((b) => b.fileName)).toEqual([middle.fileName, first.fileName]);
    // Without confirmation nothing is deleted or saved, and the answer names the files.
    const refused = fails('backups.setKeep', { keep: 1 });
    expect(refused).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/would delete 2 older backups; nothing was changed/),
    });
    expect(list()).toMatchObject({ keep: 14 });
    expect(list().backups).toHaveLength(4);
    expect(audited()).toBe(auditBefore);

    expect(call('backups.setKeep', { keep: 1, confirm: true })).toEqual({ keep: 1, removed: 2 });
    expect(list().backups.map((b) => b.reason)).toEqual(['manual', 'before-restore']);
    expect(list().backups[0]?.fileName).toBe(newest.fileName);
    const entries = t.db.sqlite
      .prepare(`select action, entity, count, details from audit_log where id > (select max(id) - 2 from audit_log) order by id`)
      .all();
    expect(entries).toEqual([
      {
        action: 'update',
        entity: 'setting',
        count: 1,
        details: JSON.stringify({ key: 'backups.keep', from: 14, to: 1 }),
      },
      {
        action: 'delete',
        entity: 'backup',
        count: 2,
        details: JSON.stringify({ fileNames: [middle.fileName, first.fileName] }),
      },
    ]);

    // A before-restore copy older than 30 days is an ordinary old backup.
    const aged = 'rapport-2020-01-01T00-00-00-000Z-before-restore.db';
    copyFileSync(join(backupsDir(), newest.fileName), join(backupsDir(), aged));
    expect(call('backups.previewKeep', { keep: 1 }).remove.map((b) => b.fileName)).toEqual([aged]);
    // Raising the number deletes nothing and needs no confirmation.
    expect(call('backups.setKeep', { keep: 5 })).toEqual({ keep: 5, removed: 0 });
  });
});

describe('rapport backup / restore (CLI)', () => {
  const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'electron/cli/index.ts', '--db', t.path, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('backs up to a file, restores it, and restores over a damaged database that was moved aside', { timeout: 120_000 }, () => {
    const out = join(t.dir, 'copy.db');
    closeDatabase(t.db);
    const backup = cli('backup', '--out', out);
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/Verified backup written to .*copy\.db .*40 students/);
    expect(cli('backup', '--out', out).stderr).toMatch(/already exists/);
    expect(cli('restore', join(t.dir, 'nope.db')).stderr).toMatch(/There is no backup named nope\.db/);

    // Damage the live file: `stats` reports it and leaves it be; restore moves it aside and puts the copy in its place.
    const bytes = readFileSync(t.path);
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0xa5;
    writeFileSync(t.path, bytes);
    const stats = cli('stats');
    expect(stats.status).toBe(66);
    expect(stats.stderr).toMatch(/is damaged .*left untouched/);
    expect(readFileSync(t.path).equals(bytes)).toBe(true);
    const restore = cli('restore', out);
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/was damaged and moved aside to .*damaged/);
    expect(cli('stats', '--json').stdout).toMatch(/"students": 40/);
  });
});
