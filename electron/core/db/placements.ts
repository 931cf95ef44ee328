import { placementSchema } from '../../../shared/api/placements';
import type { PlacementKind } from '../../../shared/domain';
import type { Db } from './client';
import { selectPlacements } from './employers';
import { parseRows } from './rows';

export function findPlacement(db: Db, id: number) {
  return parseRows(placementSchema, db.sqlite.prepare(`${selectPlacements} where p.id = ?`).all(id))[0];
}

export interface PlacementValues {
  studentId: number;
  employerId: number;
  kind: PlacementKind;
  role: string;
  supervisorContactId: number | null;
  startOn: string;
  endOn: string | null;
}

export function insertPlacement(db: Db, v: PlacementValues): number {
  return Number(
    db.sqlite
      .prepare(
        `insert into placements (student_id, employer_id, kind, role, supervisor_contact_id, start_on, end_on)
         values (:studentId, :employerId, :kind, :role, :supervisorContactId, :startOn, :endOn)`,
      )
      .run(v).lastInsertRowid,
  );
}

export function updatePlacement(db: Db, id: number, v: PlacementValues): void {
  db.sqlite
    .prepare(
      `update placements set student_id = :studentId, employer_id = :employerId, kind = :kind, role = :role,
         supervisor_contact_id = :supervisorContactId, start_on = :startOn, end_on = :endOn,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
    )
    .run({ ...v, id });
}

export function deletePlacement(db: Db, id: number): void {
  db.sqlite.prepare('delete from placements where id = ?').run(id);
}
