import { z } from 'zod';
import type { Db } from './client';
import { parseRows } from './rows';

export interface GoalDashboardFilter {
  cohort?: string;
  program?: string;
  advisorId?: number;
}

/** Students in the filter, as a SQL fragment over alias s (status is added where the figure is about active students). */
function studentScope(filter: GoalDashboardFilter) {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.cohort !== undefined) {
    conditions.push('s.cohort = :cohort');
    params.cohort = filter.cohort;
  }
  if (filter.program !== undefined) {
    conditions.push('s.program = :program');
    params.program = filter.program;
  }
  if (filter.advisorId !== undefined) {
    conditions.push('s.advisor_id = :advisorId');
    params.advisorId = filter.advisorId;
  }
  return { where: conditions.length > 0 ? conditions.join(' and ') : '1 = 1', filtered: conditions.length > 0, params };
}

// Each figure is driven from its narrowest index (goals by status and date, events by date) and
// joins students only to apply the filter: the office-wide view touches no student rows it need not.
export function goalDashboard(db: Db, filter: GoalDashboardFilter, q: { today: string; termStart: string; termEnd: string; monthsFrom: string }) {
  const scope = studentScope(filter);
  const params = { ...scope.params, today: q.today, todayEnd: `${q.today}T23:59:59.999Z`, termStart: q.termStart, termEnd: q.termEnd, monthsFrom: q.monthsFrom };
  // One pass over the students in scope, reading the goal summary refreshGoals keeps on each.
  const totals = z
    .object({ activeStudents: z.number(), withGoalMetThisTerm: z.number(), withActiveGoal: z.number() })
    .parse(
      db.sqlite
        .prepare(
          `select count(*) as activeStudents, coalesce(sum(s.goal_last_met_on >= :termStart), 0) as withGoalMetThisTerm,
             coalesce(sum(s.goal_active_until >= :today), 0) as withActiveGoal
           from students s where s.status = 'active' and ${scope.where}`,
        )
        .get(params),
    );
  const { activeStudents, withGoalMetThisTerm, withActiveGoal } = totals;
  const metPerMonth = parseRows(
    z.object({ month: z.string(), met: z.number() }),
    db.sqlite
      .prepare(
        scope.filtered
          ? `select substr(g.met_on, 1, 7) as month, count(*) as met from students s join goals g on g.student_id = s.id
             where ${scope.where} and g.status = 'met' and g.met_on between :monthsFrom and :today group by month order by month`
          : `select substr(met_on, 1, 7) as month, count(*) as met from goals
             where status = 'met' and met_on between :monthsFrom and :today group by month order by month`,
      )
      .all(params),
  );
  // The 12 most recent events of the term that carry goals, newest first (walked by date, stopping at 12).
  const completionByEvent = parseRows(
    z.object({ eventId: z.number(), title: z.string(), startsAt: z.string(), goals: z.number(), met: z.number() }),
    db.sqlite
      .prepare(
        `with recent as (
           select e.id, e.title, e.starts_at from events e
           where e.starts_at >= :termStart and e.starts_at <= :todayEnd and exists (select 1 from goals g where g.event_id = e.id)
           order by e.starts_at desc limit 12)
         select r.id as eventId, r.title, r.starts_at as startsAt, count(s.id) as goals, coalesce(sum(g.status = 'met' and s.id is not null), 0) as met
         from recent r join goals g on g.event_id = r.id left join students s on s.id = g.student_id and ${scope.where}
         group by r.id order by r.starts_at desc`,
      )
      .all(params),
  ).filter((row) => row.goals > 0);
  return { activeStudents, withGoalMetThisTerm, withoutActiveGoal: activeStudents - withActiveGoal, metPerMonth, completionByEvent };
}
