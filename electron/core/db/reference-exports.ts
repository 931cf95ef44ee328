import { z } from 'zod';
import type { ReadinessRules } from '../../../shared/api/readiness';
import { studentSchema } from '../../../shared/api/students';
import type { Db } from './client';
import { parseRows } from './rows';
import { selectStudents, type StudentFilter } from './students';

const exportStudent = studentSchema
  .pick({
    id: true,
    externalId: true,
    displayName: true,
    phone: true,
    program: true,
    classYear: true,
    cohort: true,
    advisorName: true,
  })
  .extend({ /** The personal email, else the school one. */ email: z.string().nullable() });
export type ExportStudent = z.infer<typeof exportStudent>;

/**
 * The students a filter selects for an export, as ids in name order. Students under a confidentiality hold
 * are never exported: they are only counted, so the advisor can be told how many were left out. Only the
 * ids are held (an office is 50,000 students); `exportStudents` reads them a batch at a time.
 */
export function studentIdsForExport(db: Db, filter: StudentFilter, today: string, rules: ReadinessRules) {
  const { where, params } = selectStudents(db, filter, today, rules);
  const ids = z
    .array(z.number())
    .parse(db.sqlite.prepare(`select s.id from students s where ${where} and s.confidential = 0 order by s.name_key, s.id`).pluck().all(params));
  const withheld = z.number().parse(db.sqlite.prepare(`select count(*) from students s where ${where} and s.confidential = 1`).pluck().get(params));
  return { ids, withheld };
}

/**
 * The named students, in the order given. The hold is checked again: a student put under it after the ids
 * were chosen (an export reads its batches over several moments) is still left out.
 */
export function exportStudents(db: Db, ids: readonly number[]): ExportStudent[] {
  return parseRows(
    exportStudent,
    db.sqlite
      .prepare(
        `select s.id, s.external_id as externalId, s.display_name as displayName,
           coalesce(s.personal_email, s.school_email) as email, s.phone, s.program, s.class_year as classYear, s.cohort, a.name as advisorName
         from json_each(?) j join students s on s.id = j.value left join advisors a on a.id = s.advisor_id
         where s.confidential = 0
         order by j.key`,
      )
      .all(JSON.stringify(ids)),
  );
}
