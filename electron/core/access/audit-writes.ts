import { contract, type ProcedureName } from '../../../shared/api/contract';
import type { AuditAction } from '../../../shared/domain';
import { lastAuditId, writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { currentActor } from '../office/settings';

/**
 * Issue 15 item 5: on the office server every write is recorded under the signed-in user, so History says who
 * changed a student or checked someone in — not only who deleted or exported. Handlers that write their own entry
 * (deletes, archives, exports, imports, bulk changes, sign-in, accounts) keep theirs; any other write gets one entry
 * here, in the same transaction as the change, so the history never names a change that did not happen nor misses
 * one that did. Single-user hosts (no signed-in caller) are unchanged.
 */

/** The entry's action, from the procedure's verb: students.create → create, goals.delete → delete, the rest update. */
function actionOf(name: ProcedureName): AuditAction {
  const verb = name.slice(name.indexOf('.') + 1);
  if (verb.startsWith('create') || verb.startsWith('add')) return 'create';
  if (verb.startsWith('delete') || verb.startsWith('remove')) return 'delete';
  return 'update';
}

/** The record the write answered with, when it names one: its id and its name as people read it. */
function recordOf(output: unknown): { id: number | null; name: string | null } {
  if (typeof output !== 'object' || output === null) return { id: null, name: null };
  const id = 'id' in output && typeof output.id === 'number' ? output.id : null;
  for (const key of ['displayName', 'studentName', 'title', 'name']) {
    const value: unknown = Reflect.get(output, key);
    if (typeof value === 'string') return { id, name: value };
  }
  return { id, name: null };
}

/** A read, or a file export (a write whose only effect is its own audit entry): it changes no record. */
export function changesNoRecord(name: ProcedureName): boolean {
  const procedure = contract[name];
  return procedure.kind === 'read' || (procedure.effects.length === 1 && procedure.effects[0] === 'audit');
}

/**
 * Runs a write's handler; on the office server a write that recorded nothing gets its entry in the same transaction.
 * A handler that answers with a promise (accounts, backups, file exports) records itself when it finishes: only its
 * synchronous start runs in the transaction (better-sqlite3 cannot hold one across an await), the rest after it.
 */
export function recordingWrite<T>(db: Db, name: ProcedureName, handle: () => T): T {
  // File exports record themselves, on a read-only worker's connection.
  if (!db.request?.caller || changesNoRecord(name)) return handle();
  // The answer travels boxed: better-sqlite3 refuses a transaction whose function returns a promise.
  const { output } = transaction(db, () => {
    const before = lastAuditId(db);
    const output = handle();
    if (output instanceof Promise) return { output };
    if (lastAuditId(db) === before) {
      const record = recordOf(output);
      writeAudit(db, {
        actor: currentActor(db),
        action: actionOf(name),
        entity: name.slice(0, name.indexOf('.')),
        entityId: record.id,
        details: record.name === null ? { procedure: name } : { procedure: name, name: record.name },
      });
    }
    return { output };
  });
  return output;
}
