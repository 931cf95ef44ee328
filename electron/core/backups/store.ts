import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { backupReasons, type Backup, type BackupReason } from '../../../shared/api/backups';
import { backupStamp, fileTableCounts, inspectDatabaseFile } from '../db/backup';
import { AppError } from '../errors';

// The backups folder beside the database: verified copies named by time and reason, each with a small
// manifest of the row counts it was verified against.

export function backupsFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

/** Backups are named after their database ("rapport-…" for rapport.db), so two offices in one folder never mix. */
function prefixOf(databasePath: string): string {
  return basename(databasePath, extname(databasePath));
}

export function backupFileName(databasePath: string, at: Date, reason: BackupReason): string {
  return `${prefixOf(databasePath)}-${backupStamp(at)}-${reason}.db`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function parseBackupName(databasePath: string, name: string): { createdAt: string; reason: BackupReason } | null {
  const pattern = new RegExp(
    `^${escape(prefixOf(databasePath))}-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${backupReasons.join('|')})\\.db$`,
  );
  const m = pattern.exec(name);
  const reason = backupReasons.find((r) => r === m?.[6]);
  if (!m || !reason) return null;
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason };
}

const manifestSchema = z.object({ tableCounts: z.record(z.string(), z.number()) });

/** The counts a backup is shown with, from the row count of every table. */
export function summaryCounts(counts: Record<string, number>): Backup['counts'] {
  return {
    students: counts.students ?? 0,
    contacts: counts.contacts ?? 0,
    connections: counts.connections ?? 0,
    interactions: counts.interactions ?? 0,
    events: counts.events ?? 0,
  };
}

export function writeManifest(backupPath: string, counts: Record<string, number>): void {
  writeFileSync(`${backupPath}.json`, JSON.stringify({ tableCounts: counts }, null, 2), { mode: 0o600 });
}

/** Row counts of a backup: from its manifest, else read from the file itself (older copies have none). */
function countsOf(path: string, nativeBinding: string | undefined): Record<string, number> {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(`${path}.json`, 'utf8'))).tableCounts;
  } catch {
    return fileTableCounts(path, nativeBinding);
  }
}

/** Every backup of this database in its backups folder, newest first. */
export function listBackups(databasePath: string, nativeBinding?: string): Backup[] {
  const folder = backupsFolder(databasePath);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((fileName) => {
      const parsed = parseBackupName(databasePath, fileName);
      if (!parsed) return [];
      const path = join(folder, fileName);
      try {
        return [{ fileName, ...parsed, bytes: statSync(path).size, counts: summaryCounts(countsOf(path, nativeBinding)) }];
      } catch {
        // A file that cannot be read is not offered as a backup.
        return [];
      }
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Before-restore copies hold the data a restore replaced: they stay at least this long, whatever the number kept. */
export const beforeRestoreKeptDays = 30;

/**
 * The backups that keeping the newest `keep` would delete, oldest last. A before-restore copy younger than
 * 30 days is never among them: lowering the number kept must not take the only copy of what a restore replaced.
 */
export function backupsBeyond(databasePath: string, keep: number, nativeBinding?: string, now = new Date()): Backup[] {
  const protectedAfter = now.getTime() - beforeRestoreKeptDays * 24 * 60 * 60 * 1000;
  return listBackups(databasePath, nativeBinding)
    .slice(keep)
    .filter((backup) => !(backup.reason === 'before-restore' && Date.parse(backup.createdAt) > protectedAfter));
}

/** Removes these backups with their manifests; returns their file names. */
export function removeBackups(databasePath: string, backups: Backup[]): string[] {
  const folder = backupsFolder(databasePath);
  for (const backup of backups) {
    rmSync(join(folder, backup.fileName), { force: true });
    rmSync(join(folder, `${backup.fileName}.json`), { force: true });
  }
  return backups.map((backup) => backup.fileName);
}

/** Keeps the newest `keep` backups (and recent before-restore copies) and removes the rest. */
export function pruneBackups(databasePath: string, keep: number, nativeBinding?: string): number {
  return removeBackups(databasePath, backupsBeyond(databasePath, keep, nativeBinding)).length;
}

/** The newest backup that passes verification now (a file named like a backup is not enough). */
export function newestVerifiedBackup(databasePath: string, nativeBinding?: string): string | null {
  for (const backup of listBackups(databasePath, nativeBinding)) {
    try {
      verifyBackupFile(join(backupsFolder(databasePath), backup.fileName), nativeBinding);
      return backup.fileName;
    } catch {
      // The next older one is tried.
    }
  }
  return null;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** A file is a Rapport backup when it is SQLite, passes quick_check and carries Rapport's migrations. */
export function verifyBackupFile(path: string, nativeBinding?: string): Record<string, number> {
  const name = path.split(/[\\/]/).pop() ?? path;
  const refuse = (why: string) =>
    new AppError('invalid_input', `${name} is not a valid Rapport backup: ${why}. Nothing was changed.`, {
      field: 'fileName',
    });
  if (!existsSync(path)) throw new AppError('not_found', `There is no backup named ${name}.`, { field: 'fileName' });
  const fd = openSync(path, 'r');
  const header = Buffer.alloc(16);
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) throw refuse('it is not an SQLite database');
  } finally {
    closeSync(fd);
  }
  let found: ReturnType<typeof inspectDatabaseFile>;
  try {
    found = inspectDatabaseFile(path, nativeBinding);
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
  if (!('isRapport' in found)) throw refuse(`it is damaged (${found.problems.slice(0, 2).join('; ')})`);
  if (!found.isRapport) throw refuse('it is an SQLite database of another program');
  return found.counts;
}
