import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ViewParams } from '@shared/api/views';
import { useApiQuery } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { plural } from '@renderer/components/format';
import { BulkActionsBar } from './BulkActionsBar';
import { BulkExportMenu } from './BulkExportMenu';
import { ColumnChooser } from './ColumnChooser';
import { StudentFilters } from './StudentFilters';
import { StudentFormModal } from './StudentFormModal';
import { StudentsTable } from './StudentsTable';
import { useColumnChoice } from './useColumnChoice';
import { useStudentSelection } from './useStudentSelection';
import { studentFilterParams, useStudentListParams } from './useStudentListParams';
import { viewSearch } from '@renderer/features/views/viewParams';
import { ViewsMenu } from '@renderer/features/views/ViewsMenu';
import { ClearFiltersButton } from '@renderer/components/ClearFiltersButton';

export function StudentsPage() {
  const list = useStudentListParams();
  // Remounting the filters resets their search box when filters are cleared from the empty state.
  const [filtersKey, setFiltersKey] = useState(0);
  const location = useLocation();
  const students = useApiQuery('students.list', list.input);
  // The target is an office setting, the same for every row: fetched once for the "2 of 3" column.
  const rules = useApiQuery('readiness.rules', {});
  const target = rules.data?.targetReferences;
  // The form opens from the button, or from the command palette through navigation state (one request
  // per navigation): never from the address, which the debounced search rewrites.
  const mayCreate = useMayCall()('students.create');
  const [open, setOpen] = useState(false);
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  const creating = mayCreate && (open || (isCreateRequest(location.state) && dismissedKey !== location.key));
  const setCreating = (next: boolean) => {
    setOpen(next);
    if (!next) setDismissedKey(location.key);
  };

  const columns = useColumnChoice(list.params, list.update);
  const facets = useApiQuery('students.facets', {});
  const navigate = useNavigate();
  const applyView = (params: ViewParams) => {
    void navigate(`/students?${viewSearch(params)}`);
    // The search box keeps its own text while typing: remounted, it shows the view's.
    setFiltersKey((k) => k + 1);
  };
  const total = students.data?.total ?? 0;
  // A selection belongs to the filter it was made under: another filter starts with nothing selected.
  const { sort: _sort, direction: _direction, page: _page, pageSize: _pageSize, ...filter } = list.input;
  const selection = useStudentSelection(JSON.stringify(filter));
  const unfiltered = studentFilterParams.every((key) => !list.params.get(key));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Students
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {students.data ? plural(total, 'student') : 'Loading…'}
          </Text>
        </div>
        <Group gap="xs">
          <ViewsMenu params={list.params} cols={columns.cols} onApply={applyView} />
          <ColumnChooser visible={columns.visible} onChange={columns.setVisible} />
          <BulkExportMenu input={list.input} total={students.data?.total} />
          {mayCreate && (
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
              New student
            </Button>
          )}
        </Group>
      </Group>
      <StudentFilters key={filtersKey} list={list} />
      <BulkActionsBar selection={selection} input={list.input} total={total} />
      {students.isError ? (
        <ErrorNotice error={students.error} onRetry={() => void students.refetch()} />
      ) : students.data && total === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconUsers size={24} />}
            title={unfiltered ? 'No active students yet' : 'No students match these filters'}
            action={
              unfiltered ? (
                mayCreate && <Button onClick={() => setCreating(true)}>Add a student</Button>
              ) : (
                <ClearFiltersButton
                  inEmptyState
                  onClick={() => {
                    list.clearFilters();
                    setFiltersKey((k) => k + 1);
                  }}
                />
              )
            }
          >
            {unfiltered
              ? 'Add the students you follow with “Add a student”.'
              : list.input.losingTouch
                ? 'Nobody here is past a keep-in-touch window. Try without “Losing touch”, or with fewer filters.'
                : 'Try a shorter search or fewer filters.'}
          </EmptyState>
        </Card>
      ) : (
        <Card withBorder padding={0}>
          <StudentsTable
            input={list.input}
            rows={students.data?.rows ?? []}
            total={total}
            fetching={students.isFetching}
            visible={columns.visible}
            target={target}
            termName={list.input.term ?? facets.data?.terms[0]}
            onSort={list.setSort}
            onPageChange={list.setPage}
            selection={selection}
          />
        </Card>
      )}
      <StudentFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function isCreateRequest(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'create' in state && state.create === true;
}
