import { Anchor, Button, Group, Kbd, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatCount } from '@renderer/components/format';
import { CheckInRows } from './CheckInRows';
import { formatCheckInTime } from './eventFormat';
import { useCheckInDesk } from './useCheckInDesk';
import { WalkInModal } from './WalkInModal';

/**
 * With an empty box the desk lists who is expected (registered or invited), by name, arrivals ticked with their
 * time; typing searches everyone on the list (the core's index), so a student who declined and came is found too.
 */
export function CheckInDesk({ eventId }: { eventId: number }) {
  const { input, text, onChange, onKeyDown, list, counts, last, setLast, setCheckedIn } = useCheckInDesk(eventId);
  const [walkIn, setWalkIn] = useState(false);
  return (
    <Stack gap="sm">
      {counts && (
        <Group justify="space-between" align="baseline">
          <Text size="xl" fw={600} aria-live="polite">
            {formatCount(counts.arrived)} of {formatCount(counts.expected)} arrived
            {counts.walkIns > 0 ? ` (${formatCount(counts.walkIns)} walk-in${counts.walkIns === 1 ? '' : 's'})` : ''}
          </Text>
          <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setWalkIn(true)}>
            Add walk-in
          </Button>
        </Group>
      )}
      <TextInput
        ref={input}
        label="Find attendee"
        description={
          <>
            Name or student ID. <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> choose, <Kbd size="xs">Enter</Kbd> checks in, <Kbd size="xs">Esc</Kbd> clears.
          </>
        }
        size="xl"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        leftSection={<IconSearch size={22} />}
        value={text}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {last && (
        <Text size="sm" c="teal" aria-live="polite">
          Checked in {last.studentName}
          {last.checkedInAt ? ` at ${formatCheckInTime(last.checkedInAt)}` : ''}.{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => setCheckedIn(last, false)}>
            Undo
          </Anchor>
        </Text>
      )}
      <CheckInRows {...list} />
      <WalkInModal eventId={eventId} opened={walkIn} onClose={() => setWalkIn(false)} onAdded={(a) => setLast(a)} />
    </Stack>
  );
}
