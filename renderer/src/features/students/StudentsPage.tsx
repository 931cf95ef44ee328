import { Anchor, Badge, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconLock, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { studentSortColumns, type StudentRow } from '../../../../shared/api/students';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatDate, plural } from '../../components/format';
import { StudentStatusBadge } from '../../components/StatusBadge';
import { pagedTableProps } from '../../components/tableProps';
import { BulkExportMenu } from './BulkExportMenu';
import { ReadinessLevelBadge } from './readinessBadges';
import { StudentFilters } from './StudentFilters';
import { StudentFormModal } from './StudentFormModal';
import { useStudentListParams } from './useStudentListParams';

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
  const [open, setOpen] = useState(false);
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  const creating = open || (isCreateRequest(location.state) && dismissedKey !== location.key);
  const setCreating = (next: boolean) => {
    setOpen(next);
    if (!next) setDismissedKey(location.key);
  };

  const sortStatus: DataTableSortStatus<StudentRow> = {
    columnAccessor: list.input.sort ?? 'name',
    direction: list.input.direction ?? 'asc',
  };
  const total = students.data?.total ?? 0;
  const unfiltered = ['q', 'year', 'program', 'cohort', 'advisor', 'status', 'readiness'].every((key) => !list.params.get(key));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Students</Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {students.data ? plural(total, 'student') : 'Loading…'}
          </Text>
        </div>
        <Group gap="xs">
          <BulkExportMenu input={list.input} total={students.data?.total} />
          <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
            New student
          </Button>
        </Group>
      </Group>
      <StudentFilters key={filtersKey} list={list} />
      {students.isError ? (
        <ErrorNotice error={students.error} onRetry={() => void students.refetch()} />
      ) : students.data && total === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconUsers size={24} />}
            title={unfiltered ? 'No active students yet' : 'No students match these filters'}
            action={
              unfiltered ? (
                <Button onClick={() => setCreating(true)}>Add a student</Button>
              ) : (
                <Button
                  variant="light"
                  onClick={() => {
                    list.clearFilters();
                    setFiltersKey((k) => k + 1);
                  }}
                >
                  Clear filters
                </Button>
              )
            }
          >
            {unfiltered ? 'Add the students you follow with “Add a student”.' : 'Try a shorter search or fewer filters.'}
          </EmptyState>
        </Card>
      ) : (
        <Card withBorder padding={0}>
          <DataTable<StudentRow>
            aria-label="Students"
            {...pagedTableProps({ total, page: list.input.page ?? 1, onPageChange: list.setPage, fetching: students.isFetching, pageSize: list.input.pageSize })}
            records={students.data?.rows ?? []}
            idAccessor="id"
            sortStatus={sortStatus}
            onSortStatusChange={(status) => {
              const column = studentSortColumns.find((c) => c === status.columnAccessor) ?? 'name';
              list.setSort(column, status.direction);
            }}
            columns={[
              {
                accessor: 'name',
                title: 'Name',
                sortable: true,
                render: (row) => (
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={`/students/${row.id}`} fw={500}>
                      {row.displayName}
                    </Anchor>
                    {row.confidential && (
                      <Tooltip label="Confidential (FERPA hold): never exported">
                        <IconLock size={14} aria-label="Confidential" />
                      </Tooltip>
                    )}
                  </Group>
                ),
              },
              { accessor: 'externalId', title: 'Student ID', sortable: true, render: (row) => row.externalId ?? '—' },
              { accessor: 'program', title: 'Program', sortable: true, render: (row) => row.program ?? '—' },
              { accessor: 'classYear', title: 'Class year', sortable: true, render: (row) => row.classYear ?? '—' },
              {
                accessor: 'advisor',
                title: 'Advisor',
                sortable: true,
                render: (row) => row.advisorName ?? <Badge variant="outline" color="gray" size="sm">Unassigned</Badge>,
              },
              { accessor: 'status', title: 'Status', sortable: true, render: (row) => <StudentStatusBadge status={row.status} /> },
              {
                accessor: 'readiness',
                title: 'Readiness',
                sortable: true,
                render: (row) => <ReadinessLevelBadge level={row.readinessLevel} />,
              },
              {
                accessor: 'readyCount',
                title: 'Ready refs',
                sortable: true,
                textAlign: 'right',
                render: (row) => (
                  <Text size="sm" c={row.readyReferences === 0 ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {target === undefined ? row.readyReferences : `${row.readyReferences} of ${target}`}
                  </Text>
                ),
              },
              {
                // Not sortable: the list sorts in SQL by the columns the contract names, and this is not one of them.
                accessor: 'goals',
                title: 'Goals (term)',
                render: (row) => (
                  // Dimmed when there is nothing yet, so students without goals stand out on a scan.
                  <Text size="sm" c={row.goalsMetThisTerm === 0 && row.goalsActive === 0 ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {formatCount(row.goalsMetThisTerm)} met · {formatCount(row.goalsActive)} active
                  </Text>
                ),
              },
              { accessor: 'lastActivityOn', title: 'Last activity', render: (row) => formatDate(row.lastActivityOn) },
              {
                accessor: 'staleConnections',
                title: 'Stale connections',
                textAlign: 'right',
                render: (row) =>
                  row.staleConnections > 0 ? (
                    <Badge color="red" variant="light" size="sm">
                      {row.staleConnections}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      0
                    </Text>
                  ),
              },
            ]}
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
