import { z } from 'zod';
import { auditRow } from './audit-history';
import { busyTimeoutMs } from './file-access';
import { connect, transaction, usePageCache, wrap, type Db } from './client';
import { parseRows } from './rows';

// The office server's reader threads each hold one of these: a READ-ONLY connection to the office file, so a
// whole-office dashboard or a bulk export runs beside the one writer instead of in front of it. The core's
// handlers run on it unchanged. The one write a read makes — its audit row (an export, a refused call) — lands
// in a private TEMP table that shadows audit_log on this connection only (SQLite resolves an unqualified name
// in `temp` before `main`); the host hands those rows to the writer, which records them before it answers.

/** An audit row a reader held for the writer, with the time it happened. */
export const heldAuditSchema = auditRow.omit({ id: true });
export type HeldAudit = z.infer<typeof heldAuditSchema>;

/** The shadow: audit_log's own definition, in this connection's temp schema (same defaults and checks). */
function shadowAuditLog(db: Db): void {
  const definition = z.string().parse(db.sqlite.prepare(`select sql from main.sqlite_schema where type = 'table' and name = 'audit_log'`).pluck().get());
  db.sqlite.exec(definition.replace(/^CREATE TABLE\s+(["`]?audit_log["`]?)/i, 'CREATE TEMP TABLE $1'));
}

/** Opens the office file read-only for a reader thread; the file must exist and be migrated (the writer opened it first). */
export function openReadReplica(path: string, nativeBinding?: string): Db {
  const db = wrap(path, connect(path, { readonly: true, nativeBinding }));
  // A checkpoint or a writer's commit can hold a lock for a moment: wait for it like the writer does.
  db.sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  usePageCache(db.sqlite);
  shadowAuditLog(db);
  return db;
}

/** SQLite's "attempt to write a readonly database": the handler wrote something other than its audit row. */
export function isReadOnlyWrite(message: string): boolean {
  return /readonly database/i.test(message);
}

/**
 * Runs one read in one WAL snapshot (a deferred transaction: it sees the file as of its first read, whatever the
 * writer commits meanwhile). `keep(result)` decides whether its held audit rows stand: false rolls them back
 * (the read is run again on the writer). Answers the result and the rows to record.
 */
export async function inSnapshot<T>(db: Db, run: () => Promise<T>, keep: (result: T) => boolean): Promise<{ result: T; audit: HeldAudit[] }> {
  db.sqlite.exec('begin');
  let result: T;
  try {
    result = await run();
  } catch (error) {
    db.sqlite.exec('rollback');
    throw error;
  }
  if (!keep(result)) {
    db.sqlite.exec('rollback');
    return { result, audit: [] };
  }
  db.sqlite.exec('commit');
  const audit = parseRows(
    heldAuditSchema,
    db.sqlite.prepare('select at, actor, action, entity, entity_id as entityId, count, details from temp.audit_log order by id').all(),
  );
  db.sqlite.exec('delete from temp.audit_log');
  return { result, audit };
}

/** The writer records what a reader held, in one transaction, before the read is answered. */
export function recordHeldAudit(db: Db, rows: readonly HeldAudit[]): void {
  if (rows.length === 0) return;
  const insert = db.sqlite.prepare(
    'insert into main.audit_log (at, actor, action, entity, entity_id, count, details) values (:at, :actor, :action, :entity, :entityId, :count, :details)',
  );
  transaction(db, () => {
    for (const row of rows) insert.run(row);
  });
}
