import { z } from 'zod';
import type { Db } from './client';
import type { StudentScope } from './dashboard';
import { parseRows } from './rows';

/**
 * Student `s` met a goal in the term (:termStart–:termEnd). The summary column answers the current
 * term on its own (nothing is met after today); an earlier term looks at the student's goals.
 */
export const goalMetInTermSql = `(s.goal_last_met_on >= :termStart and (s.goal_last_met_on <= :termEnd
  or exists (select 1 from goals g where g.student_id = s.id and g.status = 'met' and g.met_on between :termStart and :termEnd)))`;

export interface GoalPeriod {
  today: string;
  termStart: string;
  termEnd: string;
  /** The 12 months shown: from the first of this month to this day (the term's end, or today in the current term). */
  monthsFrom: string;
  monthsTo: string;
}

// Each figure is driven from its narrowest index (goals by status and date, events by date) and
// joins students only to apply the filter: the office-wide view touches no student rows it need not.
export function goalDashboard(db: Db, scope: StudentScope, q: GoalPeriod) {
  const params = { ...scope.params, ...q, periodEnd: `${q.monthsTo}T23:59:59.999Z` };
  // One pass over the students in scope, reading the goal summary refreshGoals keeps on each.
  const totals = z.object({ activeStudents: z.number(), withGoalMetInTerm: z.number(), withActiveGoal: z.number() }).parse(
    db.sqlite
      .prepare(
        `select count(*) as activeStudents, coalesce(sum(${goalMetInTermSql}), 0) as withGoalMetInTerm,
             coalesce(sum(s.goal_active_until >= :today), 0) as withActiveGoal
           from students s where s.status = 'active' and ${scope.where}`,
      )
      .get(params),
  );
  const { activeStudents, withGoalMetInTerm, withActiveGoal } = totals;
  const metPerMonth = parseRows(
    z.object({ month: z.string(), met: z.number() }),
    db.sqlite
      .prepare(
        scope.filtered
          ? `select substr(g.met_on, 1, 7) as month, count(*) as met from students s join goals g on g.student_id = s.id
             where ${scope.where} and g.status = 'met' and g.met_on between :monthsFrom and :monthsTo group by month order by month`
          : // A range count per month on the (status, met_on) index: no grouping of the office's met goals.
            `with recursive months(m) as (select :monthsFrom union all select date(m, '+1 month') from months where m < date(:monthsTo, 'start of month'))
             select substr(m, 1, 7) as month,
               (select count(*) from goals where status = 'met' and met_on >= m and met_on < date(m, '+1 month') and met_on <= :monthsTo) as met
             from months`,
      )
      .all(params),
  );
  // The 12 most recent events of the term (up to today) that carry goals, newest first (walked by date, stopping at 12).
  const completionByEvent = parseRows(
    z.object({ eventId: z.number(), title: z.string(), startsAt: z.string(), goals: z.number(), met: z.number() }),
    db.sqlite
      .prepare(
        `with recent as (
           select e.id, e.title, e.starts_at from events e
           where e.starts_at >= :termStart and e.starts_at <= :periodEnd and exists (select 1 from goals g where g.event_id = e.id)
           order by e.starts_at desc limit 12)
         select r.id as eventId, r.title, r.starts_at as startsAt, count(s.id) as goals, coalesce(sum(g.status = 'met' and s.id is not null), 0) as met
         from recent r join goals g on g.event_id = r.id left join students s on s.id = g.student_id and ${scope.where}
         group by r.id order by r.starts_at desc`,
      )
      .all(params),
  ).filter((row) => row.goals > 0);
  return {
    activeStudents,
    withGoalMetInTerm,
    withoutActiveGoal: activeStudents - withActiveGoal,
    metPerMonth,
    completionByEvent,
  };
}
