import { dayIn } from './dates';

// Instants (UTC, as stored) read on the office's wall clock: the time zone is the office's setting
// (officeTimeZone(db)), never the zone of whichever machine builds the file.

interface WallTime {
  weekday: string;
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formats = new Map<string, Intl.DateTimeFormat>();

function wallTime(timeZone: string, instant: string): WallTime | null {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return null;
  let format = formats.get(timeZone);
  if (!format) {
    const fields = { weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' } as const;
    format = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', hourCycle: 'h23', ...fields });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    weekday: parts.weekday ?? '',
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

const dayText = (wall: WallTime) => `${wall.weekday} ${wall.day} ${monthNames[wall.month - 1] ?? ''} ${wall.year}`;
const timeText = (wall: WallTime) => `${wall.hour}:${wall.minute}`;

/** "Thu 3 Dec 2026 17:00–19:00" (both full date-times when it runs past midnight), as the app shows an event. */
export function readableEventTime(timeZone: string, startsAt: string, endsAt: string): string {
  const start = wallTime(timeZone, startsAt);
  const end = wallTime(timeZone, endsAt);
  if (!start || !end) return `${startsAt} – ${endsAt}`;
  const from = `${dayText(start)} ${timeText(start)}`;
  return dayText(start) === dayText(end) ? `${from}–${timeText(end)}` : `${from} – ${dayText(end)} ${timeText(end)}`;
}

/** "17:42" on the event's own day, "Wed 2 Dec 2026 17:42" otherwise (an import may hold other days' check-ins). */
export function readableCheckInTime(timeZone: string, checkedInAt: string, eventStartsAt: string): string {
  const at = wallTime(timeZone, checkedInAt);
  if (!at) return checkedInAt;
  const eventDay = wallTime(timeZone, eventStartsAt);
  return eventDay && dayText(eventDay) === dayText(at) ? timeText(at) : `${dayText(at)} ${timeText(at)}`;
}

/** "Thu 3 Dec 2026": the office's calendar day of an instant, to read. */
export function readableDate(timeZone: string, instant: string): string {
  const at = wallTime(timeZone, instant);
  return at ? dayText(at) : instant;
}

/** "2026-12-03": the office's calendar day of an instant, for file names. */
export function officeDayOf(timeZone: string, instant: string): string {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? instant.slice(0, 10) : dayIn(timeZone, at);
}

/**
 * The office's wall time as a Date whose UTC fields read that time: a spreadsheet cell has no time zone, so a
 * 17:42 check-in must be stored as 17:42, not as the UTC instant (which Excel would show as, say, 22:42).
 */
export function officeWallClock(timeZone: string, instant: string): Date | null {
  const at = wallTime(timeZone, instant);
  if (!at) return null;
  return new Date(Date.UTC(at.year, at.month - 1, at.day, Number(at.hour), Number(at.minute)));
}

/** "Sun 6 Dec 2026 16:40": an instant on the office's clock. */
export function readableDateTime(timeZone: string, instant: string): string {
  const at = wallTime(timeZone, instant);
  return at ? `${dayText(at)} ${timeText(at)}` : instant;
}
