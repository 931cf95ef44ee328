import { Button, Group, List, Select, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCalendarCheck, IconMessages, IconTargetOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { NoShowGoal } from '@shared/api/event-desk';
import type { Attendee, EventDetail } from '@shared/api/events';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { formatCount } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';
import { LogMeetingModal } from './LogMeetingModal';

/** The three things to do once the doors close: mark it held, drop the goals of no-shows, log who attendees met. */
export function AfterEventActions({ event }: { event: EventDetail }) {
  const mayCall = useMayCall();
  return (
    <Group gap="sm" align="flex-end">
      {mayCall('events.setHeld') && event.status !== 'done' && event.status !== 'cancelled' && <MarkHeld event={event} />}
      {mayCall('events.dropNoShowGoals') && <DropNoShowGoals event={event} />}
      {mayCall('events.logMeeting') && <LogWhoTheyMet eventId={event.id} />}
    </Group>
  );
}

function MarkHeld({ event }: { event: EventDetail }) {
  const setHeld = useApiMutation('events.setHeld');
  const mark = () =>
    setHeld.mutate(
      { id: event.id, held: true },
      {
        onSuccess: () =>
          notify.undoable({
            id: `held-${event.id}`,
            title: `${event.title} marked held.`,
            onUndo: () => setHeld.mutate({ id: event.id, held: false }, { onError: notify.failure('Not undone') }),
          }),
        onError: notify.failure('Not marked held'),
      },
    );
  return (
    <Button variant="light" leftSection={<IconCalendarCheck size={16} />} onClick={mark} loading={setHeld.isPending}>
      Mark as held
    </Button>
  );
}

const namesShown = 8;

function DropNoShowGoals({ event }: { event: EventDetail }) {
  const goals = useApiQuery('events.noShowGoals', { eventId: event.id });
  const drop = useApiMutation('events.dropNoShowGoals');
  const open = goals.data ?? [];
  if (open.length === 0) return null;
  const dropAll = (chosen: readonly NoShowGoal[]) => {
    const goalIds = chosen.map((g) => g.goalId);
    drop.mutate(
      { eventId: event.id, goalIds, dropped: true },
      {
        onSuccess: ({ changed }) =>
          notify.undoable({
            id: `no-shows-${event.id}`,
            color: 'gray',
            title: `${formatCount(changed)} goal${changed === 1 ? '' : 's'} of no-shows dropped.`,
            onUndo: () => drop.mutate({ eventId: event.id, goalIds, dropped: false }, { onError: notify.failure('Not undone') }),
          }),
        onError: notify.failure('Goals not dropped'),
      },
    );
  };
  const confirm = () =>
    modals.openConfirmModal({
      title: `Drop the goals of ${formatCount(open.length)} no-show${open.length === 1 ? '' : 's'}?`,
      children: (
        <>
          <Text size="sm" mb="xs">
            These students registered for {event.title} and did not check in. Their goal for the event stops counting; nothing is deleted, and Undo takes them
            up again.
          </Text>
          <List size="sm">
            {open.slice(0, namesShown).map((g) => (
              <List.Item key={g.goalId}>
                {g.studentName}: {g.description}
              </List.Item>
            ))}
            {open.length > namesShown && <List.Item>and {formatCount(open.length - namesShown)} more</List.Item>}
          </List>
        </>
      ),
      labels: { confirm: 'Drop goals', cancel: 'Cancel' },
      onConfirm: () => dropAll(open),
    });
  return (
    <Button variant="light" color="gray" leftSection={<IconTargetOff size={16} />} onClick={confirm} loading={drop.isPending}>
      Drop goals of no-shows ({formatCount(open.length)})
    </Button>
  );
}

/** The existing "Log meeting" flow, for whoever came: pick the attendee, then the person they met. */
function LogWhoTheyMet({ eventId }: { eventId: number }) {
  const list = useApiQuery('events.checkInList', { eventId });
  const [logging, setLogging] = useState<Attendee | null>(null);
  const came = (list.data?.rows ?? []).filter((a) => a.checkedInAt !== null);
  return (
    <>
      <Select
        label="Log who they met"
        placeholder={came.length === 0 ? 'Nobody checked in' : 'Choose an attendee'}
        leftSection={<IconMessages size={16} />}
        searchable
        disabled={came.length === 0}
        data={came.map((a) => ({ value: String(a.attendanceId), label: a.studentName }))}
        value={null}
        onChange={(value) => setLogging(came.find((a) => String(a.attendanceId) === value) ?? null)}
        w={260}
      />
      <LogMeetingModal eventId={eventId} attendee={logging} onClose={() => setLogging(null)} />
    </>
  );
}
