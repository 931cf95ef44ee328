import { z } from 'zod';
import type { Db } from './client';
import { parseRows } from './rows';

export interface GoalDashboardFilter {
  cohort?: string;
  program?: string;
  advisorId?: number;
}

/** Active students in the filter, as a SQL fragment over alias s. */
function studentScope(filter: GoalDashboardFilter) {
  const conditions = [`s.status = 'active'`];
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
  return { where: conditions.join(' and '), params };
}

export function goalDashboard(db: Db, filter: GoalDashboardFilter, q: { today: string; termStart: string; termEnd: string; monthsFrom: string }) {
  const scope = studentScope(filter);
  const params = { ...scope.params, today: q.today, termStart: q.termStart, termEnd: q.termEnd, monthsFrom: q.monthsFrom };
  const totals = z
    .object({ activeStudents: z.number(), withGoalMetThisTerm: z.number(), withoutActiveGoal: z.number() })
    .parse(
      db.sqlite
        .prepare(
          `select count(*) as activeStudents,
             coalesce(sum(exists (select 1 from goals g where g.student_id = s.id and g.status = 'met' and g.met_on between :termStart and :termEnd)), 0) as withGoalMetThisTerm,
             coalesce(sum(not exists (select 1 from goals g where g.student_id = s.id and g.status in ('active', 'not_met_yet')
               and coalesce(g.window_end_on, :today) >= :today)), 0) as withoutActiveGoal
           from students s where ${scope.where}`,
        )
        .get(params),
    );
  const metPerMonth = parseRows(
    z.object({ month: z.string(), met: z.number() }),
    db.sqlite
      .prepare(
        `select substr(g.met_on, 1, 7) as month, count(*) as met
         from goals g join students s on s.id = g.student_id
         where g.status = 'met' and g.met_on >= :monthsFrom and g.met_on <= :today and ${scope.where}
         group by month order by month`,
      )
      .all(params),
  );
  const completionByEvent = parseRows(
    z.object({ eventId: z.number(), title: z.string(), startsAt: z.string(), goals: z.number(), met: z.number() }),
    db.sqlite
      .prepare(
        `select e.id as eventId, e.title, e.starts_at as startsAt, count(*) as goals, sum(g.status = 'met') as met
         from goals g join events e on e.id = g.event_id join students s on s.id = g.student_id
         where e.starts_at between :termStart and :termEnd || 'T23:59:59Z' and e.starts_at <= :today || 'T23:59:59Z' and ${scope.where}
         group by e.id order by e.starts_at desc limit 12`,
      )
      .all(params),
  );
  return { ...totals, metPerMonth, completionByEvent };
}
