import dayjs from 'dayjs';
import type { EventStatus, GoalStatus, RsvpStatus } from '@shared/domain';
import { formatDateTime } from '@renderer/components/format';

export const eventStatusColors: Record<EventStatus, string> = {
  draft: 'gray',
  scheduled: 'indigo',
  done: 'teal',
  cancelled: 'red',
};
export const rsvpColors: Record<RsvpStatus, string> = {
  invited: 'gray',
  registered: 'indigo',
  declined: 'red',
  waitlisted: 'yellow',
};
export const goalStatusColors: Record<GoalStatus, string> = {
  active: 'blue',
  met: 'teal',
  not_met_yet: 'orange',
  dropped: 'gray',
};

/** "Thu 3 Dec 2026 17:00–19:00", or both full date-times when the event runs past midnight. */
export function formatEventRange(startsAt: string, endsAt: string): string {
  const start = dayjs(startsAt);
  const end = dayjs(endsAt);
  if (!start.isValid() || !end.isValid()) return `${startsAt} – ${endsAt}`;
  const from = formatDateTime(startsAt, { weekday: true });
  return start.isSame(end, 'day') ? `${from}–${end.format('HH:mm')}` : `${from} – ${formatDateTime(endsAt, { weekday: true })}`;
}

/** "17:42" for a check-in today, with the date otherwise (an import may hold last year's check-ins). */
export function formatCheckInTime(checkedInAt: string): string {
  const at = dayjs(checkedInAt);
  if (!at.isValid()) return checkedInAt;
  return at.isSame(dayjs(), 'day') ? at.format('HH:mm') : formatDateTime(checkedInAt);
}
