import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Db } from '../db/client';
import { goalDashboard } from '../db/dashboard-goals';
import { localToday } from '../dates';
import { termOf } from '../terms';

/** Goals on the dashboard: share with a goal met this term, goals met per month (12), completion by event. */
export function dashboardGoals(db: Db, input: ParsedInput<'dashboard.goals'>, today = localToday()): ProcedureOutput<'dashboard.goals'> {
  const term = termOf(today);
  const monthsFrom = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  const figures = goalDashboard(db, input, { today, termStart: term.startOn, termEnd: term.endOn, monthsFrom });
  // Every one of the last 12 months appears, with 0 where nothing was met.
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  const met = new Map(figures.metPerMonth.map((m) => [m.month, m.met]));
  return { ...figures, term, metPerMonth: months.map((month) => ({ month, met: met.get(month) ?? 0 })) };
}
