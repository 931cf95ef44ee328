import { useApiQuery } from '@renderer/api/hooks';
import { SearchSelect, useSearchSelectState, type PickerProps } from './SearchSelect';

/** Pick any contact in the office's directory, searched by name, email or title. */
export function ContactPicker({ nothingFound, ...props }: PickerProps & { nothingFound?: string }) {
  const state = useSearchSelectState(props.initialOption ?? null);
  const contacts = useApiQuery('contacts.options', { search: state.query, limit: 20 });
  const options = (contacts.data ?? []).map((c) => ({
    value: c.id,
    // Two people can share a name; the employer tells them apart in the box as well as the list.
    label: c.employerName ? `${c.displayName} (${c.employerName})` : c.displayName,
  }));
  return (
    <SearchSelect
      {...props}
      state={state}
      options={options}
      fetching={contacts.isFetching}
      nothingFound={nothingFound ?? 'No contact matches. Add them on the Contacts page first.'}
    />
  );
}
