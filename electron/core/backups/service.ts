import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Backup, BackupReason } from '../../../shared/api/backups';
import { writeAudit } from '../db/audit';
import { createVerifiedBackup, quickCheck } from '../db/backup';
import { connect, type Db } from '../db/client';
import { applyPendingMigrations, openDatabase, openOptionsOf } from '../db/open';
import { readSetting, writeSetting } from '../db/settings';
import { localToday } from '../dates';
import { AppError } from '../errors';
import { currentActor } from '../office/settings';
import { backupFileName, backupsFolder, fsyncFile, listBackups, pruneBackups, summaryCounts, verifyBackupFile, writeManifest } from './store';

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

/** One backup or restore at a time per database: a second one gets a clear "busy" instead of racing. */
const busy = new Set<string>();
async function exclusive<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  if (busy.has(db.path)) throw new AppError('conflict', 'A backup or restore of this database is already running; try again when it has finished.');
  busy.add(db.path);
  try {
    return await fn();
  } finally {
    busy.delete(db.path);
  }
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
  const result = await createVerifiedBackup(db.sqlite, path, nativeBinding(db));
  writeManifest(path, result.tableCounts);
  if (destination === undefined && (reason === 'daily' || reason === 'manual')) pruneBackups(db.path, keepCount(db), nativeBinding(db));
  return { ...summary(fileName, reason, at.toISOString(), path, result.tableCounts), path };
}

/** The first open of each local day makes a verified copy, when there is anything to keep. */
export async function dailyBackupIfDue(db: Db, today = localToday()): Promise<Backup | null> {
  if (db.path === ':memory:') return null;
  const hasData = Number(db.sqlite.prepare('select (select count(*) from students) + (select count(*) from contacts) + (select count(*) from events)').pluck().get()) > 0;
  if (!hasData) return null;
  const localDay = (iso: string) => localToday(new Date(iso));
  const doneToday = listBackups(db.path, nativeBinding(db)).some((b) => localDay(b.createdAt) === today);
  return doneToday ? null : exclusive(db, () => createBackup(db, 'daily'));
}

export function backupsList(db: Db): ProcedureOutput<'backups.list'> {
  return { folder: backupsFolder(db.path), keep: keepCount(db), backups: listBackups(db.path, nativeBinding(db)) };
}

export async function backupsCreate(db: Db): Promise<ProcedureOutput<'backups.create'>> {
  const { path: _path, ...backup } = await exclusive(db, () => createBackup(db, 'manual'));
  writeAudit(db, { actor: currentActor(db), action: 'backup', entity: 'database', count: 1, details: { fileName: backup.fileName, bytes: backup.bytes } });
  return backup;
}

export function backupsSetKeep(db: Db, input: ParsedInput<'backups.setKeep'>): ProcedureOutput<'backups.setKeep'> {
  if (busy.has(db.path)) throw new AppError('conflict', 'A backup or restore of this database is running; change the number kept when it has finished.');
  writeSetting(db, keepKey, input.keep);
  const removed = pruneBackups(db.path, input.keep, nativeBinding(db));
  return { keep: input.keep, removed };
}

/**
 * Restores a backup into the open database with SQLite's own backup API: the file is verified first
 * (a bad one changes nothing), the current data is kept aside as a verified "before-restore" copy, then
 * the backup's pages are written into the live file under SQLite's locks — atomically, and visible to
 * every connection (another window, the CLI), nothing renamed or deleted under them. An older backup is
 * then migrated to this version; if that fails, the kept-aside data is written back the same way.
 */
export async function restoreFile(db: Db, backupPath: string): Promise<{ restoredFrom: string; keptAside: string; counts: Backup['counts'] }> {
  const options = openOptionsOf(db);
  if (!options || db.path === ':memory:') throw new AppError('conflict', 'This database cannot be restored in place.');
  if (resolve(backupPath) === resolve(db.path)) throw new AppError('invalid_input', 'That is the open database itself, not a backup.', { field: 'fileName' });
  return exclusive(db, async () => {
    const counts = verifyBackupFile(backupPath, options.nativeBinding);
    const keptAside = await createBackup(db, 'before-restore');
    await copyInto(backupPath, db.path, options.nativeBinding);
    try {
      applyPendingMigrations(db, options.migrationsFolder);
      const problems = quickCheck(db.sqlite);
      if (problems.length > 0) throw new AppError('internal', `The restored database failed its check: ${problems.join('; ')}`);
    } catch (error) {
      await copyInto(keptAside.path, db.path, options.nativeBinding);
      throw error;
    }
    carryAuditForward(db, keptAside.path);
    writeAudit(db, {
      actor: currentActor(db),
      action: 'restore',
      entity: 'database',
      count: 1,
      details: { restoredFrom: basename(backupPath), keptAside: keptAside.fileName },
    });
    return { restoredFrom: backupPath, keptAside: keptAside.fileName, counts: summaryCounts(counts) };
  });
}

/** Writes every page of `source` into the database at `destination` through SQLite (one transaction). */
async function copyInto(source: string, destination: string, binding: string | undefined): Promise<void> {
  const reader = connect(source, { readonly: true, nativeBinding: binding });
  try {
    await reader.backup(destination);
  } finally {
    reader.close();
  }
}

/**
 * A restore brings back the data of the backup, not its history: the audit entries written after the
 * backup was made are copied from the data kept aside, so the audit log stays whole across a restore.
 */
function carryAuditForward(db: Db, keptAsidePath: string): void {
  db.sqlite.prepare('attach database ? as kept').run(keptAsidePath);
  try {
    db.sqlite
      .prepare(
        `insert into audit_log (at, actor, action, entity, entity_id, count, details)
         select at, actor, action, entity, entity_id, count, details from kept.audit_log
         where at > (select coalesce(max(at), '') from main.audit_log) order by id`,
      )
      .run();
  } finally {
    db.sqlite.prepare('detach database kept').run();
  }
}

export async function backupsRestore(db: Db, input: ParsedInput<'backups.restore'>): Promise<ProcedureOutput<'backups.restore'>> {
  const result = await restoreFile(db, join(backupsFolder(db.path), input.fileName));
  return { ...result, restoredFrom: input.fileName };
}

/** Puts a verified backup where no database is (the damaged one was moved aside), then opens it. */
export async function restoreOntoEmptyPath(options: Parameters<typeof openDatabase>[0], backupPath: string): Promise<Db> {
  verifyBackupFile(backupPath, options.nativeBinding);
  if (existsSync(options.path)) throw new AppError('conflict', `${options.path} exists; restore into an open database instead.`);
  const incoming = `${options.path}.restoring`;
  rmSync(incoming, { force: true });
  // Through SQLite, so a backup that still has a -wal beside it is copied with those pages too.
  await copyInto(backupPath, incoming, options.nativeBinding);
  fsyncFile(incoming);
  renameSync(incoming, options.path);
  return openDatabase(options);
}

/** The folder a CLI `--out` path would write into must exist; checked before the copy is made. */
export function assertFolderExists(path: string): void {
  if (!existsSync(dirname(path))) throw new AppError('invalid_input', `Cannot write ${path}: the folder does not exist.`, { field: 'out' });
}
