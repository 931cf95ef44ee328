import { z } from 'zod';
import type { StudentStatus } from '../../../shared/domain';
import { studentStatuses } from '../../../shared/domain';
import type { Db } from './client';
import { parseRows } from './rows';
import type { StudentSql } from './students';

// The caseload table's bulk changes: the selected students' current state read in one query (what a change
// replaces and an undo puts back), and the change written with set-based statements over a json id list.

const stateRow = z.object({
  id: z.number().int(),
  version: z.number().int(),
  displayName: z.string(),
  advisorId: z.number().int().nullable(),
  status: z.enum(studentStatuses),
  labels: z.string().transform((json) => z.array(z.string()).parse(JSON.parse(json))),
});
export type StudentState = z.infer<typeof stateRow>;

/** The students' version, name, advisor, status and labels (sorted), in no particular order; unknown ids are left out. */
export function studentStates(db: Db, ids: readonly number[]): StudentState[] {
  return parseRows(
    stateRow,
    db.sqlite
      .prepare(
        `select s.id, s.version, s.display_name as displayName, s.advisor_id as advisorId, s.status,
           (select coalesce(json_group_array(label), '[]') from (select label from student_labels where student_id = s.id order by label)) as labels
         from students s where s.id in (select value from json_each(:ids))`,
      )
      .all({ ids: JSON.stringify(ids) }),
  );
}

/** Every student a selection holds (up to `limit`, in name order) with its version, and how many it holds. */
export function selectedStudents(db: Db, selection: Pick<StudentSql, 'where' | 'params'>, limit: number) {
  const total = z.number().parse(db.sqlite.prepare(`select count(*) from students s where ${selection.where}`).pluck().get(selection.params));
  const students = z
    .array(z.object({ id: z.number().int(), version: z.number().int() }))
    .parse(
      db.sqlite
        .prepare(`select s.id, s.version from students s where ${selection.where} order by s.name_key, s.id limit :limit`)
        .all({ ...selection.params, limit }),
    );
  return { students, total };
}

/** Sets the advisor of these students; the version triggers move each changed student's version. */
export function setAdvisorOf(db: Db, ids: readonly number[], advisorId: number | null): void {
  db.sqlite
    .prepare(`update students set advisor_id = :advisorId, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id in (select value from json_each(:ids))`)
    .run({ ids: JSON.stringify(ids), advisorId });
}

export function setStatusOf(db: Db, ids: readonly number[], status: StudentStatus): void {
  db.sqlite
    .prepare(`update students set status = :status, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id in (select value from json_each(:ids))`)
    .run({ ids: JSON.stringify(ids), status });
}

export function addLabelTo(db: Db, ids: readonly number[], label: string): void {
  db.sqlite
    .prepare(`insert or ignore into student_labels (student_id, label) select value, :label from json_each(:ids)`)
    .run({ ids: JSON.stringify(ids), label });
}

/**
 * Each student's version becomes exactly what it was when read + 1, saved by `actor` (as a form edit stamps it:
 * record-versions.ts) — whether or not a trigger moved it already, so an open form on one of them sees it changed.
 */
export function stampBulk(db: Db, stamps: readonly { id: number; version: number }[], actor: string): void {
  db.sqlite
    .prepare(
      `update students set version = j.value ->> '$.version' + 1, updated_by = :actor
       from json_each(:stamps) j where students.id = j.value ->> '$.id'`,
    )
    .run({ stamps: JSON.stringify(stamps), actor });
}

const bulkEntry = z.object({ id: z.number().int(), details: z.string().nullable() });

/** A history entry's details (parsed JSON), or undefined when there is no such entry. */
export function auditDetails(db: Db, id: number): unknown {
  const row = db.sqlite.prepare('select id, details from audit_log where id = ?').get(id);
  if (row === undefined) return undefined;
  const entry = bulkEntry.parse(row);
  return entry.details === null ? null : JSON.parse(entry.details);
}

/** The history entry that undid bulk change `changeId`, if one did. */
export function undoneBy(db: Db, changeId: number): number | undefined {
  const id = db.sqlite.prepare(`select id from audit_log where entity = 'student' and json_extract(details, '$.undoes') = ? limit 1`).pluck().get(changeId);
  return id === undefined ? undefined : z.number().int().parse(id);
}
