import { Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApiQuery } from '@renderer/api/hooks';

type Props = Omit<SelectProps<number>, 'data' | 'value' | 'onChange' | 'searchable' | 'onSearchChange' | 'searchValue' | 'renderOption'> & {
  value: number | null;
  onChange: (id: number | null) => void;
};

/** Find a student by name, email or student ID; the search runs in the core because caseloads are large. */
export function StudentPicker({ value, onChange, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [chosen, setChosen] = useState<{ id: number; label: string } | null>(null);
  // The box shows the chosen name; searching for exactly that would hide everyone else.
  const query = chosen && debounced === chosen.label ? '' : debounced.trim();
  const students = useApiQuery('students.list', { search: query || undefined, sort: 'name', direction: 'asc', page: 1, pageSize: 20 });

  const rows = students.data?.rows ?? [];
  const details = new Map(rows.map((s) => [s.id, [s.externalId, s.program, s.classYear ? `Class of ${s.classYear}` : null].filter(Boolean).join(' · ')]));
  const data = rows.map((s) => ({ value: s.id, label: s.displayName }));
  if (value !== null && chosen?.id === value && !data.some((o) => o.value === value)) data.unshift({ value, label: chosen.label });

  return (
    <Select<number>
      {...rest}
      searchable
      data={data}
      value={value}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setChosen(id === null || option === null ? null : { id, label: option.label });
        onChange(id);
      }}
      // Two students can share a name; the ID and program tell them apart.
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {details.get(option.value) && (
            <Text size="xs" c="dimmed">
              {details.get(option.value)}
            </Text>
          )}
        </Stack>
      )}
      nothingFoundMessage={students.isFetching ? 'Searching…' : 'No student matches'}
    />
  );
}
