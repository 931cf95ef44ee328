import { Badge, Group, Skeleton, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconBriefcase } from '@tabler/icons-react';
import { useState } from 'react';
import type { Placement } from '@shared/api/placements';
import { placementKindLabels } from '@shared/domain';
import { EditDeleteActions, RowActionsHeader } from '@renderer/components/RowActions';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { todayIso } from '@renderer/components/dates';
import { PlacementFormModal } from './PlacementFormModal';
import { SectionCard } from '@renderer/components/SectionCard';
import { notify } from '@renderer/components/notify';
import { AddButton } from '@renderer/components/AddButton';

function dateRange(p: Placement): string {
  if (!p.endOn) return `${formatDate(p.startOn)} – ongoing`;
  return `${formatDate(p.startOn)} – ${formatDate(p.endOn)}`;
}

/** Most recent first: the placement an advisor asks about is usually the latest. */
function newestFirst(a: Placement, b: Placement): number {
  return b.startOn.localeCompare(a.startOn) || (b.endOn ?? '9999').localeCompare(a.endOn ?? '9999');
}

export function PlacementsPanel({ studentId }: { studentId: number }) {
  const placements = useApiQuery('placements.forStudent', { studentId });
  const remove = useApiMutation('placements.delete');
  const [formFor, setFormFor] = useState<{ placement?: Placement } | null>(null);
  const rows = [...(placements.data ?? [])].sort(newestFirst);
  const today = todayIso();

  const addButton = <AddButton procedure="placements.create" label="Add placement" onClick={() => setFormFor({})} />;

  const confirmDelete = (p: Placement) =>
    modals.openConfirmModal({
      title: `Delete the placement ${p.role} at ${p.employerName}?`,
      children: (
        <Text size="sm">Its wrap-up checklist goes with it. Connections made there and their logged interactions are kept. This cannot be undone.</Text>
      ),
      labels: { confirm: 'Delete placement', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: p.id },
          {
            onSuccess: () => notify.removed(`Deleted ${p.role} at ${p.employerName}.`),
            onError: notify.failure('Not deleted'),
          },
        ),
    });

  let body;
  if (placements.isError) body = <ErrorNotice error={placements.error} onRetry={() => void placements.refetch()} />;
  else if (!placements.data) body = <Skeleton h={100} />;
  else if (rows.length === 0)
    body = (
      <EmptyState icon={<IconBriefcase size={24} />} title="No placements yet" action={addButton}>
        Record internships, co-ops and jobs: when one ends, Rapport prepares the thank-you wrap-up for everyone who helped.
      </EmptyState>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover aria-label="Placements">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Employer</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Supervisor</Table.Th>
              <Table.Th>Dates</Table.Th>
              <RowActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={500}>{p.employerName}</Table.Td>
                <Table.Td>{p.role}</Table.Td>
                <Table.Td>{placementKindLabels[p.kind]}</Table.Td>
                <Table.Td>{p.supervisorName ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{dateRange(p)}</Text>
                    {p.startOn <= today && (p.endOn === null || p.endOn >= today) && (
                      <Badge size="xs" variant="light" color="teal">
                        Current
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <EditDeleteActions
                      area="placements"
                      what="placement"
                      name={`${p.role} at ${p.employerName}`}
                      onEdit={() => setFormFor({ placement: p })}
                      onDelete={() => confirmDelete(p)}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <SectionCard title="Placements" actions={rows.length > 0 ? addButton : undefined}>
      {body}
      <PlacementFormModal opened={formFor !== null} onClose={() => setFormFor(null)} studentId={studentId} placement={formFor?.placement} />
    </SectionCard>
  );
}
