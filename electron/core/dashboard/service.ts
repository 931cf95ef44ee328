import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Db } from '../db/client';
import { eventFunnel, eventsThisWeek, losingTouchCounts, mostOverdue, upcomingEventCounts, wrapUpsDue } from '../db/dashboard';
import { officeToday } from '../db/office-day';
import { dashboardScope, dashboardTerm, dashboardTerms } from './scope';

/**
 * The office-level dashboard figures the goal and readiness procedures do not give: upcoming events,
 * connections losing touch, the term's event funnel and the advisor's "today" list.
 */
export function dashboardOffice(db: Db, input: ParsedInput<'dashboard.office'>, now = new Date()): ProcedureOutput<'dashboard.office'> {
  const today = officeToday(db, now);
  const nowIso = now.toISOString();
  const weekEnd = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  const scope = dashboardScope(db, input);
  const { through: _through, ...term } = dashboardTerm(input, today);
  return {
    term,
    terms: dashboardTerms(today),
    upcomingEvents: upcomingEventCounts(db, scope, nowIso),
    losingTouch: losingTouchCounts(db, scope, today),
    funnel: eventFunnel(db, scope, term),
    today: {
      wrapUpsDue: wrapUpsDue(db, scope, today, 5),
      mostOverdue: mostOverdue(db, scope, today, 5),
      eventsThisWeek: eventsThisWeek(db, scope, nowIso, weekEnd),
    },
  };
}
