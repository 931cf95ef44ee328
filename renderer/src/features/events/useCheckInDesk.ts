import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Attendee } from '@shared/api/events';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { savedOnDevice, useQueuedWrite } from '@renderer/api/offline/doorQueue';
import { notify } from '@renderer/components/notify';
import type { CheckInActions } from './CheckInResult';
import { formatCheckInTime } from './eventFormat';

/**
 * The desk's search box and keys: with an empty box the expected list, typing searches everyone on the list (the
 * core's index, so a student who declined and came is found too); ↑ ↓ choose, Enter checks in, Esc clears.
 */
export function useCheckInDesk(eventId: number) {
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
  const checkInOrQueue = useQueuedWrite('attendance.checkIn');

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

  // Promises, not mutate's callbacks: at a busy door several check-ins overlap, and each must report its own
  // success or failure (mutate's callbacks fire only for the latest call).
  const setCheckedIn = (a: Attendee, checkedIn: boolean) => {
    const failed = (error: unknown) =>
      notify.failed(checkedIn ? `${a.studentName} not checked in` : 'Not undone', error instanceof Error ? error.message : String(error));
    if (checkedIn) {
      // Through the door's queue: with the office server out of reach the check-in is kept on this device, sent later.
      checkInOrQueue({ attendanceId: a.attendanceId, checkedIn }, `Check in ${a.studentName}`)
        .then((outcome) => (outcome.queued ? notify.info(savedOnDevice, `${a.studentName} checked in on this device`) : setLast(outcome.output)))
        .catch(failed);
    } else {
      checkIn
        .mutateAsync({ attendanceId: a.attendanceId, checkedIn })
        .then((saved) => {
          setLast((current) => (current?.attendanceId === saved.attendanceId ? null : current));
          notify.removed(`Check-in undone for ${saved.studentName}.`);
        })
        .catch(failed);
    }
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

  const onChange = (value: string) => {
    setText(value);
    setHighlight(0);
    pushQuery(value.trim());
  };

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
  const list = { error: shown.error, loaded: shown.data !== undefined, onRetry: () => void shown.refetch(), rows, listing, query, active, actions };
  const busyId = checkIn.isPending ? checkIn.variables.attendanceId : null;
  return { input, text, onChange, onKeyDown, list: { ...list, busyId }, counts: expected.data, last, setLast, setCheckedIn };
}
