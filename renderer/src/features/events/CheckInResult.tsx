import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import type { Attendee } from '@shared/api/events';
import { rsvpStatusLabels } from '@shared/domain';
import { formatCheckInTime, rsvpColors } from './eventFormat';

interface Props {
  attendee: Attendee;
  highlighted: boolean;
  busy: boolean;
  onCheckIn: () => void;
  onUndo: () => void;
  onHover: () => void;
}

/** One search result at the door: big enough to read at arm's length, with its one action. */
export function CheckInResult({ attendee: a, highlighted, busy, onCheckIn, onUndo, onHover }: Props) {
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      onMouseEnter={onHover}
      aria-current={highlighted ? 'true' : undefined}
      bg={highlighted ? 'var(--mantine-color-indigo-light)' : undefined}
      style={{ borderColor: highlighted ? 'var(--mantine-color-indigo-filled)' : undefined, listStyle: 'none' }}
    >
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text size="lg" fw={600}>
            {a.studentName}
          </Text>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {[a.externalId, a.program].filter((x) => x !== null && x !== '').join(' · ') || 'No student ID or program'}
            </Text>
            <Badge size="sm" variant="light" color={rsvpColors[a.rsvp]}>
              {rsvpStatusLabels[a.rsvp]}
            </Badge>
          </Group>
        </div>
        {a.checkedInAt ? (
          <Group gap="sm" wrap="nowrap">
            <Badge size="lg" color="teal" variant="filled">
              Checked in {formatCheckInTime(a.checkedInAt)}
            </Badge>
            <Button size="xs" variant="subtle" color="gray" onClick={onUndo} loading={busy} aria-label={`Undo check-in for ${a.studentName}`}>
              Undo
            </Button>
          </Group>
        ) : (
          <Button onClick={onCheckIn} loading={busy} aria-label={`Check in ${a.studentName}`}>
            Check in
          </Button>
        )}
      </Group>
    </Paper>
  );
}
