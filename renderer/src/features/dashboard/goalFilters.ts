import type { z } from 'zod';
import { goalDashboardFilter } from '../../../../shared/api/events';

export type GoalFilter = z.output<typeof goalDashboardFilter>;

export const goalFilterStorageKey = 'rapport.dashboard.goalFilter';

/**
 * The remembered filter, read back through the contract's schema: storage outlives app versions and
 * can be edited by hand, so anything that no longer fits starts over unfiltered instead of failing.
 */
export function readGoalFilter(stored: string | undefined): GoalFilter {
  if (!stored) return {};
  try {
    const raw: unknown = JSON.parse(stored);
    const parsed = goalDashboardFilter.safeParse(raw);
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** A filter without the cleared keys: `undefined` would survive in the query key and in storage as noise. */
export function withFilter(current: GoalFilter, patch: Partial<Record<keyof GoalFilter, string | number | null>>): GoalFilter {
  const next: GoalFilter = { ...current };
  if ('cohort' in patch) {
    if (typeof patch.cohort === 'string') next.cohort = patch.cohort;
    else delete next.cohort;
  }
  if ('program' in patch) {
    if (typeof patch.program === 'string') next.program = patch.program;
    else delete next.program;
  }
  if ('advisorId' in patch) {
    if (typeof patch.advisorId === 'number') next.advisorId = patch.advisorId;
    else delete next.advisorId;
  }
  return next;
}
