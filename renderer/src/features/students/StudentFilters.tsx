import { Button, Group, Popover, Select, Stack, Switch } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { SearchInput } from '@renderer/components/SearchInput';
import { ClearFiltersButton } from '@renderer/components/ClearFiltersButton';
import { goalFilters, readinessFilters, type GoalFilter } from '@shared/api/students';
import { studentStatuses, studentStatusLabels } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { readinessFilterLabels } from '@renderer/features/readiness/readinessDisplay';
import { StudentFacetSelect, withSelected } from './StudentFacetSelect';
import type { useStudentListParams } from './useStudentListParams';

const goalFilterLabels: Record<GoalFilter, string> = {
  met_in_term: 'Met a goal in term',
  active: 'Goal in progress',
  none_active: 'No goal in progress',
};

type ListParams = ReturnType<typeof useStudentListParams>;

export function StudentFilters({ list }: { list: ListParams }) {
  const facets = useApiQuery('students.facets', {});
  const advisors = useApiQuery('advisors.list', {});
  // Clearing the filters remounts the search box so it empties too.
  const [searchKey, setSearchKey] = useState(0);
  const filtered =
    Boolean(list.input.search) ||
    list.input.classYear !== undefined ||
    list.input.program !== undefined ||
    list.input.cohort !== undefined ||
    list.input.advisorId !== undefined ||
    list.input.readiness !== undefined ||
    list.input.goals !== undefined ||
    list.input.term !== undefined ||
    list.input.losingTouch === true ||
    list.statusValue !== 'active';
  const terms = facets.data?.terms ?? [];

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <SearchInput
        key={searchKey}
        label="Search"
        placeholder="Name, email or student ID"
        initialValue={list.input.search ?? ''}
        onSearch={list.setSearch}
        size="xs"
        // 200, not wider: the Losing touch switch then fits the same row at 1440 and the table gains a row.
        w={200}
      />
      <Select
        label="Class year"
        placeholder="Any year"
        clearable
        data={withSelected(facets.data?.classYears ?? [], list.input.classYear).map((y) => ({
          value: String(y),
          label: String(y),
        }))}
        value={list.input.classYear === undefined ? null : String(list.input.classYear)}
        onChange={list.setClassYear}
        size="xs"
        w={110}
      />
      <StudentFacetSelect
        facet="programs"
        label="Program"
        placeholder="Any program"
        value={list.input.program ?? null}
        onChange={list.setProgram}
        size="xs"
        w={190}
      />
      <Select
        label="Advisor"
        placeholder="Any advisor"
        clearable
        searchable
        data={(advisors.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))}
        value={list.input.advisorId === undefined ? null : String(list.input.advisorId)}
        onChange={list.setAdvisor}
        size="xs"
        w={170}
      />
      <Select
        label="Readiness"
        allowDeselect={false}
        data={[{ value: 'all', label: 'All' }, ...readinessFilters.map((r) => ({ value: r, label: readinessFilterLabels[r] }))]}
        value={list.input.readiness ?? 'all'}
        onChange={(value) => list.setReadiness(readinessFilters.find((r) => r === value) ?? null)}
        size="xs"
        w={150}
      />
      <MoreFilters list={list} terms={terms} />
      <Switch
        label="Losing touch"
        title="A stale connection: past its keep-in-touch maximum"
        size="sm"
        checked={list.input.losingTouch === true}
        onChange={(event) => list.setLosingTouch(event.currentTarget.checked)}
        pb={6}
      />
      {filtered && (
        <ClearFiltersButton
          onClick={() => {
            setSearchKey((key) => key + 1);
            list.clearFilters();
          }}
        />
      )}
    </Group>
  );
}

/**
 * The filters used less often (cohort, status, goals and their term), behind one button that counts those set, so a
 * set one is never hidden. "Met a goal in term" looks at the current term unless one is chosen; the list keeps a term
 * from a link.
 */
function MoreFilters({ list, terms }: { list: ListParams; terms: readonly string[] }) {
  const moreSet = [list.input.cohort !== undefined, list.statusValue !== 'active', list.input.goals !== undefined].filter(Boolean).length;
  return (
    <Popover position="bottom-start" shadow="md" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconAdjustmentsHorizontal size={14} />}>
          {moreSet > 0 ? `More filters (${moreSet})` : 'More filters'}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <StudentFacetSelect
            facet="cohorts"
            label="Cohort"
            placeholder="Any cohort"
            value={list.input.cohort ?? null}
            onChange={list.setCohort}
            w={220}
            inPopover
          />
          {/* Focus lands here, not on the searchable cohort field, whose opened list would cover the fields below it. */}
          <Select
            data-autofocus
            label="Status"
            allowDeselect={false}
            data={[{ value: 'all', label: 'All statuses' }, ...studentStatuses.map((s) => ({ value: s, label: studentStatusLabels[s] }))]}
            value={list.statusValue}
            onChange={(value) => {
              const status = studentStatuses.find((s) => s === value) ?? 'all';
              list.setStatus(status);
            }}
            w={220}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label="Goals"
            allowDeselect={false}
            data={[{ value: 'all', label: 'Any' }, ...goalFilters.map((g) => ({ value: g, label: goalFilterLabels[g] }))]}
            value={list.input.goals ?? 'all'}
            onChange={(value) => list.setGoals(goalFilters.find((g) => g === value) ?? null)}
            w={220}
            comboboxProps={{ withinPortal: false }}
          />
          {list.input.goals === 'met_in_term' && (
            <Select
              label="Term"
              allowDeselect={false}
              data={withSelected(terms, list.input.term).map((name, index) => ({
                value: name,
                label: index === 0 ? `${name} (current)` : name,
              }))}
              value={list.input.term ?? terms[0] ?? null}
              onChange={(value) => list.setTerm(value === terms[0] ? null : value)}
              w={220}
              comboboxProps={{ withinPortal: false }}
            />
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
