import { useApiQuery } from '@renderer/api/hooks';
import { SearchSelect, useSearchSelectState, type PickerProps } from './SearchSelect';

/** Find a student by name, email or student ID; the search runs in the core because caseloads are large. */
export function StudentPicker(props: PickerProps) {
  const state = useSearchSelectState(props.initialOption ?? null);
  const search = state.query.trim();
  const students = useApiQuery('students.list', {
    search: search || undefined,
    sort: 'name',
    direction: 'asc',
    page: 1,
    pageSize: 20,
  });
  const options = (students.data?.rows ?? []).map((s) => ({
    value: s.id,
    label: s.displayName,
    // Two students can share a name; the ID and program tell them apart.
    detail: [s.externalId, s.program, s.classYear ? `Class of ${s.classYear}` : null].filter(Boolean).join(' · '),
  }));
  return <SearchSelect {...props} state={state} options={options} fetching={students.isFetching} nothingFound="No student matches" />;
}
