import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Backup, BackupReason } from '../../../shared/api/backups';
import { writeAudit } from '../db/audit';
import { createVerifiedBackup } from '../db/backup';
import { replaceConnection, type Db } from '../db/client';
import { closeDatabase, openDatabase, openOptionsOf } from '../db/open';
import { readSetting, writeSetting } from '../db/settings';
import { localToday } from '../dates';
import { AppError } from '../errors';
import { currentActor } from '../office/settings';
import { backupFileName, backupsFolder, fsyncFile, listBackups, pruneBackups, verifyBackupFile, writeManifest } from './store';

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
    counts: { students: counts.students ?? 0, contacts: counts.contacts ?? 0, connections: counts.connections ?? 0, interactions: counts.interactions ?? 0, events: counts.events ?? 0 },
  };
}

/** A verified copy (online backup → quick_check + row counts → rename), then the oldest beyond the limit go. */
export async function createBackup(db: Db, reason: BackupReason, destination?: string): Promise<Backup & { path: string }> {
  if (db.path === ':memory:') throw new AppError('conflict', 'An in-memory database has no file to back up.');
  const at = new Date();
  const fileName = backupFileName(at, reason);
  const path = destination ?? join(backupsFolder(db.path), fileName);
  const result = await createVerifiedBackup(db.sqlite, path, nativeBinding(db));
  writeManifest(path, result.tableCounts);
  if (destination === undefined) pruneBackups(backupsFolder(db.path), keepCount(db), nativeBinding(db));
  return { ...summary(fileName, reason, at.toISOString(), path, result.tableCounts), path };
}

/** The first open of each local day makes a verified copy, when there is data to keep. */
export async function dailyBackupIfDue(db: Db, today = localToday()): Promise<Backup | null> {
  if (db.path === ':memory:') return null;
  const hasData = Number(db.sqlite.prepare('select count(*) from students').pluck().get()) > 0;
  if (!hasData) return null;
  const localDay = (iso: string) => localToday(new Date(iso));
  const doneToday = listBackups(backupsFolder(db.path), nativeBinding(db)).some((b) => localDay(b.createdAt) === today);
  return doneToday ? null : createBackup(db, 'daily');
}

export function backupsList(db: Db): ProcedureOutput<'backups.list'> {
  const folder = backupsFolder(db.path);
  return { folder, keep: keepCount(db), backups: listBackups(folder, nativeBinding(db)) };
}

export async function backupsCreate(db: Db): Promise<ProcedureOutput<'backups.create'>> {
  const { path: _path, ...backup } = await createBackup(db, 'manual');
  writeAudit(db, { actor: currentActor(db), action: 'backup', entity: 'database', count: 1, details: { fileName: backup.fileName, bytes: backup.bytes } });
  return backup;
}

export function backupsSetKeep(db: Db, input: ParsedInput<'backups.setKeep'>): ProcedureOutput<'backups.setKeep'> {
  writeSetting(db, keepKey, input.keep);
  const removed = pruneBackups(backupsFolder(db.path), input.keep, nativeBinding(db));
  return { keep: input.keep, removed };
}

/**
 * Restores a backup file over the open database: the file is verified first (a bad one changes
 * nothing), the current data is kept aside as a verified "before-restore" backup, the backup's bytes
 * are copied beside the database, flushed and renamed into place, and the database is opened again
 * (migrated if the backup is from an older version) inside the same Db the hosts hold.
 */
export async function restoreFile(db: Db, backupPath: string): Promise<{ restoredFrom: string; keptAside: string; counts: Backup['counts'] }> {
  const options = openOptionsOf(db);
  if (!options || db.path === ':memory:') throw new AppError('conflict', 'This database cannot be restored in place.');
  const counts = verifyBackupFile(backupPath, options.nativeBinding);
  const keptAside = await createBackup(db, 'before-restore');
  const incoming = `${db.path}.restoring`;
  rmSync(incoming, { force: true });
  copyFileSync(backupPath, incoming);
  fsyncFile(incoming);
  closeDatabase(db);
  try {
    for (const suffix of ['-wal', '-shm']) rmSync(`${db.path}${suffix}`, { force: true });
    renameSync(incoming, db.path);
    replaceConnection(db, await openDatabase({ ...options, path: db.path }));
  } catch (error) {
    // The backup would not open here: put the data that was there back, as it was.
    copyFileSync(keptAside.path, db.path);
    replaceConnection(db, await openDatabase({ ...options, path: db.path }));
    throw error;
  }
  carryAuditForward(db, keptAside.path);
  writeAudit(db, {
    actor: currentActor(db),
    action: 'restore',
    entity: 'database',
    count: 1,
    details: { restoredFrom: backupPath.split(/[\\/]/).pop() ?? backupPath, keptAside: keptAside.fileName },
  });
  const summaryCounts = { students: counts.students ?? 0, contacts: counts.contacts ?? 0, connections: counts.connections ?? 0, interactions: counts.interactions ?? 0, events: counts.events ?? 0 };
  return { restoredFrom: backupPath, keptAside: keptAside.fileName, counts: summaryCounts };
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
  copyFileSync(backupPath, incoming);
  fsyncFile(incoming);
  renameSync(incoming, options.path);
  return openDatabase(options);
}

/** The folder a CLI `--out` path would write into must exist; checked before the copy is made. */
export function assertFolderExists(path: string): void {
  if (!existsSync(dirname(path))) throw new AppError('invalid_input', `Cannot write ${path}: the folder does not exist.`, { field: 'out' });
}
