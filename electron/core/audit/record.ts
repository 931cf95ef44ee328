import { writeAudit, type AuditEntry } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { currentActor } from '../office/settings';

/**
 * Runs a delete (or a merge that removes a record) and its history entry in one transaction, so the history
 * never names a removal that did not happen. `details` sees what `remove` returned (e.g. the interactions that
 * went with a connection), so the entry can say what was lost.
 */
export function deleteWithAudit<T>(db: Db, entity: string, entityId: number, remove: () => T, details: (removed: T) => Record<string, unknown>): T {
  return transaction(db, () => {
    const removed = remove();
    writeAudit(db, { actor: currentActor(db), action: 'delete', entity, entityId, details: details(removed) });
    return removed;
  });
}

/** A delete whose history entry is known beforehand (what the record held): removes it and says so. */
export function deleteRecorded(db: Db, entity: string, entityId: number, remove: () => unknown, details: Record<string, unknown>): { deleted: true } {
  deleteWithAudit(db, entity, entityId, remove, () => details);
  return { deleted: true };
}

/**
 * Records a change in the history (by the current actor) and makes it, in one transaction; answers what the change
 * returned. The entry goes first, so the change may end with a step outside the database that must come last
 * (an export keeps its file only once the entry is written, and a failed entry keeps nothing).
 */
export function changeWithAudit<T>(db: Db, entry: Omit<AuditEntry, 'actor'>, change: () => T): T {
  return transaction(db, () => {
    writeAudit(db, { actor: currentActor(db), ...entry });
    return change();
  });
}
