import { positiveInt, useUrlParams } from '../../components/useUrlParams';
import { readinessFilters, studentSortColumns, type ReadinessFilter, type StudentListInput, type StudentSortColumn } from '../../../../shared/api/students';
import { studentStatuses, type StudentStatus } from '../../../../shared/domain';

const pageSize = 50;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** The students table's filters, sort and page live in the address, so Back and reload keep them. */
export function useStudentListParams() {
  const { params, update } = useUrlParams();
  const statusParam = params.get('status');
  const input: StudentListInput = {
    search: params.get('q') ?? undefined,
    classYear: positiveInt(params.get('year')),
    program: params.get('program') ?? undefined,
    cohort: params.get('cohort') ?? undefined,
    advisorId: positiveInt(params.get('advisor')),
    // Active students by default; "all" shows every status.
    status: statusParam === 'all' ? undefined : (oneOf(studentStatuses, statusParam) ?? 'active'),
    readiness: oneOf(readinessFilters, params.get('readiness')),
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
    /** Students still short of references in the class that graduates this academic year. */
    showNotReadyGraduating: (classYear: number) => update({ readiness: 'not_ready', year: String(classYear) }),
    setSort: (sort: StudentSortColumn, dir: 'asc' | 'desc') => update({ sort, dir }),
    setPage: (page: number) => update({ page: String(page) }, false),
    clearFilters: () => update({ q: null, year: null, program: null, cohort: null, advisor: null, status: null, readiness: null }),
    params,
    update,
  };
}
