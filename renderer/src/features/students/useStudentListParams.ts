import type { z } from 'zod';
import { positiveInt, useUrlParams } from '@renderer/components/useUrlParams';
import {
  goalFilters,
  readinessFilters,
  studentFilterFields,
  studentSortColumns,
  type GoalFilter,
  type ReadinessFilter,
  type StudentListInput,
  type StudentSortColumn,
} from '@shared/api/students';
import { studentStatuses, type StudentStatus } from '@shared/domain';

const pageSize = 50;

/** The address parameters that filter the list (what "Clear filters" removes). Sort, columns and page are not filters. */
export const studentFilterParams = ['q', 'year', 'program', 'cohort', 'advisor', 'status', 'readiness', 'goals', 'term', 'touch'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/**
 * A value from the address, kept only when the list's own contract accepts it: the address can come from a
 * saved view, a dashboard link or a hand edit, and one bad value must not turn the whole page into an error.
 */
function valid<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined {
  if (value === null || value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The students table's filters, sort and page live in the address, so Back, reload and saved views keep them. */
export function useStudentListParams() {
  const { params, update } = useUrlParams();
  const statusParam = params.get('status');
  const year = params.get('year');
  const input: StudentListInput = {
    search: valid(studentFilterFields.search, params.get('q')) || undefined,
    classYear: valid(studentFilterFields.classYear, year === null ? null : Number(year)),
    program: valid(studentFilterFields.program, params.get('program')),
    cohort: valid(studentFilterFields.cohort, params.get('cohort')),
    advisorId: positiveInt(params.get('advisor')),
    // Active students by default; "all" shows every status.
    status: statusParam === 'all' ? undefined : (oneOf(studentStatuses, statusParam) ?? 'active'),
    readiness: oneOf(readinessFilters, params.get('readiness')),
    goals: oneOf(goalFilters, params.get('goals')),
    term: valid(studentFilterFields.term, params.get('term')),
    losingTouch: params.get('touch') === '1' ? true : undefined,
    sort: oneOf(studentSortColumns, params.get('sort')) ?? 'name',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: positiveInt(params.get('page')) ?? 1,
    pageSize,
  };

  return {
    input,
    statusValue: statusParam === 'all' ? 'all' : (oneOf(studentStatuses, statusParam) ?? 'active'),
    setSearch: (q: string) => update({ q }),
    setClassYear: (year: string | null) => update({ year }),
    setProgram: (program: string | null) => update({ program }),
    setCohort: (cohort: string | null) => update({ cohort }),
    setAdvisor: (advisor: string | null) => update({ advisor }),
    setStatus: (status: StudentStatus | 'all') => update({ status: status === 'active' ? null : status }),
    setReadiness: (readiness: ReadinessFilter | null) => update({ readiness }),
    /** The term only qualifies "met a goal in term", so it goes when another goals filter is chosen. */
    setGoals: (goals: GoalFilter | null) => update(goals === 'met_in_term' ? { goals } : { goals, term: null }),
    setTerm: (term: string | null) => update({ term }),
    setLosingTouch: (on: boolean) => update({ touch: on ? '1' : null }),
    setSort: (sort: StudentSortColumn, dir: 'asc' | 'desc') => update({ sort, dir }),
    setPage: (page: number) => update({ page: String(page) }, false),
    clearFilters: () => update(Object.fromEntries(studentFilterParams.map((key) => [key, null]))),
    params,
    update,
  };
}
