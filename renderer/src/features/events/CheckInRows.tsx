import { Box, Skeleton, Stack, Text } from '@mantine/core';
import type { Attendee } from '@shared/api/events';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { CheckInResult, type CheckInActions } from './CheckInResult';

interface Props {
  /** The list's load failed (retry with `onRetry`), or null. */
  error: Error | null;
  loaded: boolean;
  onRetry: () => void;
  rows: readonly Attendee[];
  listing: boolean;
  query: string;
  active: number;
  busyId: number | null;
  actions: CheckInActions;
}

/** What the desk lists under its box: the expected attendees (empty box) or the matches, each checked in with a click. */
export function CheckInRows({ error, loaded, onRetry, rows, listing, query, active, busyId, actions }: Props) {
  if (error) return <ErrorNotice error={error} onRetry={onRetry} />;
  if (!loaded) {
    return (
      <Stack gap="xs">
        <Skeleton h={48} />
        <Skeleton h={48} />
        <Skeleton h={48} />
      </Stack>
    );
  }
  if (rows.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="lg">
        {listing
          ? 'Nobody is expected yet: nobody on the list has registered or been invited. Add walk-ins as they arrive.'
          : `No attendee matches “${query}”. Check the spelling, try the student ID, or add them as a walk-in.`}
      </Text>
    );
  }
  // Columns at least 520 px wide, as many as the page holds (two at 1440): the list reads down the first column, then the
  // next, in the order the arrows move, and a crowd's names fit in one screen without leaving the page's right side empty.
  return (
    <Box
      component="ul"
      p={0}
      m={0}
      style={{ columns: '520px', columnGap: 'var(--mantine-spacing-sm)' }}
      aria-label={listing ? 'Expected attendees' : 'Matching attendees'}
    >
      {rows.map((a, index) => (
        <CheckInResult key={a.attendanceId} attendee={a} index={index} highlighted={index === active} busy={busyId === a.attendanceId} actions={actions} />
      ))}
    </Box>
  );
}
