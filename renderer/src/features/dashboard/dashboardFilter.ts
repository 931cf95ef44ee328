import { dashboardFilter, type DashboardFilter } from '@shared/api/dashboard';

export type { DashboardFilter };

export { dashboardFilterStorageKey } from './filterStorageKey';

/**
 * The remembered filter, read back through the contract's schema: storage outlives app versions and
 * can be edited by hand, so anything that no longer fits starts over unfiltered instead of failing.
 */
export function readDashboardFilter(stored: string | undefined): DashboardFilter {
  if (!stored) return {};
  try {
    const raw: unknown = JSON.parse(stored);
    const parsed = dashboardFilter.safeParse(raw);
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

type Patch = { [K in keyof DashboardFilter]?: DashboardFilter[K] | null };

/** A filter without the cleared keys: `undefined` would survive in the query key and in storage as noise. */
export function withFilter(current: DashboardFilter, patch: Patch): DashboardFilter {
  const next = Object.fromEntries(Object.entries({ ...current, ...patch }).filter(([, value]) => value !== null && value !== undefined));
  return readDashboardFilter(JSON.stringify(next));
}

/** The filter's students in a list page's own address parameters (the students and losing-touch pages share them). */
function studentParams(filter: DashboardFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.advisorId !== undefined) params.set('advisor', String(filter.advisorId));
  if (filter.cohort !== undefined) params.set('cohort', filter.cohort);
  if (filter.program !== undefined) params.set('program', filter.program);
  if (filter.classYear !== undefined) params.set('year', String(filter.classYear));
  return params;
}

/**
 * The students page with the dashboard's filter plus `extra`. No status parameter: the page shows
 * active students by default, the same ones the dashboard counts.
 */
export function studentsLink(filter: DashboardFilter, extra: Record<string, string> = {}): string {
  const params = studentParams(filter);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query === '' ? '/students' : `/students?${query}`;
}

/** The losing-touch list with the stale connections the dashboard counted (the whole office unless an advisor is chosen). */
export function staleConnectionsLink(filter: DashboardFilter): string {
  const params = studentParams(filter);
  if (filter.advisorId === undefined) params.set('advisor', 'office');
  params.set('state', 'stale');
  return `/losing-touch?${params.toString()}`;
}

export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}
