import { writeAudit } from '../db/audit';
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
