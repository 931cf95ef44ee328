import { Button, Group, Paper, Select } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { StudentFacetSelect, withSelected } from '@renderer/features/students/StudentFacetSelect';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { downloadFile } from '@renderer/components/download';
import { withFilter, type DashboardFilter } from './dashboardFilter';
import { notify } from '@renderer/components/notify';
import { memo } from 'react';

interface Props {
  filter: DashboardFilter;
  onChange: (next: DashboardFilter) => void;
  /** The terms the core offers (current first); empty until the figures arrive. */
  terms: readonly string[];
}

/** Advisor, cohort, program, class year and term: one filter for every widget, remembered between visits. */
export const DashboardFilters = memo(function DashboardFilters({ filter, onChange, terms }: Props) {
  const facets = useApiQuery('students.facets', {});
  const advisors = useApiQuery('advisors.list', {});
  const exporter = useApiMutation('dashboard.export');
  const mayExport = useMayCall()('dashboard.export');
  const set = (patch: Parameters<typeof withFilter>[1]) => onChange(withFilter(filter, patch));
  const years = facets.data?.classYears ?? [];
  const filtered = Object.keys(filter).some((key) => key !== 'term');

  const exportFigures = () =>
    exporter.mutate(filter, {
      onSuccess: (file) => {
        downloadFile(file);
        notify.done(`${file.fileName}: every figure on this page, one sheet per widget.`, 'Dashboard exported');
      },
      onError: notify.failure('Not exported'),
    });

  return (
    <Paper withBorder p="sm" radius="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select<number>
          label="Advisor"
          placeholder="All advisors"
          clearable
          searchable
          w={200}
          data={(advisors.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={filter.advisorId ?? null}
          onChange={(v) => set({ advisorId: v })}
        />
        <StudentFacetSelect
          facet="cohorts"
          label="Cohort"
          placeholder="All cohorts"
          value={filter.cohort ?? null}
          onChange={(v) => set({ cohort: v })}
          w={230}
        />
        <StudentFacetSelect
          facet="programs"
          label="Program"
          placeholder="All programs"
          value={filter.program ?? null}
          onChange={(v) => set({ program: v })}
          w={230}
        />
        <Select<number>
          label="Class year"
          placeholder="All class years"
          clearable
          w={150}
          data={withSelected(years, filter.classYear).map((y) => ({ value: y, label: String(y) }))}
          value={filter.classYear ?? null}
          onChange={(v) => set({ classYear: v })}
        />
        <Select
          label="Term"
          w={150}
          allowDeselect={false}
          data={withSelected(terms, filter.term)}
          // No term chosen means the current one, which the core lists first.
          value={filter.term ?? terms[0] ?? null}
          onChange={(v) => set({ term: v === terms[0] ? null : v })}
        />
        {filtered && (
          <Button variant="subtle" color="gray" onClick={() => onChange(filter.term === undefined ? {} : { term: filter.term })}>
            Clear filters
          </Button>
        )}
        {mayExport && (
          <Button ml="auto" variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={exporter.isPending} onClick={exportFigures}>
            Export to Excel
          </Button>
        )}
      </Group>
    </Paper>
  );
});
