import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { studentStatuses, studentStatusLabels } from '../../../../shared/domain';
import { useApiQuery } from '../../api/hooks';
import type { useStudentListParams } from './useStudentListParams';

type ListParams = ReturnType<typeof useStudentListParams>;

export function StudentFilters({ list }: { list: ListParams }) {
  const facets = useApiQuery('students.facets', {});
  const advisors = useApiQuery('advisors.list', {});
  const [search, setSearch] = useState(list.input.search ?? '');
  const pushSearch = useDebouncedCallback((value: string) => list.setSearch(value.trim()), 200);
  const filtered =
    Boolean(list.input.search) ||
    list.input.classYear !== undefined ||
    list.input.program !== undefined ||
    list.input.advisorId !== undefined ||
    list.statusValue !== 'active';

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Name, email or student ID"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          pushSearch(event.currentTarget.value);
        }}
        w={260}
      />
      <Select
        label="Class year"
        placeholder="Any year"
        clearable
        data={(facets.data?.classYears ?? []).map((y) => ({ value: String(y), label: String(y) }))}
        value={list.input.classYear === undefined ? null : String(list.input.classYear)}
        onChange={list.setClassYear}
        w={130}
      />
      <Select
        label="Program"
        placeholder="Any program"
        clearable
        searchable
        data={facets.data?.programs ?? []}
        value={list.input.program ?? null}
        onChange={list.setProgram}
        w={220}
      />
      <Select
        label="Advisor"
        placeholder="Any advisor"
        clearable
        searchable
        data={(advisors.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))}
        value={list.input.advisorId === undefined ? null : String(list.input.advisorId)}
        onChange={list.setAdvisor}
        w={200}
      />
      <Select
        label="Status"
        allowDeselect={false}
        data={[{ value: 'all', label: 'All statuses' }, ...studentStatuses.map((s) => ({ value: s, label: studentStatusLabels[s] }))]}
        value={list.statusValue}
        onChange={(value) => {
          const status = studentStatuses.find((s) => s === value) ?? 'all';
          list.setStatus(status);
        }}
        w={150}
      />
      {filtered && (
        <Button
          variant="subtle"
          onClick={() => {
            setSearch('');
            list.clearFilters();
          }}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
