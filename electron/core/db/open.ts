import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { backupsFolder, newestVerifiedBackup } from '../backups/store';
import { DatabaseOpenError } from '../errors';
import { backupStamp, createPrivateFile, createVerifiedBackup, quickCheck } from './backup';
import { connect, usePageCache, wrap, type Db } from './client';
import { assertDatabaseFile, assertWritable, busyTimeoutMs, connectForReading, isDamageError, openFailure } from './file-access';

export interface OpenOptions {
  path: string;
  migrationsFolder: string;
  /** Where the verified pre-migration copy goes; defaults to a backups/ folder beside the file. */
  backupDir?: string;
  nativeBinding?: string;
  /**
   * Set only when this is the office's own database opened by the app (desktop, browser mode on the default
   * office, `restore`): a file that is certainly damaged (not SQLite, or quick_check fails on a readable
   * file) is then moved aside under a dated name (never overwritten, never replaced by an empty one) and
   * the error names where it went. Otherwise — a path someone typed, a read-only command — it is left as it is.
   * A file another program holds locked is `busy`, never damaged, and is never moved.
   */
  moveDamagedAside?: boolean;
  /**
   * Only read (`stats`): no pragma, no migration, nothing created or written beside the file. A missing,
   * empty or outdated file is an error rather than a new or updated database.
   */
  readOnly?: boolean;
  /** The person chose to start an empty office although a damaged file was moved aside. */
  startEmpty?: boolean;
}

const openedWith = new WeakMap<Db, OpenOptions>();

/** How a Db was opened, to open its file again after a restore. */
export function openOptionsOf(db: Db): OpenOptions | undefined {
  return openedWith.get(db);
}

/** A file moved aside earlier, beside `path` (the newest), if any. */
function damagedSibling(path: string): string | null {
  const folder = dirname(path);
  if (!existsSync(folder)) return null;
  const prefix = `${basename(path)}.damaged-`;
  const moved = readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && !name.endsWith('-wal') && !name.endsWith('-shm'))
    .sort();
  const newest = moved.at(-1);
  return newest ? join(folder, newest) : null;
}

function recoveryOffer(path: string, nativeBinding: string | undefined): { newestBackup: string | null; text: string } {
  const newestBackup = newestVerifiedBackup(path, nativeBinding);
  const text = newestBackup
    ? ` The newest verified backup is ${newestBackup}; restore it from the recovery page or with \`rapport restore ${join(backupsFolder(path), newestBackup)}\`.`
    : ' There is no verified backup to restore.';
  return { newestBackup, text };
}

/** Student records are readable by this account only (SQLite gives -wal/-shm the same mode). */
export function ownerOnly(path: string): void {
  if (path === ':memory:' || process.platform === 'win32') return;
  try {
    chmodSync(path, 0o600);
    // Left by an older version that made them before the file was private; SQLite keeps an existing file's mode.
    for (const suffix of ['-wal', '-shm']) if (existsSync(`${path}${suffix}`)) chmodSync(`${path}${suffix}`, 0o600);
  } catch {
    // A file on a share that refuses chmod still opens; its folder's permissions then decide.
  }
}

/**
 * Before SQLite opens the file: a new database is created empty with mode 0600 (SQLite gives the -wal and
 * -shm it creates the database file's mode), and an existing one is made private before they are created —
 * student records are never readable by other accounts, not even for the moment before a chmod.
 */
function privateFromBirth(path: string): void {
  if (process.platform === 'win32') return;
  try {
    createPrivateFile(path);
  } catch {
    // It exists already (or the folder refuses): made private below, or the open reports the problem.
  }
  ownerOnly(path);
}

/** A damaged database left where it is (a CLI command, a path typed with --db): how to put a backup in its place. */
function withRestoreHint(error: unknown, options: OpenOptions): unknown {
  if (!(error instanceof DatabaseOpenError) || error.problem !== 'corrupt' || options.path === ':memory:') return error;
  const newest = newestVerifiedBackup(options.path, options.nativeBinding);
  const backup = newest ? join(backupsFolder(options.path), newest) : 'BACKUP-FILE';
  return new DatabaseOpenError('corrupt', options.path, `${error.message} To put a backup in its place: rapport --db ${options.path} restore ${backup}`);
}

/** Renames a damaged file (and its -wal/-shm) to `<name>.damaged-<time>`, beside it. */
function moveAside(path: string): string {
  const movedTo = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${movedTo}${suffix}`);
  }
  return movedTo;
}

function checkIntegrity(sqlite: Database.Database, path: string): void {
  let problems: string[];
  try {
    problems = quickCheck(sqlite);
  } catch (error) {
    // Only SQLite's own "malformed"/"not a database" answers are damage; a lock (SQLITE_BUSY) is not.
    if (!isDamageError(error))
      throw openFailure(error, path, (reason) => new DatabaseOpenError('unreadable', path, `Could not read ${path}: ${reason}. It was left untouched.`));
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length > 0) {
    throw new DatabaseOpenError('corrupt', path, `${path} is damaged (integrity check: ${problems.slice(0, 3).join('; ')}). It was left untouched.`);
  }
}

function pendingMigrationCount(sqlite: Database.Database, migrationsFolder: string): number {
  const migrations = readMigrationFiles({ migrationsFolder });
  const hasTable = sqlite.prepare(`select 1 from sqlite_schema where type = 'table' and name = '__drizzle_migrations'`).get();
  if (!hasTable) return migrations.length;
  const last = sqlite.prepare('select max(created_at) from __drizzle_migrations').pluck().get() as number | null;
  return migrations.filter((m) => last === null || m.folderMillis > last).length;
}

function isRapportDatabase(sqlite: Database.Database): boolean {
  return sqlite.prepare(`select 1 from sqlite_schema where type = 'table' and name = '__drizzle_migrations'`).get() !== undefined;
}

function holdsData(sqlite: Database.Database): boolean {
  const tables = sqlite.prepare(`select count(*) from sqlite_schema where type = 'table' and name not like 'sqlite_%'`).pluck().get() as number;
  return tables > 0;
}

function applyPragmas(sqlite: Database.Database): void {
  usePageCache(sqlite);
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('journal_mode = WAL');
  // better-sqlite3 leaves WAL at NORMAL, where a committed write can roll back on power loss.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
}

/**
 * Opens (or creates) the Rapport database: refuses non-SQLite or damaged files without touching them,
 * sets durability pragmas, and applies pending migrations after a verified backup when data exists.
 */
export async function openDatabase(options: OpenOptions): Promise<Db> {
  // After a damaged file was moved aside, an empty office is made only when asked for (startEmpty):
  // otherwise quitting the recovery and starting again would silently open a new, empty database.
  const missing = options.path !== ':memory:' && (!existsSync(options.path) || statSync(options.path).size === 0);
  const moved = missing && !options.startEmpty ? damagedSibling(options.path) : null;
  if (moved) {
    const offer = recoveryOffer(options.path, options.nativeBinding);
    throw new DatabaseOpenError(
      'not_sqlite',
      options.path,
      `${options.path} was moved aside to ${moved} because it was damaged, and no database has replaced it yet.${offer.text}`,
      { movedTo: moved, newestBackup: offer.newestBackup },
    );
  }
  try {
    const db = await openFile(options);
    openedWith.set(db, options);
    if (options.readOnly !== true) ownerOnly(options.path);
    return db;
  } catch (error) {
    const damaged = error instanceof DatabaseOpenError && (error.problem === 'corrupt' || error.problem === 'not_sqlite');
    if (!damaged || options.moveDamagedAside !== true || options.readOnly === true || options.path === ':memory:') throw withRestoreHint(error, options);
    const movedTo = moveAside(options.path);
    const offer = recoveryOffer(options.path, options.nativeBinding);
    throw new DatabaseOpenError(
      error.problem,
      options.path,
      `${error.message.replace(/ It was left untouched\.$/, '')} It was moved aside to ${movedTo} (nothing was deleted).${offer.text}`,
      { movedTo, newestBackup: offer.newestBackup },
    );
  }
}

async function openFile(options: OpenOptions): Promise<Db> {
  const { path, migrationsFolder } = options;
  const inMemory = path === ':memory:';
  const readOnly = options.readOnly === true && !inMemory;
  if (!inMemory) {
    assertDatabaseFile(path, { mustExist: readOnly });
    if (!readOnly) {
      makeFolder(path);
      assertWritable(path);
      privateFromBirth(path);
    }
  }

  let sqlite: Database.Database;
  try {
    sqlite = readOnly ? connectForReading(path, options.nativeBinding) : connect(path, { readonly: false, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw openFailure(error, path, (reason) => new DatabaseOpenError('unreadable', path, `Could not open ${path}: ${reason}`));
  }

  try {
    // Wait for another program's lock before reading a page: what it holds is busy, not damaged.
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    checkIntegrity(sqlite, path);
    if (!inMemory && holdsData(sqlite) && !isRapportDatabase(sqlite)) {
      throw new DatabaseOpenError('not_rapport', path, `${path} is an SQLite database of another program, not a Rapport database. It was left untouched.`);
    }
    if (readOnly) return readOnlyDb(sqlite, path, migrationsFolder);
    applyPragmas(sqlite);
    const pending = pendingMigrationCount(sqlite, migrationsFolder);
    if (pending > 0 && !inMemory && holdsData(sqlite)) {
      const backupDir = options.backupDir ?? join(path, '..', 'backups');
      const destination = join(backupDir, `rapport-${backupStamp(new Date())}-before-migration.db`);
      try {
        await createVerifiedBackup(sqlite, destination, options.nativeBinding);
      } catch (error) {
        throw openFailure(error, path, (reason) => new DatabaseOpenError('backup_failed', path, `Could not back up ${path} before updating it: ${reason}`));
      }
    }
    if (pending > 0) {
      const db = wrap(path, sqlite);
      try {
        migrate(db.orm, { migrationsFolder });
      } catch (error) {
        throw openFailure(error, path, (reason) => new DatabaseOpenError('migration_failed', path, `Could not update ${path} to this version: ${reason}`));
      }
      return db;
    }
    return wrap(path, sqlite);
  } catch (error) {
    sqlite.close();
    throw openFailure(error, path, (reason) => new DatabaseOpenError('unreadable', path, `Could not open ${path}: ${reason}`));
  }
}

/** First run on a new machine: the user-data folder may not exist yet. Only this account may enter it. */
function makeFolder(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw openFailure(
      error,
      path,
      (reason) => new DatabaseOpenError('unreadable', path, `Could not create the folder ${dirname(path)} for ${path}: ${reason}.`),
    );
  }
}

/** A Rapport database of this version, only read: anything else is said, not changed. */
function readOnlyDb(sqlite: Database.Database, path: string, migrationsFolder: string): Db {
  if (!isRapportDatabase(sqlite)) {
    throw new DatabaseOpenError('not_rapport', path, `${path} is not a Rapport database (it holds no Rapport data). It was left untouched.`);
  }
  if (pendingMigrationCount(sqlite, migrationsFolder) > 0) {
    throw new DatabaseOpenError(
      'outdated',
      path,
      `${path} was written by an older version of Rapport. Open it once with the app (or a command that changes it, such as \`rapport backup\`) to update it; it was left untouched.`,
    );
  }
  return wrap(path, sqlite);
}

/** Brings an open database up to this version (after a restore put an older backup's pages in place). */
export function applyPendingMigrations(db: Db, migrationsFolder: string): void {
  if (pendingMigrationCount(db.sqlite, migrationsFolder) > 0) migrate(db.orm, { migrationsFolder });
}

export function closeDatabase(db: Db): void {
  if (!db.sqlite.open) return;
  // A read-only connection changes nothing, statistics included.
  if (db.sqlite.readonly) {
    db.sqlite.close();
    return;
  }
  try {
    // Keeps the planner's statistics current, as SQLite recommends before closing.
    db.sqlite.pragma('optimize');
  } catch {
    // A full disk or a busy file must not keep the app from closing: statistics can wait.
  }
  db.sqlite.close();
}
