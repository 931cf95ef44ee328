import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Backup, BackupReason } from '../../../shared/api/backups';
import { writeAudit } from '../db/audit';
import { backupOpenDatabase } from '../db/backup';
import { officeHasRecords } from '../db/bulk';
import { transaction, type Db } from '../db/client';
import { openOptionsOf } from '../db/open';
import { readSetting, writeSetting } from '../db/settings';
import { localToday } from '../dates';
import { AppError } from '../errors';
import { currentActor } from '../office/settings';
import { backupRunning, exclusive } from './exclusive';
import { restoreFile } from './restore';
import { backupFileName, backupsBeyond, backupsFolder, listBackups, pruneBackups, removeBackups, summaryCounts, writeManifest } from './store';

export { restoreFile, restoreOntoEmptyPath } from './restore';

// Backups (automatic, on demand) and restore, shared by the Backups screen, the desktop menu and the CLI.

const keepKey = 'backups.keep';
const defaultKeep = 14;

export function keepCount(db: Db): number {
  const value = readSetting(db, keepKey);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : defaultKeep;
}

function nativeBinding(db: Db): string | undefined {
  return openOptionsOf(db)?.nativeBinding;
}

function summary(fileName: string, reason: BackupReason, createdAt: string, path: string, counts: Record<string, number>): Backup {
  return {
    fileName,
    createdAt,
    reason,
    bytes: statSync(path).size,
    counts: summaryCounts(counts),
  };
}

/**
 * A verified copy (online backup → quick_check + row counts → rename). Pruning to the last N happens
 * after a new daily or on-demand copy, never during a restore (it could remove the very backup chosen).
 */
export async function createBackup(db: Db, reason: BackupReason, destination?: string): Promise<Backup & { path: string }> {
  if (db.path === ':memory:') throw new AppError('conflict', 'An in-memory database has no file to back up.');
  const at = new Date();
  const fileName = backupFileName(db.path, at, reason);
  const path = destination ?? join(backupsFolder(db.path), fileName);
  const result = await backupOpenDatabase(db, path, nativeBinding(db));
  writeManifest(path, result.tableCounts);
  if (destination === undefined && (reason === 'daily' || reason === 'manual')) pruneBackups(db.path, keepCount(db), nativeBinding(db));
  return { ...summary(fileName, reason, at.toISOString(), path, result.tableCounts), path };
}

/** The first open of each local day makes a verified copy, when there is anything to keep. */
export async function dailyBackupIfDue(db: Db, today = localToday()): Promise<Backup | null> {
  if (db.path === ':memory:') return null;
  if (!officeHasRecords(db)) return null;
  const localDay = (iso: string) => localToday(new Date(iso));
  const doneToday = listBackups(db.path, nativeBinding(db)).some((b) => localDay(b.createdAt) === today);
  return doneToday ? null : exclusive(db, () => createBackup(db, 'daily'));
}

export function backupsList(db: Db): ProcedureOutput<'backups.list'> {
  return { folder: backupsFolder(db.path), keep: keepCount(db), backups: listBackups(db.path, nativeBinding(db)) };
}

export async function backupsCreate(db: Db): Promise<ProcedureOutput<'backups.create'>> {
  const { path: _path, ...backup } = await exclusive(db, () => createBackup(db, 'manual'));
  writeAudit(db, {
    actor: currentActor(db),
    action: 'backup',
    entity: 'database',
    count: 1,
    details: { fileName: backup.fileName, bytes: backup.bytes },
  });
  return backup;
}

/** What lowering the number kept to `keep` would delete, for the screen to show before it asks. */
export function backupsPreviewKeep(db: Db, input: ParsedInput<'backups.previewKeep'>): ProcedureOutput<'backups.previewKeep'> {
  return { keep: input.keep, remove: backupsBeyond(db.path, input.keep, nativeBinding(db)) };
}

/**
 * Saves the number of backups kept. No silent mass deletion: when backups would be deleted, nothing is
 * saved unless the caller confirms (after showing `backups.previewKeep`); the change and each deleted
 * file are audited. Before-restore copies younger than 30 days are never deleted here.
 */
export function backupsSetKeep(db: Db, input: ParsedInput<'backups.setKeep'>): ProcedureOutput<'backups.setKeep'> {
  if (backupRunning(db)) throw new AppError('conflict', 'A backup or restore of this database is running; change the number kept when it has finished.');
  const previous = keepCount(db);
  const doomed = backupsBeyond(db.path, input.keep, nativeBinding(db));
  if (doomed.length > 0 && input.confirm !== true) {
    throw new AppError(
      'conflict',
      `Keeping ${input.keep} would delete ${doomed.length} older backup${doomed.length === 1 ? '' : 's'}; nothing was changed. Confirm to delete them.`,
      {
        field: 'keep',
        remove: doomed.map((backup) => backup.fileName),
      },
    );
  }
  const fileNames = doomed.map((backup) => backup.fileName);
  transaction(db, () => {
    writeSetting(db, keepKey, input.keep);
    if (previous !== input.keep)
      writeAudit(db, {
        actor: currentActor(db),
        action: 'update',
        entity: 'setting',
        count: 1,
        details: { key: keepKey, from: previous, to: input.keep },
      });
    if (fileNames.length > 0)
      writeAudit(db, {
        actor: currentActor(db),
        action: 'delete',
        entity: 'backup',
        count: fileNames.length,
        details: { fileNames },
      });
  });
  // Files are not transactional: they go once the decision (and its audit entries) is committed.
  removeBackups(db.path, doomed);
  return { keep: input.keep, removed: fileNames.length };
}

export async function backupsRestore(db: Db, input: ParsedInput<'backups.restore'>): Promise<ProcedureOutput<'backups.restore'>> {
  const result = await restoreFile(db, join(backupsFolder(db.path), input.fileName));
  return { ...result, restoredFrom: input.fileName };
}

/** The folder a CLI `--out` path would write into must exist; checked before the copy is made. */
export function assertFolderExists(path: string): void {
  if (!existsSync(dirname(path))) throw new AppError('invalid_input', `Cannot write ${path}: the folder does not exist.`, { field: 'out' });
}
