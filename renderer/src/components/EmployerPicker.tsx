import { useApiQuery } from '@renderer/api/hooks';
import { SearchSelect, useSearchSelectState, type PickerProps } from './SearchSelect';

/** Pick an employer by name. */
export function EmployerPicker(props: PickerProps) {
  const state = useSearchSelectState(props.initialOption ?? null);
  const employers = useApiQuery('employers.options', { search: state.query, limit: 20 });
  const options = (employers.data ?? []).map((e) => ({ value: e.id, label: e.name }));
  return (
    <SearchSelect
      {...props}
      state={state}
      options={options}
      fetching={employers.isFetching}
      nothingFound="No employer matches. Add it on the Employers page first."
    />
  );
}
