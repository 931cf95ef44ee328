import type { DashboardFilter } from '../../../shared/api/dashboard';
import type { StudentScope } from '../db/dashboard';
import type { Db } from '../db/client';
import { studentWhere } from '../db/students';
import { visibleStudentsSql } from '../db/visible-students';
import { termAt, termByName, termOf, type Term } from '../terms';

/** The students a dashboard filter selects (status is added by each figure that is about active students). */
export function dashboardScope(db: Db, filter: DashboardFilter): StudentScope {
  const { where, params } = studentWhere({
    visible: visibleStudentsSql(db),
    advisorId: filter.advisorId,
    cohort: filter.cohort,
    program: filter.program,
    classYear: filter.classYear,
  });
  return { where, params, filtered: where !== '1' };
}

/** The term the goal and event figures cover, and the last day counted so far (today within the current term). */
export function dashboardTerm(filter: DashboardFilter, today: string): Term & { through: string } {
  const term = filter.term === undefined ? termOf(today) : termByName(filter.term);
  return { ...term, through: term.endOn < today ? term.endOn : today };
}

/** The terms the filter offers: the current one and the five before it. */
export function dashboardTerms(today: string): string[] {
  return [0, -1, -2, -3, -4, -5].map((offset) => termAt(today, offset).name);
}
