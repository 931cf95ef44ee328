import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/api/backups';
import { createBackup, restoreFile } from '../../electron/core/backups/service';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { fileDestination, writeFileAtomic } from '../../electron/core/export/write-file';
import { createDemoOffice } from '../../electron/core/office/service';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { freshDb, tempDir, type TestDb } from './helpers';

// Issue 13 item 6: every file that holds student records is 0600 from its first byte, whatever the umask
// (never chmod-ed after the fact), and a crash's leftover `.partial` copies are removed by the next backup.

const mode = (path: string) => statSync(path).mode & 0o777;
let umask: number;
// The usual desktop umask: files are created 0644 unless the code asks for less.
beforeAll(() => {
  umask = process.umask(0o022);
});
afterAll(() => {
  process.umask(umask);
});

describe.skipIf(process.platform === 'win32')('files are private from birth', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb();
    createDemoOffice(t.db, { students: 20, seed: 6, today: new Date('2026-11-26T12:00:00Z') });
  });
  afterEach(() => t.close());

  it('a new database, its -wal and -shm are created 0600', async () => {
    const temp = tempDir();
    try {
      const path = join(temp.dir, 'office', 'rapport.db');
      const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder });
      try {
        // -wal and -shm are made while the file is opened; they take the database file's mode at that moment.
        expect({ db: mode(path), wal: mode(`${path}-wal`), shm: mode(`${path}-shm`) }).toEqual({
          db: 0o600,
          wal: 0o600,
          shm: 0o600,
        });
      } finally {
        closeDatabase(db);
      }
    } finally {
      temp.cleanup();
    }
  });

  it('a backup copy is 0600 while it is written (.partial) and after; the restore leaves no temporary file', async () => {
    const pending = createBackup(t.db, 'manual');
    // The copy is under way: its temporary file exists already, empty and private, before SQLite writes into it.
    const partials = readdirSync(join(t.dir, 'backups')).filter((name) => name.endsWith('.partial'));
    expect(partials).toHaveLength(1);
    expect(mode(join(t.dir, 'backups', partials[0] ?? ''))).toBe(0o600);
    const backup: Backup & { path: string } = await pending;
    expect(mode(backup.path)).toBe(0o600);
    expect(mode(`${backup.path}.json`)).toBe(0o600);

    const restored = await restoreFile(t.db, backup.path);
    expect(mode(join(t.dir, 'backups', restored.keptAside))).toBe(0o600);
    expect(readdirSync(join(t.dir, 'backups')).filter((name) => name.includes('.partial') || name.includes('restoring'))).toEqual([]);
  });

  it('exports are created 0600, written whole or streamed', async () => {
    const whole = join(t.dir, 'export.csv');
    writeFileAtomic(whole, Buffer.from('a,b\n'));
    expect(mode(whole)).toBe(0o600);
    const streamed = join(t.dir, 'export.xlsx');
    await fileDestination(streamed)(
      async (out) => {
        out.end('bytes');
      },
      (keep) => keep(),
    );
    expect(mode(streamed)).toBe(0o600);
  });

  it('removes the .partial copies a killed backup left behind, and leaves one a running process is writing', async () => {
    const folder = join(t.dir, 'backups');
    mkdirSync(folder, { recursive: true });
    // A pid that is not running (above the kernel's limit), and this test's parent process, which is.
    const dead = join(folder, 'rapport-2026-11-26T09-00-00-000Z-manual.db.4194305.partial');
    const live = join(folder, `rapport-2026-11-26T09-00-00-000Z-manual.db.${process.ppid}.partial`);
    const oldLive = join(folder, `rapport-2026-11-20T09-00-00-000Z-manual.db.${process.ppid}.partial`);
    for (const path of [dead, `${dead}-journal`, live, oldLive]) writeFileSync(path, '');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(oldLive, twoDaysAgo, twoDaysAgo);
    await createBackup(t.db, 'manual');
    expect([dead, `${dead}-journal`, live, oldLive].map((path) => existsSync(path))).toEqual([false, false, true, false]);
  });
});
