import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import type { AuditEntry } from '@shared/api/audit';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatCount, formatDateTime, plural } from '@renderer/components/format';
import { pagedTableProps } from '@renderer/components/tableProps';
import { AuditDetails } from './AuditDetails';
import { summariseDetails } from './auditDetails';
import { HistoryFilters } from './HistoryFilters';
import { auditActionLabels, entityLabel } from './historyLabels';
import { historyPageSize, useHistoryParams } from './useHistoryParams';
import { ClearFiltersButton } from '@renderer/components/ClearFiltersButton';

type HistoryParams = ReturnType<typeof useHistoryParams>;

function NoEntries({ list, onClear }: { list: HistoryParams; onClear: () => void }) {
  const { entity, actor, search, fromOn, toOn } = list.input;
  const narrowed = entity !== undefined || actor !== undefined || search !== undefined || fromOn !== undefined || toOn !== undefined;
  if (!list.filtered)
    return (
      <EmptyState icon={<IconHistory size={24} />} title="No exports yet">
        Reference lists, bulk exports and event lists you save appear here.
      </EmptyState>
    );
  if (list.action === 'all' && !narrowed)
    return (
      <EmptyState icon={<IconHistory size={24} />} title="Nothing recorded yet">
        Exports, imports, deletions and bulk changes appear here as they happen.
      </EmptyState>
    );
  return (
    <EmptyState icon={<IconHistory size={24} />} title="Nothing matches these filters" action={<ClearFiltersButton inEmptyState onClick={onClear} />}>
      {list.rangeReversed ? 'The From date is after the To date.' : 'Try another action, a wider date range or a shorter search.'}
    </EmptyState>
  );
}

/** The audit log as advisors need it: which files left the office, with whose records, and who made them. */
export function HistoryPage() {
  const list = useHistoryParams();
  // Remounting the filters is how "Clear filters" empties the search box, which keeps its own text.
  const [filtersKey, setFiltersKey] = useState(0);
  const history = useApiQuery('audit.list', list.input);
  const advisors = useApiQuery('advisors.list', {});
  const advisorName = (id: number) => advisors.data?.find((a) => a.id === id)?.name;
  const total = history.data?.total;
  const clear = () => {
    list.clearFilters();
    setFiltersKey((k) => k + 1);
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          History
        </Title>
        <Text c="dimmed" size="sm">
          Exports, imports and changes, from the audit log
        </Text>
        <Text c="dimmed" size="sm" aria-live="polite">
          {total === undefined ? 'Loading…' : plural(total, 'entry', 'entries')}
        </Text>
      </div>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <HistoryFilters key={filtersKey} list={list} entities={history.data?.entities ?? []} actors={history.data?.actors ?? []} />
      </Group>
      {history.isError ? (
        <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <Card withBorder padding={0}>
          {total === 0 ? (
            <NoEntries list={list} onClear={clear} />
          ) : (
            <DataTable<AuditEntry>
              aria-label="History"
              {...pagedTableProps({
                total: total ?? 0,
                page: list.input.page ?? 1,
                onPageChange: list.setPage,
                fetching: history.isFetching,
                pageSize: historyPageSize,
              })}
              verticalAlign="top"
              records={history.data?.rows ?? []}
              columns={[
                {
                  accessor: 'at',
                  title: 'When',
                  render: (r) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at)}</span>,
                },
                { accessor: 'actor', title: 'Who' },
                { accessor: 'action', title: 'Action', render: (r) => auditActionLabels[r.action] },
                { accessor: 'entity', title: 'What', render: (r) => entityLabel(r.entity) },
                { accessor: 'count', title: 'How many', textAlign: 'right', render: (r) => formatCount(r.count) },
                {
                  accessor: 'details',
                  title: 'Details',
                  width: '40%',
                  render: (r) => <AuditDetails summary={summariseDetails(r.details, advisorName)} what={auditActionLabels[r.action].toLowerCase()} />,
                },
              ]}
            />
          )}
        </Card>
      )}
    </Stack>
  );
}
