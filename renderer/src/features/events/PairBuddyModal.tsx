import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Attendee } from '@shared/api/events';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';
import { useWhileShown } from '@renderer/components/useWhileShown';

/** "Bring a friend": pair an attendee with another; the core gives both the shared challenge goal. */
export function PairBuddyModal({ eventId, attendee, onClose }: { eventId: number; attendee: Attendee | null; onClose: () => void }) {
  return (
    <Modal opened={attendee !== null} onClose={onClose} title={attendee ? `Pair ${attendee.studentName} with…` : 'Pair with…'}>
      {attendee && <PairForm eventId={eventId} attendee={attendee} onDone={onClose} />}
    </Modal>
  );
}

function PairForm({ eventId, attendee, onDone }: { eventId: number; attendee: Attendee; onDone: () => void }) {
  const close = useWhileShown(onDone);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [buddy, setBuddy] = useState<{ value: number; label: string } | null>(null);
  const buddyId = buddy?.value ?? null;
  // Once chosen, the box shows the buddy's label; searching for that text would hide the choice itself.
  const query = debounced === '' || debounced === buddy?.label ? undefined : debounced;
  const candidates = useApiQuery('events.attendees', { eventId, search: query, pageSize: 20 });
  const pair = useApiMutation('attendance.pairBuddies');

  const data = (candidates.data?.rows ?? [])
    .filter((a) => a.attendanceId !== attendee.attendanceId)
    .map((a) => ({
      value: a.attendanceId,
      label: a.buddyName ? `${a.studentName} (now with ${a.buddyName})` : a.studentName,
    }));
  if (buddy && !data.some((o) => o.value === buddy.value)) data.unshift(buddy);

  const submit = () => {
    if (buddyId === null) return;
    pair.mutate(
      { attendanceId: attendee.attendanceId, buddyAttendanceId: buddyId },
      {
        onSuccess: (rows) => {
          const names = rows.map((r) => r.studentName).join(' and ');
          notify.done(`${names} share the challenge goal.`, 'Buddies paired');
          close();
        },
        onError: notify.failure('Not paired'),
      },
    );
  };

  return (
    <Stack gap="sm">
      {attendee.buddyName && (
        <Alert color="yellow">
          {attendee.studentName} is paired with {attendee.buddyName}. Choosing someone else replaces that pairing.
        </Alert>
      )}
      <Select<number>
        label="Buddy"
        placeholder="Search attendees"
        searchable
        data-autofocus
        data={data}
        value={buddyId}
        onChange={(id, option) => setBuddy(id === null || option === null ? null : { value: id, label: option.label })}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        nothingFoundMessage={candidates.isFetching ? 'Searching…' : 'No other attendee matches'}
      />
      <Text size="xs" c="dimmed">
        Each pair comes together and each talks to at least one new person alone.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={pair.isPending}>
          Cancel
        </Button>
        <Button onClick={submit} disabled={buddyId === null} loading={pair.isPending}>
          Pair
        </Button>
      </Group>
    </Stack>
  );
}
