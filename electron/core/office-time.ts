import { type DateFormat, formatDay } from '../../shared/date-format';
import { dayIn } from './dates';

// Instants (UTC, as stored) read on the office's wall clock: the time zone is the office's setting
// (officeTimeZone(db)), never the zone of whichever machine builds the file; days are written in the office's
// date format (officeClock(db) gives both).

/** The office's time zone and date format: how the core writes a day and a time. */
export interface OfficeClock {
  timeZone: string;
  dateFormat: DateFormat;
}

interface WallTime {
  weekday: string;
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function wallTime({ timeZone }: OfficeClock, instant: string): WallTime | null {
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

const dayText = (wall: WallTime, clock: OfficeClock) => `${wall.weekday} ${formatDay(wall.year, wall.month, wall.day, clock.dateFormat) ?? ''}`;
const timeText = (wall: WallTime) => `${wall.hour}:${wall.minute}`;

/** "Thu 3 Dec 2026 17:00–19:00" (both full date-times when it runs past midnight), as the app shows an event. */
export function readableEventTime(clock: OfficeClock, startsAt: string, endsAt: string): string {
  const start = wallTime(clock, startsAt);
  const end = wallTime(clock, endsAt);
  if (!start || !end) return `${startsAt} – ${endsAt}`;
  const from = `${dayText(start, clock)} ${timeText(start)}`;
  return dayText(start, clock) === dayText(end, clock) ? `${from}–${timeText(end)}` : `${from} – ${dayText(end, clock)} ${timeText(end)}`;
}

/** "17:42" on the event's own day, "Wed 2 Dec 2026 17:42" otherwise (an import may hold other days' check-ins). */
export function readableCheckInTime(clock: OfficeClock, checkedInAt: string, eventStartsAt: string): string {
  const at = wallTime(clock, checkedInAt);
  if (!at) return checkedInAt;
  const eventDay = wallTime(clock, eventStartsAt);
  return eventDay && dayText(eventDay, clock) === dayText(at, clock) ? timeText(at) : `${dayText(at, clock)} ${timeText(at)}`;
}

/** "Thu 3 Dec 2026": the office's calendar day of an instant, to read. */
export function readableDay(clock: OfficeClock, instant: string): string {
  const at = wallTime(clock, instant);
  return at ? dayText(at, clock) : instant;
}

/**
 * The instant the office's wall clock reads hour:minute on a calendar day (generated events at office hours). An
 * hour the clocks skip moves on by the skipped hour, as a clock on the wall would.
 */
export function officeInstant(timeZone: string, isoDate: string, hour: number, minute = 0): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let at = wanted;
  // Two rounds: the first lands on the zone's offset, the second corrects it across a daylight-saving change.
  for (let round = 0; round < 2; round++) {
    const wall = wallTime({ timeZone, dateFormat: 'iso' }, new Date(at).toISOString());
    if (!wall) break;
    at += wanted - Date.UTC(wall.year, wall.month - 1, wall.day, Number(wall.hour), Number(wall.minute));
  }
  return new Date(at).toISOString();
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
export function officeWallClock(clock: OfficeClock, instant: string): Date | null {
  const at = wallTime(clock, instant);
  if (!at) return null;
  return new Date(Date.UTC(at.year, at.month - 1, at.day, Number(at.hour), Number(at.minute)));
}

/** "Sun 6 Dec 2026 16:40": an instant on the office's clock. */
export function readableDateTime(clock: OfficeClock, instant: string): string {
  const at = wallTime(clock, instant);
  return at ? `${dayText(at, clock)} ${timeText(at)}` : instant;
}
