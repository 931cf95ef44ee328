import { z } from 'zod';
import type { Db } from './client';
import { goalMetOnSql, goalStatusSql, goalSummarySql, refreshedGoalsSql } from './goals';
import { officeToday } from './office-day';

// Every fact the write layer stores beside the records, compared with its recomputation from those records. Each
// recomputation is the very SQL that keeps the fact (refreshGoals' expressions, the views the triggers read), so
// the check cannot agree with a copy that has drifted from the real rule. One set-based query per fact.

export interface DerivedFactMismatch {
  fact: string;
  /** How many stored values differ from their recomputation. */
  count: number;
  /** The first of them (lowest id), named so it can be found. */
  first: string;
}

const row = z.object({
  total: z.number(),
  label: z.string(),
  stored: z.string().nullable(),
  recomputed: z.string().nullable(),
});

interface FactQuery {
  fact: string;
  /** Rows whose stored value differs from the recomputed one: total (window count), label, stored, recomputed. */
  sql: string;
}

const student = (alias: string) => `'student ' || coalesce(${alias}.external_id, '#' || ${alias}.id)`;
const shown = (value: string) => `coalesce(${value}, 'none')`;
/** An event's attendance counts (event_attendance_counts or their recomputation), in words; none counts as 0. */
const attendanceCounts = (alias: string) =>
  ['invited', 'rsvp_registered', 'registered', 'attended', 'followed_up']
    .map((column) => `coalesce(${alias}.${column}, 0) || ' ${column.replace('_', ' ')}'`)
    .join(` || ', ' || `);

const facts: readonly FactQuery[] = [
  {
    fact: 'goal status',
    sql: `${refreshedGoalsSql('all')}
      select count(*) over () as total, 'goal ' || w.id || ' (' || ${student('s')} || ')' as label,
        'status ' || w.status || coalesce(' (met on ' || w.met_on || ')', '') as stored,
        ${goalStatusSql('w')} || coalesce(' on ' || ${goalMetOnSql('w')}, '') as recomputed
      from w join computed c on c.id = w.id join students s on s.id = w.student_id
      where w.status is not ${goalStatusSql('w')} or w.met_on is not ${goalMetOnSql('w')}
      order by w.id limit 1`,
  },
  {
    fact: 'goal summary',
    sql: `select count(*) over () as total, ${student('students')} as label,
        'last met ' || ${shown('goal_last_met_on')} || ', active until ' || ${shown('goal_active_until')} as stored,
        'last met ' || ${shown(goalSummarySql.lastMetOn)} || ', active until ' || ${shown(goalSummarySql.activeUntil)} as recomputed
      from students where goal_last_met_on is not ${goalSummarySql.lastMetOn} or goal_active_until is not ${goalSummarySql.activeUntil}
      order by id limit 1`,
  },
  {
    fact: 'connection clock',
    sql: `select count(*) over () as total, 'connection ' || c.id || ' (' || ${student('s')} || ')' as label,
        'last interaction ' || ${shown('c.last_interaction_on')} as stored, 'last interaction ' || ${shown('v.last_interaction_on')} as recomputed
      from connections c join connection_clocks v on v.connection_id = c.id join students s on s.id = c.student_id
      where c.last_interaction_on is not v.last_interaction_on order by c.id limit 1`,
  },
  {
    fact: 'readiness window',
    sql: `select count(*) over () as total, 'connection ' || c.id || ' (' || ${student('s')} || ')' as label,
        'ready ' || ${shown('c.ready_from')} || ' to ' || ${shown('c.ready_until')} as stored,
        'ready ' || ${shown('v.ready_from')} || ' to ' || ${shown('v.ready_until')} as recomputed
      from connections c join reference_windows v on v.connection_id = c.id join students s on s.id = c.student_id
      where c.ready_from is not v.ready_from or c.ready_until is not v.ready_until order by c.id limit 1`,
  },
  {
    fact: 'reference candidates',
    sql: `select count(*) over () as total, ${student('s')} as label,
        s.reference_candidates || ' candidates' as stored, v.reference_candidates || ' candidates' as recomputed
      from students s join student_reference_candidates v on v.student_id = s.id
      where s.reference_candidates is not v.reference_candidates order by s.id limit 1`,
  },
  {
    fact: 'last activity',
    sql: `select count(*) over () as total, ${student('s')} as label,
        'last activity ' || ${shown('s.last_activity_on')} as stored, 'last activity ' || ${shown('v.last_activity_on')} as recomputed
      from students s join student_activity v on v.student_id = s.id
      where s.last_activity_on is not v.last_activity_on order by s.id limit 1`,
  },
  {
    fact: 'follow-up',
    sql: `select count(*) over () as total, 'attendance ' || a.id || ' (' || ${student('s')} || ', event ' || a.event_id || ')' as label,
        'followed up ' || ${shown('a.followed_up_on')} as stored, 'followed up ' || ${shown('v.followed_up_on')} as recomputed
      from attendance a join attendance_follow_ups v on v.attendance_id = a.id join students s on s.id = a.student_id
      where a.followed_up_on is not v.followed_up_on order by a.id limit 1`,
  },
  {
    fact: 'event attendance counts',
    sql: `with recomputed as (
        select event_id, count(*) as invited, sum(rsvp = 'registered') as rsvp_registered,
          sum(rsvp = 'registered' or checked_in_at is not null) as registered, sum(checked_in_at is not null) as attended,
          sum(checked_in_at is not null and followed_up_on is not null) as followed_up
        from attendance group by event_id),
      compared as (
        select e.id, ${attendanceCounts('k')} as stored, ${attendanceCounts('r')} as recomputed
        from events e left join event_attendance_counts k on k.event_id = e.id left join recomputed r on r.event_id = e.id)
      select count(*) over () as total, 'event ' || id as label, stored, recomputed from compared where stored is not recomputed order by id limit 1`,
  },
];

export interface DerivedFactReport {
  /** The facts whose stored values differ from the records, each with its count and first mismatch; [] when all agree. */
  mismatches: DerivedFactMismatch[];
  /** Facts a file too old to hold their definitions could not be checked for (opening it in Rapport upgrades it). */
  notChecked: string[];
}

/** Recomputes every derived fact from the records (read-only) and compares it with the stored value. */
export function checkDerivedFacts(db: Db, today: string = officeToday(db)): DerivedFactReport {
  const mismatches: DerivedFactMismatch[] = [];
  const notChecked: string[] = [];
  // The ids say where to look; nothing else of a student (no name) goes into the report.
  for (const { fact, sql } of facts) {
    let found;
    try {
      found = row.optional().parse(db.sqlite.prepare(sql).get({ today }));
    } catch (error) {
      // A file from before this fact (or its definition) existed: nothing to compare yet.
      if (error instanceof Error && /^no such (table|column)/.test(error.message)) {
        notChecked.push(fact);
        continue;
      }
      throw error;
    }
    if (found) {
      mismatches.push({
        fact,
        count: found.total,
        first: `${found.label}: stored ${found.stored ?? 'none'}, recomputed ${found.recomputed ?? 'none'}`,
      });
    }
  }
  return { mismatches, notChecked };
}
