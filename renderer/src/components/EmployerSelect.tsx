import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApiQuery } from '../api/hooks';

type Props = Omit<SelectProps<number>, 'data' | 'value' | 'onChange' | 'searchable' | 'onSearchChange' | 'searchValue'> & {
  value: number | null;
  onChange: (id: number | null) => void;
  /** Name of the employer already chosen, so it shows before (or without) the options loading. */
  selectedName?: string | null;
};

/** Pick an employer by typing part of its name; the office may hold thousands, so the search runs in the core. */
export function EmployerSelect({ value, onChange, selectedName, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [chosen, setChosen] = useState<{ id: number; name: string } | null>(null);
  const selectedLabel = value === null ? null : chosen?.id === value ? chosen.name : (selectedName ?? null);
  // The box shows the chosen name; searching for exactly that would hide every other employer.
  const query = debounced === selectedLabel ? '' : debounced;
  const options = useApiQuery('employers.options', { search: query, limit: 20 });

  const data = (options.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (value !== null && selectedLabel !== null && !data.some((o) => o.value === value)) data.unshift({ value, label: selectedLabel });

  return (
    <Select<number>
      {...rest}
      searchable
      data={data}
      value={value}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setChosen(id === null || option === null ? null : { id, name: option.label });
        onChange(id);
      }}
      nothingFoundMessage={options.isFetching ? 'Searching…' : 'No employer matches'}
    />
  );
}
