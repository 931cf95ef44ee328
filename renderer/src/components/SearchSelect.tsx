import { Loader, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';

export interface PickerOption {
  value: number;
  label: string;
  /** A second line in the list that tells apart two options with the same label (student ID, program). */
  detail?: string;
}

/** What every server-searched picker shares: the chosen option and the text being typed. */
export function useSearchSelectState(initialOption: PickerOption | null) {
  const [selected, setSelected] = useState<PickerOption | null>(initialOption);
  const [search, setSearch] = useState(initialOption?.label ?? '');
  const [debounced] = useDebouncedValue(search, 200);
  // Once something is chosen the box shows its label; searching for that label would hide every
  // other option, so the list goes back to the default suggestions.
  const query = selected && debounced === selected.label ? '' : debounced;
  return { selected, setSelected, search, setSearch, query };
}
export type SearchSelectState = ReturnType<typeof useSearchSelectState>;

export interface PickerProps {
  label: string;
  value: number | null;
  onChange: (value: number | null, option: PickerOption | null) => void;
  /** The current choice when editing, so its name shows before any search has run. */
  initialOption?: PickerOption | null;
  description?: ReactNode;
  placeholder?: string;
  error?: ReactNode;
  required?: boolean;
  clearable?: boolean;
  autoFocus?: boolean;
  /** Width, for a picker in a row of filters. */
  w?: number;
}

/** A searchable Select whose options come from the server as the user types. */
export function SearchSelect({
  state,
  options,
  fetching,
  nothingFound,
  ...props
}: PickerProps & { state: SearchSelectState; options: PickerOption[]; fetching: boolean; nothingFound: string }) {
  const { selected } = state;
  // The chosen option must stay in the data or Select would blank the box when a new search runs.
  const data = selected && !options.some((o) => o.value === selected.value) ? [selected, ...options] : options;
  const details = new Map<number, string>();
  for (const o of options) if (o.detail) details.set(o.value, o.detail);
  return (
    <Select<number>
      label={props.label}
      description={props.description}
      placeholder={props.placeholder ?? 'Type to search'}
      error={props.error}
      withAsterisk={props.required}
      clearable={props.clearable}
      data-autofocus={props.autoFocus || undefined}
      w={props.w}
      searchable
      data={data}
      value={props.value}
      onChange={(value, option) => {
        const chosen = option ? { value: option.value, label: option.label } : null;
        state.setSelected(chosen);
        props.onChange(value, chosen);
      }}
      searchValue={state.search}
      onSearchChange={state.setSearch}
      // The server already filtered by the search text (full-text, on more than the label).
      filter={({ options: all }) => all}
      nothingFoundMessage={fetching ? 'Searching…' : nothingFound}
      rightSection={fetching ? <Loader size={14} /> : undefined}
      renderOption={({ option }) => {
        const detail = details.get(option.value);
        return detail ? (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {detail}
            </Text>
          </Stack>
        ) : (
          option.label
        );
      }}
      maxDropdownHeight={280}
    />
  );
}
