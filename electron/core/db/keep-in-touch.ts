import { z } from 'zod';
import { keepInTouchWindowSchema, losingTouchRowSchema } from '../../../shared/api/keep-in-touch';
import type { RelationshipKind } from '../../../shared/domain';
import type { Db } from './client';
import { daysSinceTouchSql, trackedRelationshipSql } from './cadence';
import { parseRows } from './rows';
import { staleConnectionSql } from './stale-connections';
import { studentWhere } from './students';
import { visibleStudentsSql } from './visible-students';

export function readWindows(db: Db) {
  return parseRows(
    keepInTouchWindowSchema,
    db.sqlite.prepare('select relationship, ideal_days as idealDays, max_days as maxDays from keep_in_touch_windows order by rowid').all(),
  );
}

export function writeWindows(db: Db, windows: readonly { relationship: RelationshipKind; idealDays: number; maxDays: number }[]): void {
  const statement = db.sqlite.prepare(
    `update keep_in_touch_windows set ideal_days = :idealDays, max_days = :maxDays, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     where relationship = :relationship`,
  );
  for (const w of windows) statement.run(w);
}

export interface LosingTouchQuery {
  today: string;
  /** null: the whole office. */
  advisorId: number | null;
  state: 'cooling' | 'stale' | 'all';
  relationship?: RelationshipKind;
  cohort?: string;
  program?: string;
  classYear?: number;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

// The contract's row less the suggestion (written by the service), plus the first name the suggestion uses.
const losingTouchRow = losingTouchRowSchema.omit({ suggestion: true }).extend({ contactFirstName: z.string(), cadence: z.enum(['cooling', 'stale']) });

/**
 * Connections of active students (one advisor's caseload, or the office) that are past their
 * ideal window — cooling, or stale past the maximum ("losing touch") — most overdue first, with the touch
 * that would help most next. Overdue is measured against the maximum window, as everywhere: days past it
 * (a cooling connection's is negative: the days left before it is stale).
 */
export function losingTouch(db: Db, q: LosingTouchQuery) {
  // Stale is the one definition every "losing touch" figure uses; cooling is past the ideal window but not stale.
  const stateFilter = q.state === 'stale' ? `stale` : q.state === 'cooling' ? `days > ideal_days and not stale` : `days > ideal_days`;
  // Conditions are added only when used, so the advisor filter can use its index.
  const conditions = [`s.status = 'active'`, trackedRelationshipSql];
  if (q.advisorId !== null) conditions.push('s.advisor_id = :advisorId');
  if (q.relationship !== undefined) conditions.push('c.relationship = :relationship');
  const students = studentWhere({ cohort: q.cohort, program: q.program, classYear: q.classYear, visible: visibleStudentsSql(db) });
  conditions.push(students.where);
  const clock = `
    with clock as (
      select c.id, c.student_id, c.contact_id, c.relationship, c.last_interaction_on as last_touch, ${daysSinceTouchSql} as days,
        w.ideal_days, w.max_days, ${staleConnectionSql('c', 'w')} as stale
      from students s
      join connections c on c.student_id = s.id
      join keep_in_touch_windows w on w.relationship = c.relationship
      where ${conditions.join(' and ')}
    )`;
  const params = {
    today: q.today,
    ...students.params,
    ...(q.advisorId !== null ? { advisorId: q.advisorId } : {}),
    ...(q.relationship !== undefined ? { relationship: q.relationship } : {}),
  };
  const direction = q.direction === 'asc' ? 'asc' : 'desc';
  // The page is chosen first; names and the suggested touch are worked out for its rows only.
  const rows = db.sqlite
    .prepare(
      `${clock},
      page as (select * from clock where ${stateFilter} order by days - max_days ${direction}, id limit :limit offset :offset)
      select k.id as connectionId, k.student_id as studentId,
        s.display_name as studentName,
        k.contact_id as contactId, ct.first_name || ' ' || ct.last_name as contactName, ct.first_name as contactFirstName,
        ct.title as contactTitle, e.name as employerName, k.relationship, k.last_touch as lastTouchOn, k.days as daysSinceTouch,
        k.ideal_days as idealDays, k.max_days as maxDays, case when k.stale then 'stale' else 'cooling' end as cadence,
        k.days - k.max_days as overdueDays,
        case
          when k.relationship in ('supervisor', 'coworker', 'hiring_committee', 'informational_interview')
            and not exists (select 1 from interactions i where i.connection_id = k.id and i.kind in ('thank_you_note', 'thank_you_email'))
            then 'thank_you_email'
          when not exists (select 1 from interactions i where i.connection_id = k.id and i.kind = 'linkedin_connection')
            then 'linkedin_connection'
          else 'milestone_update'
        end as suggestedKind
      from page k
      join students s on s.id = k.student_id
      join contacts ct on ct.id = k.contact_id
      left join employers e on e.id = ct.employer_id
      order by overdueDays ${direction}, k.id`,
    )
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const total = z.number().parse(db.sqlite.prepare(`${clock} select count(*) from clock where ${stateFilter}`).pluck().get(params));
  return { rows: parseRows(losingTouchRow, rows), total };
}
