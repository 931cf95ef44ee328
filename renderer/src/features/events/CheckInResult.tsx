import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconCircleCheckFilled } from '@tabler/icons-react';
import { memo } from 'react';
import type { Attendee } from '@shared/api/events';
import { rsvpStatusLabels } from '@shared/domain';
import { formatCheckInTime, rsvpColors } from './eventFormat';

/** The row's actions, one stable object for the whole list (so a 300-row list re-renders only the rows that change). */
export interface CheckInActions {
  onCheckIn: (attendee: Attendee) => void;
  onUndo: (attendee: Attendee) => void;
  onHover: (index: number) => void;
}

interface Props {
  attendee: Attendee;
  index: number;
  highlighted: boolean;
  busy: boolean;
  actions: CheckInActions;
}

/** One person at the door: readable at arm's length, arrival ticked with its time (in words, not by colour alone). */
export const CheckInResult = memo(function CheckInResult({ attendee: a, index, highlighted, busy, actions }: Props) {
  const details = [a.externalId, a.program].filter((x) => x !== null && x !== '').join(' · ');
  return (
    <Paper
      component="li"
      withBorder
      px="sm"
      py={6}
      onMouseEnter={() => actions.onHover(index)}
      aria-current={highlighted ? 'true' : undefined}
      bg={highlighted ? 'var(--mantine-color-indigo-light)' : undefined}
      mb={4}
      // A row never splits across the desk's columns (CheckInRows).
      style={{ borderColor: highlighted ? 'var(--mantine-color-indigo-filled)' : undefined, listStyle: 'none', breakInside: 'avoid' }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Text size="lg" fw={600}>
            {a.studentName}
          </Text>
          {details !== '' && (
            <Text size="sm" c="dimmed">
              {details}
            </Text>
          )}
          {a.walkIn ? (
            <Badge size="sm" variant="outline" color="grape">
              Walk-in
            </Badge>
          ) : (
            <Badge size="sm" variant="light" color={rsvpColors[a.rsvp]}>
              {rsvpStatusLabels[a.rsvp]}
            </Badge>
          )}
        </Group>
        {a.checkedInAt ? (
          <Group gap="sm" wrap="nowrap">
            <Group gap={4} wrap="nowrap">
              <IconCircleCheckFilled size={20} color="var(--mantine-color-teal-filled)" aria-hidden />
              <Text fw={600} c="var(--mantine-color-teal-text)" size="sm">
                Arrived {formatCheckInTime(a.checkedInAt)}
              </Text>
            </Group>
            <Button size="xs" variant="subtle" color="gray" onClick={() => actions.onUndo(a)} loading={busy} aria-label={`Undo check-in for ${a.studentName}`}>
              Undo
            </Button>
          </Group>
        ) : (
          <Button size="sm" onClick={() => actions.onCheckIn(a)} loading={busy} aria-label={`Check in ${a.studentName}`}>
            Check in
          </Button>
        )}
      </Group>
    </Paper>
  );
});
