import { Button, Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconUsersGroup } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';
import type { Connection } from '@shared/api/connections';
import { cadenceStates, referenceStatusLabels, relationshipKindLabels } from '@shared/domain';
import { EditDeleteActions } from '@renderer/components/RowActions';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { plural } from '@renderer/components/format';
import { ConnectionFormModal } from './ConnectionFormModal';
import { InteractionFormModal, type InteractionTarget } from './InteractionFormModal';
import { LogInteractionMenu } from './LogInteractionMenu';
import { SectionCard } from '@renderer/components/SectionCard';
import { notify } from '@renderer/components/notify';
import { connectionColumns } from './connectionColumns';
import { AddButton } from '@renderer/components/AddButton';

type SortColumn = 'contactName' | 'relationship' | 'sinceOn' | 'referenceStatus' | 'lastTouchOn' | 'cadence';
const sortColumns: readonly SortColumn[] = ['contactName', 'relationship', 'sinceOn', 'referenceStatus', 'lastTouchOn', 'cadence'];

// Missing dates sort as the oldest, so "never touched" sits with the most overdue.
const byColumn: Record<SortColumn, (a: Connection, b: Connection) => number> = {
  contactName: (a, b) => a.contactName.localeCompare(b.contactName),
  relationship: (a, b) => relationshipKindLabels[a.relationship].localeCompare(relationshipKindLabels[b.relationship]),
  sinceOn: (a, b) => (a.sinceOn ?? '').localeCompare(b.sinceOn ?? ''),
  referenceStatus: (a, b) => referenceStatusLabels[a.referenceStatus].localeCompare(referenceStatusLabels[b.referenceStatus]),
  lastTouchOn: (a, b) => (a.lastTouchOn ?? '').localeCompare(b.lastTouchOn ?? ''),
  // Fresh → cooling → stale, and within a state by how long it has been.
  cadence: (a, b) => cadenceStates.indexOf(a.cadence) - cadenceStates.indexOf(b.cadence) || a.daysSinceTouch - b.daysSinceTouch,
};

function sortConnections(rows: Connection[], sort: DataTableSortStatus<Connection>): Connection[] {
  const column = sortColumns.find((c) => c === sort.columnAccessor) ?? 'contactName';
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * byColumn[column](a, b) || a.contactName.localeCompare(b.contactName));
}

export function ConnectionsPanel({ studentId }: { studentId: number }) {
  const connections = useApiQuery('connections.forStudent', { studentId });
  const [sort, setSort] = useState<DataTableSortStatus<Connection>>({
    columnAccessor: 'contactName',
    direction: 'asc',
  });
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const [formFor, setFormFor] = useState<{ connection?: Connection } | null>(null);
  const [interaction, setInteraction] = useState<InteractionTarget | null>(null);
  const remove = useApiMutation('connections.delete');

  const rows = connections.data ? sortConnections(connections.data, sort) : [];
  // Selection is kept as ids so it survives refetches (which replace every row object).
  const selected = rows.filter((r) => selectedIds.includes(r.id));
  const addButton = <AddButton procedure="connections.create" label="Add connection" onClick={() => setFormFor({})} />;

  const confirmDelete = (c: Connection) =>
    modals.openConfirmModal({
      title: `Delete the connection with ${c.contactName}?`,
      children: (
        <Text size="sm">
          {c.interactionCount > 0
            ? `${plural(c.interactionCount, 'logged interaction')} ${c.interactionCount === 1 ? 'goes' : 'go'} with it. `
            : 'No interactions have been logged on it. '}
          The contact stays in the directory. This cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Delete connection', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: c.id },
          {
            onSuccess: (r) => {
              setSelectedIds((ids) => ids.filter((id) => id !== c.id));
              notify.removed(`Deleted the connection with ${c.contactName}${r.interactions > 0 ? ` and ${plural(r.interactions, 'interaction')}` : ''}.`);
            },
            onError: notify.failure('Not deleted'),
          },
        ),
    });

  let body;
  if (connections.isError) body = <ErrorNotice error={connections.error} onRetry={() => void connections.refetch()} />;
  else if (!connections.data) body = <Skeleton h={160} />;
  else if (rows.length === 0)
    body = (
      <EmptyState icon={<IconUsersGroup size={24} />} title="No connections yet" action={addButton}>
        Add the people this student knows (supervisors, mentors, people met at events) to track keep-in-touch and references.
      </EmptyState>
    );
  else
    body = (
      <Stack gap="sm">
        {selected.length > 0 && (
          <Group gap="sm" aria-live="polite">
            <Text size="sm">{plural(selected.length, 'connection')} selected</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() =>
                setInteraction({
                  mode: 'bulk',
                  connections: selected.map((c) => ({ id: c.id, contactName: c.contactName })),
                })
              }
            >
              Log for selected
            </Button>
            <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setSelectedIds([])}>
              Clear selection
            </Button>
          </Group>
        )}
        <DataTable<Connection>
          aria-label="Connections"
          highlightOnHover
          verticalSpacing="sm"
          records={rows}
          sortStatus={sort}
          onSortStatusChange={setSort}
          selectedRecords={selected}
          onSelectedRecordsChange={(records) => setSelectedIds(records.map((r) => r.id))}
          allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select all connections' }}
          getRecordSelectionCheckboxProps={(r) => ({ 'aria-label': `Select ${r.contactName}` })}
          columns={[
            {
              accessor: 'contactName',
              title: 'Contact',
              sortable: true,
              render: (c) => (
                <div>
                  <Text size="sm" fw={500}>
                    {c.contactName}
                  </Text>
                  {(c.contactTitle || c.employerName) && (
                    <Text size="xs" c="dimmed">
                      {[c.contactTitle, c.employerName].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                </div>
              ),
            },
            ...connectionColumns.map((column) => ({ ...column, sortable: true })),
            {
              accessor: 'actions',
              title: <VisuallyHidden>Actions</VisuallyHidden>,
              textAlign: 'right',
              render: (c) => (
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <LogInteractionMenu connection={c} onDetails={() => setInteraction({ mode: 'create', connectionId: c.id, contactName: c.contactName })} />
                  <EditDeleteActions
                    area="connections"
                    what="connection"
                    name={c.contactName}
                    onEdit={() => setFormFor({ connection: c })}
                    onDelete={() => confirmDelete(c)}
                  />
                </Group>
              ),
            },
          ]}
        />
      </Stack>
    );

  return (
    <SectionCard title="Connections" actions={rows.length > 0 ? addButton : undefined}>
      {body}
      <ConnectionFormModal opened={formFor !== null} onClose={() => setFormFor(null)} side={{ studentId, connection: formFor?.connection }} />
      <InteractionFormModal
        target={interaction}
        onClose={() => setInteraction(null)}
        // A bulk log is done with that selection; after a cancel the selection stays for another try.
        onSaved={() => {
          if (interaction?.mode === 'bulk') setSelectedIds([]);
        }}
      />
    </SectionCard>
  );
}
