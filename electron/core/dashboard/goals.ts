import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Db } from '../db/client';
import { goalDashboard } from '../db/dashboard-goals';
import { dashboardScope, dashboardTerm } from '../dashboard/scope';
import { officeToday } from '../db/office-day';

/** Goals on the dashboard: share with a goal met in the term, goals met per month (12), completion by event. */
export function dashboardGoals(db: Db, input: ParsedInput<'dashboard.goals'>, today = officeToday(db)): ProcedureOutput<'dashboard.goals'> {
  const { through, ...term } = dashboardTerm(input, today);
  // The 12 months ending with the term (or this month, in the current term).
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const d = new Date(Date.UTC(Number(through.slice(0, 4)), Number(through.slice(5, 7)) - 1 - i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  const figures = goalDashboard(db, dashboardScope(db, input), {
    today,
    termStart: term.startOn,
    termEnd: term.endOn,
    monthsFrom: `${months[0] ?? ''}-01`,
    monthsTo: through,
  });
  // Every month appears, with 0 where nothing was met.
  const met = new Map(figures.metPerMonth.map((m) => [m.month, m.met]));
  return { ...figures, term, metPerMonth: months.map((month) => ({ month, met: met.get(month) ?? 0 })) };
}
