import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { connect, type Db } from './client';

export interface BackupResult {
  path: string;
  bytes: number;
  tableCounts: Record<string, number>;
}

/** Row count of every table, the fingerprint a backup must match. */
export function tableCounts(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite
    .prepare(
      `select name from sqlite_schema
       where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL TABLE%'
       order by name`,
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const name of tables) {
    counts[name] = sqlite
      .prepare(`select count(*) from "${name.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

export function quickCheck(sqlite: Database.Database): string[] {
  const rows = sqlite.prepare('pragma quick_check').pluck().all() as string[];
  return rows.length === 1 && rows[0] === 'ok' ? [] : rows;
}

/** Row counts of a database file, read through a read-only connection. */
export function fileTableCounts(path: string, nativeBinding?: string): Record<string, number> {
  const sqlite = connect(path, { readonly: true, nativeBinding });
  try {
    return tableCounts(sqlite);
  } finally {
    sqlite.close();
  }
}

/**
 * What a file that claims to be a backup holds: quick_check's problems, else whether Rapport's migrations made
 * it, and then its row counts. Throws what SQLite says when the file cannot be opened or read.
 */
export function inspectDatabaseFile(
  path: string,
  nativeBinding?: string,
): { problems: string[] } | { problems: []; isRapport: boolean; counts: Record<string, number> } {
  const sqlite = connect(path, { readonly: true, nativeBinding });
  try {
    const problems = quickCheck(sqlite);
    if (problems.length > 0) return { problems };
    const isRapport = sqlite.prepare(`select 1 from sqlite_schema where type = 'table' and name = '__drizzle_migrations'`).get() !== undefined;
    return { problems: [], isRapport, counts: isRapport ? tableCounts(sqlite) : {} };
  } finally {
    sqlite.close();
  }
}

/**
 * Creates an empty file only this account can read, before SQLite writes into it: a copy of student records
 * is private from its first byte (never chmod-ed after the fact), and SQLite gives the copy's -journal,
 * -wal and -shm the same mode. 'wx' refuses to reuse a file that is already there.
 */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', 0o600));
}

/** Flushes a file's bytes to the disk before it is renamed into place. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A copy under way is written to `<destination>.<pid>.partial`: the pid tells a live copy from a crash's leftover. */
export function partialName(destination: string): string {
  return `${destination}.${process.pid}.partial`;
}

const partialPattern = /\.(\d+)\.partial(-journal|-wal|-shm)?$/;
const staleAfterMs = 24 * 60 * 60 * 1000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Removes the `.partial` copies (and their -journal/-wal/-shm) a killed process left in `folder`. A copy
 * another process is still writing is left alone: its process is alive and the file is recent.
 */
export function removeStalePartials(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const pid = Number(partialPattern.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const path = join(folder, name);
    try {
      if (!processAlive(pid) || Date.now() - statSync(path).mtimeMs > staleAfterMs) rmSync(path, { force: true });
    } catch {
      // Gone already (another process cleaned it), or not ours to remove: the next backup tries again.
    }
  }
}

/** A database file with whatever SQLite left beside it. */
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Copies the live file from ONE snapshot and returns the row counts of that same snapshot.
 *
 * Why this way, under WAL: a read transaction sees one snapshot for as long as it is open, and
 * sqlite3_backup_step uses the source connection's open read transaction instead of opening one per step.
 * So a separate read-only connection opens a transaction, counts the rows (the first read fixes the
 * snapshot) and runs the online backup inside it: every page copied and every count describe the same
 * moment, while writers — this process's own connection, another window, the CLI — go on committing to
 * the WAL (a reader never blocks them). The old way (counts on the app's connection, then a backup whose
 * steps each took a new snapshot) compared a later copy with earlier counts and failed under writes.
 * VACUUM INTO also copies one snapshot, but cannot run inside a transaction, so counts taken beside it
 * could again be of another moment.
 */
async function copySnapshot(livePath: string, destination: string, nativeBinding: string | undefined): Promise<Record<string, number>> {
  const reader = connect(livePath, { readonly: true, nativeBinding });
  try {
    reader.pragma('busy_timeout = 5000');
    reader.exec('begin');
    const counts = tableCounts(reader);
    await reader.backup(destination);
    reader.exec('commit');
    return counts;
  } finally {
    reader.close();
  }
}

/** quick_check and the same row count in every table; the copy becomes one self-contained file (no -wal). */
function verifyCopy(path: string, expected: Record<string, number>, nativeBinding: string | undefined): void {
  // Same native build as the source: inside Electron the Node build of better-sqlite3 cannot load.
  const copy = connect(path, { readonly: false, nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
    const problems = quickCheck(copy);
    if (problems.length > 0) throw new Error(`The backup copy failed its check: ${problems.join('; ')}`);
    const actual = tableCounts(copy);
    for (const [table, count] of Object.entries(expected)) {
      if (actual[table] !== count) {
        throw new Error(`The backup copy has ${actual[table] ?? 0} rows in ${table}, the database has ${count}.`);
      }
    }
  } finally {
    copy.close();
  }
}

function prepare(destination: string): string {
  mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
  if (existsSync(destination)) throw new Error(`A backup already exists at ${destination}.`);
  removeStalePartials(dirname(destination));
  const temporary = partialName(destination);
  createPrivateFile(temporary);
  return temporary;
}

function finish(temporary: string, destination: string, expected: Record<string, number>, nativeBinding: string | undefined): BackupResult {
  verifyCopy(temporary, expected, nativeBinding);
  fsyncFile(temporary);
  renameSync(temporary, destination);
  return { path: destination, bytes: statSync(destination).size, tableCounts: expected };
}

/**
 * A verified backup of the open database `source` (its file is read through a separate connection, see
 * copySnapshot): copied into a private temporary name, verified (quick_check and the same row count in
 * every table as the snapshot copied), flushed, and only then renamed into place.
 */
export async function createVerifiedBackup(source: Database.Database, destination: string, nativeBinding?: string): Promise<BackupResult> {
  const temporary = prepare(destination);
  try {
    const expected = await copySnapshot(source.name, temporary, nativeBinding);
    return finish(temporary, destination, expected, nativeBinding);
  } catch (error) {
    removeDatabaseFiles(temporary);
    throw error;
  }
}

/** A verified copy of the open database (createVerifiedBackup from its connection). */
export function backupOpenDatabase(db: Db, destination: string, nativeBinding?: string): Promise<BackupResult> {
  return createVerifiedBackup(db.sqlite, destination, nativeBinding);
}

/**
 * The same verified copy, synchronously, for a caller that HOLDS THE WRITE LOCK of the live file (a
 * restore): nobody can commit, so the counts (one read transaction) and VACUUM INTO (another) see the
 * same state, and the copy is done before anything else on this thread runs.
 */
export function createVerifiedBackupWhileLocked(livePath: string, destination: string, nativeBinding?: string): BackupResult {
  const temporary = prepare(destination);
  try {
    const reader = connect(livePath, { readonly: true, nativeBinding });
    let expected: Record<string, number>;
    try {
      expected = reader.transaction(() => tableCounts(reader))();
      // Into the empty private file created above (VACUUM INTO accepts an empty file).
      reader.prepare('vacuum into ?').run(temporary);
    } finally {
      reader.close();
    }
    return finish(temporary, destination, expected, nativeBinding);
  } catch (error) {
    removeDatabaseFiles(temporary);
    throw error;
  }
}

export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
