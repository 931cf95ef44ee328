import { Alert, Anchor, Breadcrumbs, Button, Group, Kbd, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconDeviceDesktop, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { Attendee, EventDetail } from '@shared/api/events';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatCount, formatDate } from '@renderer/components/format';
import { officeZone } from '@renderer/components/dates';
import { checkInWindow, kioskOpen } from '@shared/check-in-day';
import { recordPage } from '@renderer/components/RecordPage';
import { CheckInResult, type CheckInActions } from './CheckInResult';
import { StartKioskModal } from './kiosk/StartKioskModal';
import { WalkInModal } from './WalkInModal';
import { formatCheckInTime } from './eventFormat';
import { missingEvent } from './missingEvent';
import { notify } from '@renderer/components/notify';

/** The door: type a name or ID (or scan a card), Enter checks in the highlighted person, the box is ready again. */
export const CheckInPage = recordPage({
  useRecord: (id, enabled) => useApiQuery('events.get', { id }, { enabled }),
  missing: missingEvent,
  skeleton: [56, 240],
  view: (e) => <CheckInView event={e} />,
});

function CheckInView({ event }: { event: EventDetail }) {
  // The core refuses an early check-in by the same rule; say so here rather than after the first name is typed.
  const door = checkInWindow(officeZone(), event.startsAt);
  useDocumentTitle(`Check-in: ${event.title} · Rapport`);
  const [kiosk, setKiosk] = useState(false);
  return (
    <Stack gap="md" maw={900}>
      <Breadcrumbs>
        <Anchor component={Link} to="/events">
          Events
        </Anchor>
        <Anchor component={Link} to={`/events/${event.id}`}>
          {event.title}
        </Anchor>
        <Text size="sm">Check-in</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Check-in: {event.title}
        </Title>
        {/* The core answers the kiosk only on the event's day(s); the desk stays open for a sheet typed in later. */}
        {kioskOpen(officeZone(), event) && (
          <Button variant="default" leftSection={<IconDeviceDesktop size={16} />} onClick={() => setKiosk(true)}>
            Kiosk mode
          </Button>
        )}
      </Group>
      {door.open ? (
        <CheckInDesk eventId={event.id} />
      ) : (
        <Alert color="gray" title="Check-in is not open yet">
          Check-in opens on {formatDate(door.opensOn)}, the day of the event.
        </Alert>
      )}
      <StartKioskModal eventId={event.id} opened={kiosk} onClose={() => setKiosk(false)} />
    </Stack>
  );
}

/**
 * With an empty box the desk lists who is expected (registered or invited), by name, arrivals ticked with their
 * time; typing searches everyone on the list (the core's index), so a student who declined and came is found too.
 */
function CheckInDesk({ eventId }: { eventId: number }) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const [last, setLast] = useState<Attendee | null>(null);
  // Enter pressed before the results for the typed text arrived (a card scanner types and presses Enter at once).
  const pendingEnter = useRef<string | null>(null);
  const pushQuery = useDebouncedCallback((value: string) => setQuery(value), 100);
  // The core searches (indexed, a few ms); only the top matches travel, so 500 attendees cost nothing here.
  const results = useApiQuery('events.checkInSearch', { eventId, query, limit: 50 }, { enabled: query !== '' });
  const expected = useApiQuery('events.checkInList', { eventId });
  const checkIn = useApiMutation('attendance.checkIn');
  const [walkIn, setWalkIn] = useState(false);

  // The list stays up while the first letters wait for their search (no flash of an empty box).
  const listing = query === '';
  const rows = (listing ? expected.data?.rows : results.data) ?? [];
  const fresh = results.data !== undefined && !results.isPlaceholderData && query === text.trim();
  const active = Math.min(highlight, Math.max(rows.length - 1, 0));

  const ready = () => {
    setText('');
    setQuery('');
    setHighlight(0);
    input.current?.focus();
  };

  // mutateAsync, not mutate: at a busy door several check-ins overlap, and each must report its own
  // success or failure (mutate's callbacks fire only for the latest call).
  const setCheckedIn = (a: Attendee, checkedIn: boolean) => {
    checkIn
      .mutateAsync({ attendanceId: a.attendanceId, checkedIn })
      .then((saved) => {
        if (checkedIn) setLast(saved);
        else {
          setLast((current) => (current?.attendanceId === saved.attendanceId ? null : current));
          notify.removed(`Check-in undone for ${saved.studentName}.`);
        }
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        notify.failed(checkedIn ? `${a.studentName} not checked in` : 'Not undone', message);
      });
    input.current?.focus();
  };

  const enterFirst = (a: Attendee | undefined, typed: string) => {
    if (!a) {
      notify.warning(`No attendee matches “${typed}”.`);
      return;
    }
    if (a.checkedInAt) {
      notify.info(`${a.studentName} is already checked in (${formatCheckInTime(a.checkedInAt)}).`);
      return;
    }
    setCheckedIn(a, true);
    // Clear at once rather than on success: the next person is already in front of the desk. Keep
    // anything typed since a deferred Enter, though: that is the next person's name.
    if (text.trim() === typed || text.trim() === '') ready();
  };

  // One stable object for every row, so a check-in re-renders the rows that changed, not all 300 (CheckInResult is memo).
  const latest = useRef({ enterFirst: (_a: Attendee) => {}, setCheckedIn });
  useLayoutEffect(() => {
    latest.current = { enterFirst: (a: Attendee) => enterFirst(a, text.trim()), setCheckedIn };
  });
  const actions = useMemo<CheckInActions>(
    () => ({
      onCheckIn: (a) => latest.current.enterFirst(a),
      onUndo: (a) => latest.current.setCheckedIn(a, false),
      onHover: (index) => setHighlight(index),
    }),
    [],
  );

  // Finish an Enter that came before its results: check in the first match of what was typed.
  useEffect(() => {
    const pending = pendingEnter.current;
    if (pending === null || pending !== query || results.data === undefined || results.isPlaceholderData) return;
    pendingEnter.current = null;
    enterFirst(results.data[0], pending);
  });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const typed = text.trim();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setHighlight(Math.min(Math.max(active + step, 0), Math.max(rows.length - 1, 0)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // A stray Enter in an empty box must not check in whoever happens to be listed first.
      if (typed === '') return;
      if (fresh) enterFirst(rows[active], typed);
      else {
        // Search now rather than after the pause, and act once the answer is in; the box is free for the next person.
        pushQuery.cancel();
        pendingEnter.current = typed;
        setQuery(typed);
        setText('');
        setHighlight(0);
      }
    } else if (e.key === 'Escape') {
      pendingEnter.current = null;
      ready();
    }
  };

  const shown = listing ? expected : results;
  const counts = expected.data;
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
        onChange={(e) => {
          setText(e.currentTarget.value);
          setHighlight(0);
          pushQuery(e.currentTarget.value.trim());
        }}
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
      {shown.isError ? (
        <ErrorNotice error={shown.error} onRetry={() => void shown.refetch()} />
      ) : shown.data === undefined ? (
        <Stack gap="xs">
          <Skeleton h={48} />
          <Skeleton h={48} />
          <Skeleton h={48} />
        </Stack>
      ) : rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {listing
            ? 'Nobody is expected yet: nobody on the list has registered or been invited. Add walk-ins as they arrive.'
            : `No attendee matches “${query}”. Check the spelling, try the student ID, or add them as a walk-in.`}
        </Text>
      ) : (
        <Stack component="ul" gap={4} p={0} m={0} aria-label={listing ? 'Expected attendees' : 'Matching attendees'}>
          {rows.map((a, index) => (
            <CheckInResult
              key={a.attendanceId}
              attendee={a}
              index={index}
              highlighted={index === active}
              busy={checkIn.isPending && checkIn.variables.attendanceId === a.attendanceId}
              actions={actions}
            />
          ))}
        </Stack>
      )}
      <WalkInModal eventId={eventId} opened={walkIn} onClose={() => setWalkIn(false)} onAdded={(a) => setLast(a)} />
    </Stack>
  );
}
