import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Backup } from '../../../shared/api/backups';
import { createPrivateFile, createVerifiedBackupWhileLocked, fsyncFile, partialName, removeDatabaseFiles, removeStalePartials } from '../db/backup';
import type { Db } from '../db/client';
import { sentCalendarState } from '../db/calendar';
import { officeId } from '../db/office-id';
import { openDatabase, openOptionsOf } from '../db/open';
import { closeStaged, copyInto, stage, swapIn } from '../db/restore';
import { AppError } from '../errors';
import { currentActor } from '../office/settings';
import { exclusive } from './exclusive';
import { backupFileName, backupsFolder, summaryCounts, verifyBackupFile, writeManifest } from './store';

// Restore, as one atomic step that loses nothing:
//   1. verify the backup (a bad one changes nothing);
//   2. stage it: copy it into a private temporary file, migrate it to this version, quick_check it;
//   3. take the live file's write lock — the first step of SQLite's online backup from the staged file into
//      the live file opens the write transaction and holds it (no other connection, in this process or
//      another, can commit from here on);
//   4. under that lock: keep the current data aside as a verified before-restore copy (it holds every
//      write ever acknowledged, because none can land after it), then add to the staged file the audit
//      entries written since the backup was made and the restore's own entry;
//   5. copy every staged page into the live file and commit — one transaction.
// A crash (kill -9) before 5 commits leaves the old data with its whole audit log; after, the restored data
// with the carried audit and the restore's entry. Every connection sees the change at its next read, and
// nothing is renamed under them.

export interface RestoreResult {
  restoredFrom: string;
  keptAside: string;
  counts: Backup['counts'];
}

export async function restoreFile(db: Db, backupPath: string): Promise<RestoreResult> {
  const options = openOptionsOf(db);
  if (!options || db.path === ':memory:') throw new AppError('conflict', 'This database cannot be restored in place.');
  if (resolve(backupPath) === resolve(db.path)) throw new AppError('invalid_input', 'That is the open database itself, not a backup.', { field: 'fileName' });
  return exclusive(db, async () => {
    const counts = verifyBackupFile(backupPath, options.nativeBinding);
    const folder = backupsFolder(db.path);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    removeStalePartials(folder);
    const staging = partialName(join(folder, `${basename(db.path)}.restoring`));
    removeDatabaseFiles(staging);
    createPrivateFile(staging);
    let staged: Db | undefined;
    try {
      staged = await stage(backupPath, staging, options.migrationsFolder, options.nativeBinding, {
        officeId: officeId(db),
        calendar: sentCalendarState(db),
      });
      const keptAside = await swapIn(
        db,
        staged,
        options.nativeBinding,
        { actor: currentActor(db), restoredFrom: basename(backupPath) },
        {
          keep: () => keepAside(db, options.nativeBinding),
          remove: removeBackup,
        },
      );
      return { restoredFrom: backupPath, keptAside, counts: summaryCounts(counts) };
    } finally {
      if (staged) closeStaged(staged);
      removeDatabaseFiles(staging);
    }
  });
}

/** The current data — every acknowledged write, since none can land while the lock is held — as a verified copy. */
function keepAside(db: Db, nativeBinding: string | undefined): { path: string; fileName: string } {
  const fileName = backupFileName(db.path, new Date(), 'before-restore');
  const path = join(backupsFolder(db.path), fileName);
  const result = createVerifiedBackupWhileLocked(db.path, path, nativeBinding);
  writeManifest(path, result.tableCounts);
  return { path, fileName };
}

function removeBackup(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.json`, { force: true });
}

/** Puts a verified backup where no database is (the damaged one was moved aside), then opens it. */
export async function restoreOntoEmptyPath(options: Parameters<typeof openDatabase>[0], backupPath: string): Promise<Db> {
  verifyBackupFile(backupPath, options.nativeBinding);
  if (existsSync(options.path)) throw new AppError('conflict', `${options.path} exists; restore into an open database instead.`);
  const incoming = `${options.path}.restoring`;
  removeDatabaseFiles(incoming);
  createPrivateFile(incoming);
  // Through SQLite, so a backup that still has a -wal beside it is copied with those pages too.
  await copyInto(backupPath, incoming, options.nativeBinding);
  fsyncFile(incoming);
  renameSync(incoming, options.path);
  return openDatabase(options);
}
