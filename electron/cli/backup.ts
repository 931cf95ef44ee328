import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertFolderExists, createBackup, restoreFile, restoreOntoEmptyPath } from '../core/backups/service';
import { closeDatabase, openDatabase } from '../core/office/database';
import { DatabaseOpenError } from '../core/errors';
import { sourceMigrationsFolder } from '../core/paths';
import { UsageError } from './usage';

/** `rapport backup [--out FILE]`: a verified copy into the backups folder, or to FILE. */
export async function runBackup(dbPath: string, out: string | undefined): Promise<string> {
  if (out !== undefined) {
    if (existsSync(out)) throw new UsageError(`${out} already exists; choose a new file name.`);
    assertFolderExists(resolve(out));
  }
  const db = await openDatabase({ path: dbPath, migrationsFolder: sourceMigrationsFolder });
  try {
    const backup = await createBackup(db, 'manual', out === undefined ? undefined : resolve(out));
    return `Verified backup written to ${backup.path} (${(backup.bytes / 1024 / 1024).toFixed(1)} MB, ${backup.counts.students} students, ${backup.counts.interactions} interactions).`;
  } finally {
    closeDatabase(db);
  }
}

/**
 * `rapport restore FILE`: verifies FILE, keeps the current database aside as a verified backup, and
 * puts FILE in its place. When the current file is damaged it has been moved aside already, so the
 * backup goes straight into the free place.
 */
export async function runRestore(dbPath: string, file: string | undefined): Promise<string> {
  if (!file) throw new UsageError('Which backup? rapport restore FILE');
  const backupPath = resolve(file);
  // Restoring is asking for this file to be replaced: a damaged one is moved aside first (never deleted).
  const options = { path: dbPath, migrationsFolder: sourceMigrationsFolder, moveDamagedAside: true };
  let db;
  try {
    db = await openDatabase(options);
  } catch (error) {
    if (!(error instanceof DatabaseOpenError) || !error.recovery) throw error;
    const restored = await restoreOntoEmptyPath(options, backupPath);
    closeDatabase(restored);
    return `${dbPath} was damaged and moved aside to ${error.recovery.movedTo}. Restored ${backupPath} in its place.`;
  }
  try {
    const result = await restoreFile(db, backupPath);
    return `Restored ${backupPath}: ${result.counts.students} students, ${result.counts.interactions} interactions. The previous data was kept aside as backups/${result.keptAside}.`;
  } finally {
    closeDatabase(db);
  }
}
