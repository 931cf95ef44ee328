import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Backup } from '../../../shared/api/backups';
import { writeAudit } from '../db/audit';
import { createPrivateFile, createVerifiedBackupWhileLocked, fsyncFile, partialName, quickCheck, removeDatabaseFiles, removeStalePartials } from '../db/backup';
import { connect, wrap, type Db } from '../db/client';
import { applyPendingMigrations, openDatabase, openOptionsOf } from '../db/open';
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

const lockWaitMs = 20_000;
const everyPage = 0x7fffffff;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

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
      staged = await stage(backupPath, staging, options.migrationsFolder, options.nativeBinding);
      const keptAside = await swapIn(db, staged, options.nativeBinding, { actor: currentActor(db), restoredFrom: basename(backupPath) });
      return { restoredFrom: backupPath, keptAside, counts: summaryCounts(counts) };
    } finally {
      staged?.sqlite.close();
      removeDatabaseFiles(staging);
    }
  });
}

/** Writes every page of `source` into the database at `destination` through SQLite (one transaction). */
async function copyInto(source: string, destination: string, nativeBinding: string | undefined): Promise<void> {
  const reader = connect(source, { readonly: true, nativeBinding });
  try {
    await reader.backup(destination);
  } finally {
    reader.close();
  }
}

/** The backup, migrated to this version and checked, in a private file nobody else opens. */
async function stage(backupPath: string, staging: string, migrationsFolder: string, nativeBinding: string | undefined): Promise<Db> {
  await copyInto(backupPath, staging, nativeBinding);
  const staged = wrap(staging, connect(staging, { readonly: false, nativeBinding }));
  try {
    staged.sqlite.pragma('journal_mode = DELETE');
    staged.sqlite.pragma('foreign_keys = ON');
    applyPendingMigrations(staged, migrationsFolder);
    const problems = quickCheck(staged.sqlite);
    if (problems.length > 0) throw new AppError('internal', `The restored database failed its check: ${problems.join('; ')}. Nothing was changed.`);
    return staged;
  } catch (error) {
    staged.sqlite.close();
    throw error;
  }
}

interface RestoreEntry {
  actor: string;
  restoredFrom: string;
}

/**
 * Steps 3–5. better-sqlite3's backup() runs a first step of 0 pages, which only locks (the destination's
 * write transaction), then calls `progress` — the work under the lock happens there, synchronously — and
 * then copies every page in one more step that commits. If another writer holds the lock at that first
 * step, SQLite answers busy, nothing was locked or written, backup() ends without calling `progress`, and
 * we try again (other writers' transactions are short). While the lock is held this process's own
 * connection does not wait for it (busy_timeout 0): a write sent in that moment is refused as busy at
 * once instead of freezing the thread that must finish the restore.
 */
async function swapIn(db: Db, staged: Db, nativeBinding: string | undefined, entry: RestoreEntry): Promise<string> {
  const cutoff = String(staged.sqlite.prepare(`select coalesce(max(at), '') from audit_log`).pluck().get());
  const busyTimeout = Number(db.sqlite.pragma('busy_timeout', { simple: true }));
  const deadline = Date.now() + lockWaitMs;
  for (;;) {
    let keptAside: { path: string; fileName: string } | undefined;
    try {
      await staged.sqlite.backup(db.path, {
        progress: () => {
          if (keptAside) return everyPage;
          db.sqlite.pragma('busy_timeout = 0');
          const aside = keepAside(db, nativeBinding);
          keptAside = aside;
          carryAuditForward(staged, aside.path, cutoff, nativeBinding, { ...entry, keptAside: aside.fileName });
          return everyPage;
        },
      });
    } catch (error) {
      if (keptAside) removeBackup(keptAside.path);
      throw error;
    } finally {
      db.sqlite.pragma(`busy_timeout = ${busyTimeout}`);
    }
    if (keptAside) {
      checkpoint(db);
      return keptAside.fileName;
    }
    if (Date.now() > deadline) throw new AppError('conflict', 'The database stayed busy with other writers; nothing was restored. Try again in a moment.');
    await sleep(10 + Math.random() * 40);
  }
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

/**
 * A restore brings back the data of the backup, not its history: the audit entries written after the
 * backup was made (at or after its newest entry, less those it holds already) are copied from the data
 * kept aside into the staged file, with the restore's own entry, in one transaction — they reach the live
 * file in the same commit as the data.
 */
function carryAuditForward(staged: Db, keptAsidePath: string, cutoff: string, nativeBinding: string | undefined, entry: RestoreEntry & { keptAside: string }): void {
  const row = `json_array(at, actor, action, entity, entity_id, count, details)`;
  const kept = connect(keptAsidePath, { readonly: true, nativeBinding });
  let later: string[];
  try {
    later = kept.prepare(`select ${row} from audit_log where at >= ? order by id`).pluck().all(cutoff).map(String);
  } finally {
    kept.close();
  }
  // Entries of the very instant the backup ends with that it holds already are not copied twice.
  const held = new Map<string, number>();
  for (const text of staged.sqlite.prepare(`select ${row} from audit_log where at = ?`).pluck().all(cutoff).map(String)) held.set(text, (held.get(text) ?? 0) + 1);
  const insert = staged.sqlite.prepare(
    `insert into audit_log (at, actor, action, entity, entity_id, count, details)
     select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6 from json_each(json_array(json(?)))`,
  );
  staged.sqlite.transaction(() => {
    for (const text of later) {
      const copies = held.get(text) ?? 0;
      if (copies > 0) held.set(text, copies - 1);
      else insert.run(text);
    }
    writeAudit(staged, { actor: entry.actor, action: 'restore', entity: 'database', count: 1, details: { restoredFrom: entry.restoredFrom, keptAside: entry.keptAside } });
  })();
}

/** Moves the restore's commit from the WAL into the file (and flushes it); a busy moment leaves that for later. */
function checkpoint(db: Db): void {
  try {
    db.sqlite.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // The WAL keeps the committed restore either way; the next checkpoint moves it.
  }
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
