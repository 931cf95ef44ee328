import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createVerifiedBackup } from '../../electron/core/db/backup';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { openReadReplica } from '../../electron/core/db/read-replica';
import { DatabaseOpenError } from '../../electron/core/errors';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { freshDb, tempDir, type TestDb } from './helpers';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

async function track(db: Promise<TestDb>): Promise<TestDb> {
  const t = await db;
  cleanups.push(() => t.close());
  return t;
}

describe('opening the database', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const { db } = await track(freshDb());
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('gives the writer and a reader thread’s replica a 64 MB page cache (the default 2 MB re-reads a large office’s indexes)', async () => {
    const t = await track(freshDb());
    expect(t.db.sqlite.pragma('cache_size', { simple: true })).toBe(-65536);
    const replica = openReadReplica(t.path);
    try {
      expect(replica.sqlite.pragma('cache_size', { simple: true })).toBe(-65536);
    } finally {
      replica.sqlite.close();
    }
  });

  it('refuses a file that is not SQLite, moving it aside byte for byte (never overwritten)', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'rapport.db');
    const content = Buffer.from('name,email\nDana Lee,dana@example.com\n');
    writeFileSync(path, content);
    const error = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder, moveDamagedAside: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DatabaseOpenError', problem: 'not_sqlite' });
    const moved = readdirSync(dir);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatch(/^rapport\.db\.damaged-\d{4}-\d{2}-\d{2}T/);
    expect(readFileSync(join(dir, moved[0] ?? '')).equals(content)).toBe(true);
    expect(String(error)).toMatch(/moved aside to .*damaged.*There is no verified backup to restore/);
    // Unless the app opens the office's own file (moveDamagedAside), the file stays exactly where it was.
    writeFileSync(path, content);
    const listing = readdirSync(dir).sort();
    await expect(openDatabase({ path, migrationsFolder: sourceMigrationsFolder, moveDamagedAside: false })).rejects.toMatchObject({ problem: 'not_sqlite' });
    await expect(openDatabase({ path, migrationsFolder: sourceMigrationsFolder })).rejects.toMatchObject({
      problem: 'not_sqlite',
      recovery: undefined,
    });
    expect(readFileSync(path).equals(content)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(listing);
  });

  it('moves a damaged SQLite file aside unchanged and offers the newest verified backup', async () => {
    const t = await track(freshDb());
    t.db.sqlite.prepare(`insert into advisors (name, email) values ('A', 'a@example.edu')`).run();
    await createVerifiedBackup(t.db.sqlite, join(t.dir, 'backups', 'rapport-2026-11-20T09-00-00-000Z-daily.db'));
    t.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    closeDatabase(t.db);
    const bytes = readFileSync(t.path);
    // Keep the header, scramble the pages after it.
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0xa5;
    writeFileSync(t.path, bytes);
    // A real verified copy, and a newer file that only looks like one: the offer must skip the fake.
    writeFileSync(join(t.dir, 'backups', 'rapport-2026-11-21T09-00-00-000Z-daily.db'), 'stand-in');
    const error = await openDatabase({
      path: t.path,
      migrationsFolder: sourceMigrationsFolder,
      moveDamagedAside: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect(error).toMatchObject({
      problem: 'corrupt',
      recovery: { newestBackup: 'rapport-2026-11-20T09-00-00-000Z-daily.db' },
    });
    expect(String(error)).toMatch(/damaged.*moved aside to .*The newest verified backup is rapport-2026-11-20T09-00-00-000Z-daily\.db/);
    expect(readdirSync(t.dir).includes('rapport.db')).toBe(false);
    const moved = readdirSync(t.dir).find((f) => /^rapport\.db\.damaged-[^-]/.test(f) && !f.endsWith('-wal') && !f.endsWith('-shm'));
    expect(readFileSync(join(t.dir, moved ?? '')).equals(bytes)).toBe(true);
    // Opening again must not quietly make an empty office where the damaged one was.
    const again = await openDatabase({ path: t.path, migrationsFolder: sourceMigrationsFolder }).catch((e: unknown) => e);
    expect(again).toMatchObject({ recovery: { newestBackup: 'rapport-2026-11-20T09-00-00-000Z-daily.db' } });
    expect(String(again)).toMatch(/was moved aside to .*no database has replaced it yet/);
    expect(readdirSync(t.dir).includes('rapport.db')).toBe(false);
    const empty = await openDatabase({ path: t.path, migrationsFolder: sourceMigrationsFolder, startEmpty: true });
    expect(empty.sqlite.prepare('select count(*) from advisors').pluck().get()).toBe(0);
    closeDatabase(empty);
  });

  it('backs up a database that holds data before applying new migrations, and verifies the copy', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    // An "older version" of Rapport: only the first migration.
    const oldMigrations = join(dir, 'old-migrations');
    mkdirSync(join(oldMigrations, 'meta'), { recursive: true });
    const journal = JSON.parse(readFileSync(join(sourceMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    const first = journal.entries[0];
    if (!first) throw new Error('no migrations');
    writeFileSync(join(oldMigrations, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: [first] }));
    copyFileSync(join(sourceMigrationsFolder, `${first.tag}.sql`), join(oldMigrations, `${first.tag}.sql`));

    const path = join(dir, 'rapport.db');
    const old = await openDatabase({ path, migrationsFolder: oldMigrations });
    old.sqlite.prepare(`insert into advisors (name, email) values ('Dana Lee', 'dana@example.edu')`).run();
    closeDatabase(old);

    const upgraded = await openDatabase({
      path,
      migrationsFolder: sourceMigrationsFolder,
      backupDir: join(dir, 'backups'),
    });
    closeDatabase(upgraded);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/before-migration\.db$/);
    const copy = new Database(join(dir, 'backups', backups[0] ?? ''), { readonly: true });
    expect(copy.prepare('select name from advisors').pluck().all()).toEqual(['Dana Lee']);
    // The copy is the old version: no search index yet.
    expect(copy.prepare(`select count(*) from sqlite_schema where name = 'students_fts'`).pluck().get()).toBe(0);
    copy.close();
  });

  it('creates the data folder on a new machine', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'Rapport', 'nested', 'rapport.db');
    const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder });
    closeDatabase(db);
    expect(existsSync(path)).toBe(true);
  });

  it('refuses another program’s SQLite database and leaves it untouched', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'photos.db');
    const other = new Database(path);
    other.exec(`create table photos (id integer primary key, name text); insert into photos (name) values ('beach.jpg');`);
    other.close();
    const before = readFileSync(path);
    await expect(openDatabase({ path, migrationsFolder: sourceMigrationsFolder })).rejects.toMatchObject({
      problem: 'not_rapport',
    });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['photos.db']);
  });

  it('makes the backup copy with the same native build as the database', async () => {
    const t = await track(freshDb());
    const destination = join(t.dir, 'copy.db');
    await expect(createVerifiedBackup(t.db.sqlite, destination, join(t.dir, 'missing', 'better_sqlite3.node'))).rejects.toThrow();
    expect(existsSync(destination)).toBe(false);
    await createVerifiedBackup(t.db.sqlite, destination);
    expect(existsSync(destination)).toBe(true);
    expect(readdirSync(t.dir).filter((f) => f.startsWith('copy.db'))).toEqual(['copy.db']);
  });

  it('does not back up a brand-new empty database', async () => {
    const t = await track(freshDb());
    expect(existsSync(join(t.dir, 'backups'))).toBe(false);
  });
});

describe('the schema', () => {
  it('keeps the audit log append-only', async () => {
    const { db } = await track(freshDb());
    db.sqlite.prepare(`insert into audit_log (actor, action, entity) values ('test', 'export', 'students')`).run();
    expect(() => db.sqlite.prepare(`update audit_log set actor = 'someone else'`).run()).toThrow(/append-only/);
    expect(() => db.sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(db.sqlite.prepare('select actor from audit_log').pluck().all()).toEqual(['test']);
  });

  it('rejects values outside every enum and malformed dates', async () => {
    const { db } = await track(freshDb());
    expect(() => db.sqlite.prepare(`insert into students (first_name, last_name, status) values ('A', 'B', 'expelled')`).run()).toThrow(/CHECK/);
    expect(() =>
      db.sqlite.prepare(`insert into events (title, kind, format, starts_at, ends_at) values ('E', 'party', 'virtual', '2026-01-01', '2026-01-01')`).run(),
    ).toThrow(/CHECK/);
    db.sqlite.prepare(`insert into students (first_name, last_name) values ('A', 'B')`).run();
    db.sqlite.prepare(`insert into employers (name) values ('Acme')`).run();
    expect(() =>
      db.sqlite.prepare(`insert into placements (student_id, employer_id, kind, role, start_on) values (1, 1, 'internship', 'Intern', '2026-13-45')`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.sqlite
        .prepare(
          `insert into placements (student_id, employer_id, kind, role, start_on, end_on) values (1, 1, 'internship', 'Intern', '2026-06-01', '2026-05-01')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('enforces foreign keys with deliberate delete behaviour', async () => {
    const { db } = await track(freshDb());
    const run = (q: string) => db.sqlite.prepare(q).run();
    run(`insert into students (first_name, last_name) values ('A', 'B')`);
    run(`insert into employers (name) values ('Acme')`);
    run(`insert into contacts (first_name, last_name, employer_id) values ('Dana', 'Lee', 1)`);
    run(`insert into connections (student_id, contact_id, relationship) values (1, 1, 'supervisor')`);
    run(`insert into interactions (connection_id, kind, occurred_on) values (1, 'thank_you_note', '2026-09-01')`);
    run(`insert into placements (student_id, employer_id, kind, role, start_on) values (1, 1, 'internship', 'Intern', '2026-06-01')`);
    expect(() => run(`insert into connections (student_id, contact_id, relationship) values (99, 1, 'mentor')`)).toThrow(/FOREIGN KEY/);
    // An employer with placements cannot be deleted.
    expect(() => run('delete from employers where id = 1')).toThrow(/FOREIGN KEY/);
    // Deleting a student removes their connections and interactions with them.
    run('delete from students where id = 1');
    expect(db.sqlite.prepare('select count(*) from interactions').pluck().get()).toBe(0);
    expect(db.sqlite.prepare('select count(*) from contacts').pluck().get()).toBe(1);
    // The same student cannot be connected twice in the same relationship.
    run(`insert into students (first_name, last_name) values ('C', 'D')`);
    run(`insert into connections (student_id, contact_id, relationship) values (2, 1, 'mentor')`);
    expect(() => run(`insert into connections (student_id, contact_id, relationship) values (2, 1, 'mentor')`)).toThrow(/UNIQUE/);
  });

  it('has an index for every foreign key', async () => {
    const { db } = await track(freshDb());
    const tables = db.sqlite
      .prepare(`select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' and name not like '%fts%' and name <> '__drizzle_migrations'`)
      .pluck()
      .all() as string[];
    const missing: string[] = [];
    for (const table of tables) {
      const fks = db.sqlite.prepare(`select "from" from pragma_foreign_key_list(?)`).pluck().all(table) as string[];
      const indexes = db.sqlite.prepare(`select name from pragma_index_list(?)`).pluck().all(table) as string[];
      const leading = new Set(
        indexes.map((index) => (db.sqlite.prepare('select name from pragma_index_info(?) where seqno = 0').pluck().get(index) as string | undefined) ?? ''),
      );
      // An INTEGER PRIMARY KEY is the rowid: the table's own b-tree is that column's index (pragma_index_list omits it).
      const rowidKey = db.sqlite
        .prepare(
          `select name from pragma_table_info(?) where pk = 1 and upper(type) = 'INTEGER' and (select count(*) from pragma_table_info(?) where pk > 0) = 1`,
        )
        .pluck()
        .get(table, table);
      if (typeof rowidKey === 'string') leading.add(rowidKey);
      for (const column of fks) if (!leading.has(column)) missing.push(`${table}.${column}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the student search index in step with edits', async () => {
    const { db } = await track(freshDb());
    db.sqlite
      .prepare(`insert into students (first_name, last_name, school_email, external_id) values ('Zoë', 'Okafor', 'zoe.okafor@northfield.edu', 'S777')`)
      .run();
    const search = (q: string) => db.sqlite.prepare('select rowid from students_fts where students_fts match ?').pluck().all(q);
    expect(search('"zoe"*')).toEqual([1]);
    expect(search('"S777"')).toEqual([1]);
    db.sqlite.prepare(`update students set last_name = 'Mbeki' where id = 1`).run();
    expect(search('last_name:"okafor"')).toEqual([]);
    expect(search('"mbeki"')).toEqual([1]);
    db.sqlite.prepare('delete from students where id = 1').run();
    expect(search('"mbeki"')).toEqual([]);
  });
});

describe('file permissions', () => {
  it.skipIf(process.platform === 'win32')('keeps the database and its folder to this account', async () => {
    const { statSync } = await import('node:fs');
    const { dir, cleanup } = tempDir();
    const path = join(dir, 'data', 'rapport.db');
    const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder });
    try {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
    } finally {
      closeDatabase(db);
      cleanup();
    }
  });
});
