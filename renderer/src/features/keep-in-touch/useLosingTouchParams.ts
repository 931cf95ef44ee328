import { relationshipKinds } from '@shared/domain';
import { positiveInt, useUrlParams } from '@renderer/components/useUrlParams';

export type LosingTouchState = 'all' | 'cooling' | 'stale';
/** The caseload choice meaning every advisor's connections. */
export const wholeOffice = 'office';

/**
 * The losing-touch list's choices, kept in the address so the dashboard's "losing touch" card opens the list it
 * counted, and Back keeps it.
 */
export function useLosingTouchParams() {
  const { params, update } = useUrlParams();
  // Not in the address until chosen: the core then uses the advisor this computer acts as.
  const advisor = params.get('advisor');
  const stateParam = params.get('state');
  // Stale by default: "losing touch" means the same everywhere; cooling is one choice away.
  const state: LosingTouchState = stateParam === 'cooling' || stateParam === 'all' ? stateParam : 'stale';
  const relationship = relationshipKinds.find((k) => k === params.get('relationship')) ?? null;
  const page = positiveInt(params.get('page')) ?? 1;
  const students = {
    cohort: params.get('cohort') ?? undefined,
    program: params.get('program') ?? undefined,
    classYear: positiveInt(params.get('year')),
  };
  const studentScope = [
    students.cohort === undefined ? null : `Cohort ${students.cohort}`,
    students.program === undefined ? null : `Program ${students.program}`,
    students.classYear === undefined ? null : `Class of ${students.classYear}`,
  ].filter((part) => part !== null);
  const advisorId = advisor === null ? undefined : advisor === wholeOffice ? null : positiveInt(advisor);
  return {
    advisor,
    advisorId,
    state,
    relationship,
    page,
    setPage: (next: number) => update({ page: String(next) }, false),
    students,
    studentScope,
    update,
  };
}
