import { z } from 'zod';
import type { ReadinessRules } from '../../../shared/api/readiness';
import { studentRowColumnsSchema } from '../../../shared/api/students';
import type { Term } from '../terms';
import type { Db } from './client';
import { summariesOf } from './readiness';
import { parseRows, sqliteBoolean } from './rows';
import { staleConnectionSql } from './stale-connections';
import { studentPageIds } from './student-order';
import { listTerm, selectStudents, type StudentPageQuery } from './students';

// The students table: pick the page's ids first (student-order.ts), then read the columns and per-row
// figures for those 50 only — computed inside the paged query, SQLite would evaluate them for every
// row it sorts or skips.

// A page row is the contract's student row less the per-row figures added below (0/1 confidential from SQLite).
const pageRow = studentRowColumnsSchema.extend({ confidential: sqliteBoolean });

// last_activity_on and goal_last_met_on are the stored columns the sorts use, so a row shows what it is sorted by.
const pageColumns = `s.id, s.external_id as externalId, s.display_name as displayName,
  s.school_email as schoolEmail, s.program, s.class_year as classYear, s.cohort, a.name as advisorName, s.status,
  s.confidential, s.updated_at as updatedAt, s.last_activity_on as lastActivityOn, s.goal_last_met_on as goalLastMetOn, s.version`;

function rowsInOrder(db: Db, ids: readonly number[]) {
  const rows = parseRows(
    pageRow,
    db.sqlite
      .prepare(`select ${pageColumns} from students s left join advisors a on a.id = s.advisor_id where s.id in (select value from json_each(:ids))`)
      .all({ ids: JSON.stringify(ids) }),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function listStudents(db: Db, query: StudentPageQuery, today: string, rules: ReadinessRules) {
  const selection = selectStudents(db, query, today, rules);
  const total = z.number().parse(db.sqlite.prepare(`select count(*) from students s where ${selection.where}`).pluck().get(selection.params));
  const offset = (query.page - 1) * query.pageSize;
  const rows = offset < total ? rowsInOrder(db, studentPageIds({ db, selection, query, today, rules, total }, offset)) : [];
  const ids = rows.map((r) => r.id);
  const stale = staleCountsOf(db, ids, today);
  const goals = goalCountsOf(db, ids, today, listTerm(query, today));
  const readiness = new Map(summariesOf(db, ids, today, rules).map((r) => [r.studentId, r]));
  return {
    rows: rows.map((r) => ({
      ...r,
      staleConnections: stale.get(r.id) ?? 0,
      ...(goals.get(r.id) ?? { goalsMetThisTerm: 0, goalsActive: 0 }),
      readyReferences: readiness.get(r.id)?.readyReferences ?? 0,
      readinessLevel: readiness.get(r.id)?.level ?? 'not_started',
    })),
    total,
  };
}

/** Goals met in the list's term and goals active now, for one page of students. */
function goalCountsOf(db: Db, ids: readonly number[], today: string, term: Term) {
  const rows = db.sqlite
    .prepare(
      `select student_id as id,
         sum(status = 'met' and met_on between :termStart and :termEnd) as goalsMetThisTerm,
         sum(status = 'active' and coalesce(window_end_on, (select date(office_day(e.ends_at), '+2 days') from events e where e.id = goals.event_id)) >= :today) as goalsActive
       from goals where student_id in (select value from json_each(:ids)) group by student_id`,
    )
    .all({ ids: JSON.stringify(ids), today, termStart: term.startOn, termEnd: term.endOn });
  const parsed = z.array(z.object({ id: z.number(), goalsMetThisTerm: z.number(), goalsActive: z.number() })).parse(rows);
  return new Map(parsed.map(({ id, ...rest }) => [id, rest]));
}

/** Stale connections for one page of students: the same rule as the losing-touch filter and sort. */
function staleCountsOf(db: Db, ids: readonly number[], today: string) {
  const rows = db.sqlite
    .prepare(
      `select c.student_id as id, count(*) as stale
       from connections c join keep_in_touch_windows w on w.relationship = c.relationship
       where c.student_id in (select value from json_each(:ids)) and ${staleConnectionSql('c', 'w')}
       group by c.student_id`,
    )
    .all({ ids: JSON.stringify(ids), today });
  const parsed = z.array(z.object({ id: z.number(), stale: z.number() })).parse(rows);
  return new Map(parsed.map((row) => [row.id, row.stale]));
}
