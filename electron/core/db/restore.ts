import { AppError } from '../errors';
import { writeAudit } from './audit';
import { quickCheck } from './backup';
import { connect, wrap, type Db } from './client';
import { keepSequencesAhead } from './calendar';
import { keepOfficeId } from './office-id';
import { applyPendingMigrations } from './open';

// The database side of a restore (core/backups/restore.ts tells the whole story): staging the backup,
// holding the live file's write lock through SQLite's online backup, carrying the audit forward.

const lockWaitMs = 20_000;
const everyPage = 0x7fffffff;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Writes every page of `source` into the database at `destination` through SQLite (one transaction). */
export async function copyInto(source: string, destination: string, nativeBinding: string | undefined): Promise<void> {
  const reader = connect(source, { readonly: true, nativeBinding });
  try {
    await reader.backup(destination);
  } finally {
    reader.close();
  }
}

/** What a restore carries over from the live office: its id (for a backup that has none) and what calendars were sent. */
export interface KeptFromLive {
  officeId: string;
  /** sentCalendarState() of the live database. */
  calendar: string;
}

/** The backup, migrated to this version and checked, in a private file nobody else opens; see KeptFromLive. */
export async function stage(backupPath: string, staging: string, migrationsFolder: string, nativeBinding: string | undefined, live: KeptFromLive): Promise<Db> {
  await copyInto(backupPath, staging, nativeBinding);
  const staged = wrap(staging, connect(staging, { readonly: false, nativeBinding }));
  try {
    staged.sqlite.pragma('journal_mode = DELETE');
    staged.sqlite.pragma('foreign_keys = ON');
    keepOfficeId(staged, live.officeId);
    applyPendingMigrations(staged, migrationsFolder);
    keepSequencesAhead(staged, live.calendar);
    const problems = quickCheck(staged.sqlite);
    if (problems.length > 0) throw new AppError('internal', `The restored database failed its check: ${problems.join('; ')}. Nothing was changed.`);
    return staged;
  } catch (error) {
    staged.sqlite.close();
    throw error;
  }
}

/** Closes the staged copy's connection (its file is removed by the caller). */
export function closeStaged(staged: Db): void {
  staged.sqlite.close();
}

export interface RestoreEntry {
  actor: string;
  restoredFrom: string;
}

/** What the caller does under the lock: keep the current data aside (a verified copy), and undo that. */
export interface KeepAside {
  keep(): { path: string; fileName: string };
  remove(path: string): void;
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
export async function swapIn(db: Db, staged: Db, nativeBinding: string | undefined, entry: RestoreEntry, aside: KeepAside): Promise<string> {
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
          const kept = aside.keep();
          keptAside = kept;
          carryAuditForward(staged, kept.path, cutoff, nativeBinding, { ...entry, keptAside: kept.fileName });
          return everyPage;
        },
      });
    } catch (error) {
      if (keptAside) aside.remove(keptAside.path);
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

/**
 * A restore brings back the data of the backup, not its history: the audit entries written after the
 * backup was made (at or after its newest entry, less those it holds already) are copied from the data
 * kept aside into the staged file, with the restore's own entry, in one transaction — they reach the live
 * file in the same commit as the data.
 */
function carryAuditForward(
  staged: Db,
  keptAsidePath: string,
  cutoff: string,
  nativeBinding: string | undefined,
  entry: RestoreEntry & { keptAside: string },
): void {
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
  for (const text of staged.sqlite.prepare(`select ${row} from audit_log where at = ?`).pluck().all(cutoff).map(String))
    held.set(text, (held.get(text) ?? 0) + 1);
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
    writeAudit(staged, {
      actor: entry.actor,
      action: 'restore',
      entity: 'database',
      count: 1,
      details: { restoredFrom: entry.restoredFrom, keptAside: entry.keptAside },
    });
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
