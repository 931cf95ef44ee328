import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { connect } from './client';

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
    counts[name] = sqlite.prepare(`select count(*) from "${name.replace(/"/g, '""')}"`).pluck().get() as number;
  }
  return counts;
}

export function quickCheck(sqlite: Database.Database): string[] {
  const rows = sqlite.prepare('pragma quick_check').pluck().all() as string[];
  return rows.length === 1 && rows[0] === 'ok' ? [] : rows;
}

/**
 * Copies the live database with SQLite's online backup into a temporary name, verifies the copy
 * (quick_check and the same row count in every table) and only then renames it into place.
 */
export async function createVerifiedBackup(source: Database.Database, destination: string, nativeBinding?: string): Promise<BackupResult> {
  mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
  if (existsSync(destination)) throw new Error(`A backup already exists at ${destination}.`);
  const temporary = `${destination}.partial`;
  rmSync(temporary, { force: true });
  try {
    const expected = tableCounts(source);
    await source.backup(temporary);
    // Same native build as the source: inside Electron the Node build of better-sqlite3 cannot load.
    const copy = connect(temporary, { readonly: false, nativeBinding });
    try {
      // A backup is one self-contained file: no -wal/-shm beside it.
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
    renameSync(temporary, destination);
    if (process.platform !== 'win32') chmodSync(destination, 0o600);
    return { path: destination, bytes: statSync(destination).size, tableCounts: expected };
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
