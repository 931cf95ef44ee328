import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApiQuery } from '../api/hooks';

type Props = Omit<MultiSelectProps<number>, 'data' | 'value' | 'onChange' | 'searchable' | 'onSearchChange' | 'searchValue'> & {
  value: number[];
  onChange: (ids: number[]) => void;
  /** Names of the employers already chosen, so their pills show before (or without) a matching search. */
  initial?: readonly { id: number; name: string }[];
};

/** Pick several employers by typing part of a name; the search runs in the core (an office may hold thousands). */
export function EmployerMultiSelect({ value, onChange, initial = [], ...rest }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  // Names of everything chosen so far: the options list only holds the current search's matches.
  const [names, setNames] = useState<ReadonlyMap<number, string>>(() => new Map(initial.map((e) => [e.id, e.name])));
  const options = useApiQuery('employers.options', { search: debounced.trim(), limit: 20 });

  const data = (options.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  for (const id of value) {
    const name = names.get(id);
    if (name !== undefined && !data.some((o) => o.value === id)) data.push({ value: id, label: name });
  }

  return (
    <MultiSelect<number>
      {...rest}
      searchable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(ids) => {
        const next = new Map(names);
        for (const o of data) if (ids.includes(o.value)) next.set(o.value, o.label);
        setNames(next);
        onChange(ids);
      }}
      nothingFoundMessage={options.isFetching ? 'Searching…' : 'No employer matches'}
    />
  );
}
