import { transaction, type Db } from './db/client';
import { stampEdit, versionStamp, type VersionedTable } from './db/record-versions';
import { AppError, notFound } from './errors';
import { currentActor } from './office/settings';

export interface RecordEdit<Current> {
  table: VersionedTable;
  /** The record's name in messages: "student", "contact" … */
  entity: string;
  id: number;
  /** The version the editor loaded; absent (the CLI, scripts) saves over whatever is there. */
  version: number | undefined;
  /** The record as its procedure's output, for the refusal: the editor shows what changed from it. */
  current: () => Current;
  /** How the refusal names the record: "Ada Lovelace". */
  name: (current: Current) => string;
}

/**
 * Saves an edit made on the version the editor loaded, or refuses it: two advisors with the same record open
 * must not silently overwrite each other. The check, the write and the new version are one IMMEDIATE
 * transaction, so no other writer can come between them; a refusal writes nothing and carries the current
 * record (`details.current`) so the form can show theirs beside yours. Checks inside `write` see the record as
 * it is now; read the saved record after this returns (its new version is set last).
 */
export function saveEdit<Current>(db: Db, edit: RecordEdit<Current>, write: () => void): void {
  return transaction(db, () => {
    const stamp = versionStamp(db, edit.table, edit.id);
    if (!stamp) throw notFound(edit.entity, edit.id);
    if (edit.version !== undefined && edit.version !== stamp.version) {
      const current = edit.current();
      const who = stamp.updatedBy ?? 'someone else';
      throw new AppError(
        'conflict',
        `${edit.name(current)} was changed by ${who} while you were editing; nothing was saved. Compare the changes, then apply yours again or keep theirs.`,
        { reason: 'stale', entity: edit.entity, id: edit.id, version: stamp.version, updatedBy: stamp.updatedBy, current },
      );
    }
    write();
    stampEdit(db, edit.table, edit.id, stamp.version, currentActor(db));
  });
}
