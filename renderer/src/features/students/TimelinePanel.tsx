import { Badge, Chip, Group, Pagination, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconBriefcase, IconCalendarEvent, IconFlag, IconMessageCircle, IconNotes, IconTarget, IconTimeline } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { timelineKinds, type TimelineItem, type TimelineKind } from '@shared/api/students';
import { EditDeleteActions } from '@renderer/components/RowActions';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatCount, formatDate } from '@renderer/components/format';
import { InteractionFormModal, type InteractionTarget } from '@renderer/features/connections/InteractionFormModal';
import { SectionCard } from '@renderer/components/SectionCard';
import { notify } from '@renderer/components/notify';

const pageSize = 20;

const kindLabels: Record<TimelineKind, string> = {
  interaction: 'Interactions',
  placement: 'Placements',
  goal: 'Goals',
  event: 'Events',
  milestone: 'Milestones',
  note: 'Notes',
};
const kindIcons: Record<TimelineKind, ReactNode> = {
  interaction: <IconMessageCircle size={14} />,
  placement: <IconBriefcase size={14} />,
  goal: <IconTarget size={14} />,
  event: <IconCalendarEvent size={14} />,
  milestone: <IconFlag size={14} />,
  note: <IconNotes size={14} />,
};
const kindColors: Record<TimelineKind, string> = {
  interaction: 'indigo',
  placement: 'teal',
  goal: 'grape',
  event: 'orange',
  milestone: 'pink',
  note: 'cyan',
};

/** Everything that happened with the student, newest first (the server orders it). */
export function TimelinePanel({ studentId }: { studentId: number }) {
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<InteractionTarget | null>(null);
  // No chip chosen means everything, the same as choosing every chip.
  const timeline = useApiQuery('students.timeline', {
    studentId,
    kinds: kinds.length > 0 ? kinds : undefined,
    page,
    pageSize,
  });
  const remove = useApiMutation('interactions.delete');
  const total = timeline.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  const confirmDelete = (item: TimelineItem, interactionId: number) =>
    modals.openConfirmModal({
      title: 'Delete this interaction?',
      children: (
        <Text size="sm">
          “{item.title}” on {formatDate(item.on)} will be removed. Keep-in-touch, goal progress and the wrap-up checklist are recalculated without it. This
          cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Delete interaction', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: interactionId },
          {
            onSuccess: () => {
              // Deleting the only item on the last page would leave an empty page behind.
              if (page > 1 && timeline.data?.rows.length === 1) setPage(page - 1);
              notify.removed('Interaction deleted.');
            },
            onError: notify.failure('Not deleted'),
          },
        ),
    });

  let body;
  if (timeline.isError) body = <ErrorNotice error={timeline.error} onRetry={() => void timeline.refetch()} />;
  else if (!timeline.data)
    body = (
      <Stack gap="sm">
        <Skeleton h={40} />
        <Skeleton h={40} />
        <Skeleton h={40} />
      </Stack>
    );
  else if (timeline.data.rows.length === 0)
    body = (
      <EmptyState icon={<IconTimeline size={24} />} title={kinds.length > 0 ? 'Nothing of these kinds yet' : 'Nothing on the timeline yet'}>
        {kinds.length > 0
          ? 'Clear the filters to see everything.'
          : 'Interactions logged on the connections above, placements, goals, events and milestones all appear here, newest first.'}
      </EmptyState>
    );
  else
    body = (
      <Stack gap="md">
        <Timeline bulletSize={26} lineWidth={2}>
          {timeline.data.rows.map((item) => (
            <Timeline.Item key={item.key} bullet={kindIcons[item.kind]} color={kindColors[item.kind]} title={<TimelineTitle item={item} />}>
              {item.detail && (
                <Text size="sm" c="dimmed">
                  {item.detail}
                </Text>
              )}
              {item.summary && item.summary !== item.detail && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {item.summary}
                </Text>
              )}
              {editTarget(item) && (
                <InteractionActions
                  label={item.title}
                  onEdit={() => setEditing(editTarget(item))}
                  onDelete={() => item.interactionId !== null && confirmDelete(item, item.interactionId)}
                />
              )}
            </Timeline.Item>
          ))}
        </Timeline>
        {pages > 1 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {formatCount((page - 1) * pageSize + 1)}–{formatCount(Math.min(page * pageSize, total))} of {formatCount(total)}
            </Text>
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              size="sm"
              aria-label="Timeline pages"
              getControlProps={(control) => ({
                'aria-label': control === 'previous' ? 'Previous page' : control === 'next' ? 'Next page' : control === 'first' ? 'First page' : 'Last page',
              })}
              getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
            />
          </Group>
        )}
      </Stack>
    );

  return (
    <SectionCard title="Timeline">
      <Chip.Group
        multiple
        value={kinds}
        onChange={(values) => {
          setKinds(timelineKinds.filter((k) => values.includes(k)));
          setPage(1);
        }}
      >
        <Group gap="xs" mb="md" role="group" aria-label="Show only">
          {timelineKinds.map((k) => (
            <Chip key={k} value={k} size="xs" variant="outline">
              {kindLabels[k]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {body}
      <InteractionFormModal target={editing} onClose={() => setEditing(null)} />
    </SectionCard>
  );
}

/** Only interaction items can be edited here; placements, goals and events have their own screens. */
function editTarget(item: TimelineItem): InteractionTarget | null {
  if (item.interactionId === null || item.interactionKind === null || item.interactionVersion === null) return null;
  return {
    mode: 'edit',
    interactionId: item.interactionId,
    version: item.interactionVersion,
    title: item.title,
    kind: item.interactionKind,
    occurredOn: item.on,
    summary: item.summary,
    sharedContactDetails: item.sharedContactDetails,
  };
}

function TimelineTitle({ item }: { item: TimelineItem }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={500}>
        {item.title}
      </Text>
      {item.sharedContactDetails && (
        <Badge size="xs" variant="light" color="teal">
          Personal details shared
        </Badge>
      )}
      <Text size="xs" c="dimmed" component="time" dateTime={item.on}>
        {formatDate(item.on)}
      </Text>
    </Group>
  );
}

function InteractionActions({ label, onEdit, onDelete }: { label: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <Group gap={4} mt={4}>
      <EditDeleteActions area="interactions" what="interaction" name={label} onEdit={onEdit} onDelete={onDelete} small />
    </Group>
  );
}
