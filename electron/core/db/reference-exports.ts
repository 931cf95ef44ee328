import { z } from 'zod';
import type { ReadinessRules } from '../../../shared/api/readiness';
import type { Db } from './client';
import { parseRows } from './rows';
import { selectStudents, type StudentFilter } from './students';

const exportStudent = z.object({
  id: z.number(),
  externalId: z.string().nullable(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  program: z.string().nullable(),
  classYear: z.number().nullable(),
  cohort: z.string().nullable(),
  advisorName: z.string().nullable(),
});
export type ExportStudent = z.infer<typeof exportStudent>;

/**
 * The students a filter selects for an export, by name. Students under a confidentiality hold are
 * never exported: they are only counted, so the advisor can be told how many were left out.
 */
export function studentsForExport(db: Db, filter: StudentFilter, today: string, rules: ReadinessRules) {
  const { where, params } = selectStudents(db, filter, today, rules);
  const students = parseRows(
    exportStudent,
    db.sqlite
      .prepare(
        `select s.id, s.external_id as externalId, coalesce(nullif(trim(s.preferred_name), ''), s.first_name) || ' ' || s.last_name as displayName,
           coalesce(s.personal_email, s.school_email) as email, s.phone, s.program, s.class_year as classYear, s.cohort, a.name as advisorName
         from students s left join advisors a on a.id = s.advisor_id
         where ${where} and s.confidential = 0
         order by s.last_name, s.first_name, s.id`,
      )
      .all(params),
  );
  const withheld = z.number().parse(db.sqlite.prepare(`select count(*) from students s where ${where} and s.confidential = 1`).pluck().get(params));
  return { students, withheld };
}
