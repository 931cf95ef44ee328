// A person types and reads times on their own wall clock ('YYYY-MM-DDTHH:mm', what a datetime-local input
// holds); the API carries instants with their offset. These convert between the two in the zone of the
// JavaScript runtime that runs them: the browser's, where the person is.

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** True when a date's fields (year, month 1–12, day, hour, minute) read back as the wall time: an impossible value would have rolled over. */
function readsBack(wall: WallClock, [year, month, day, hour, minute]: readonly [number, number, number, number, number]): boolean {
  return year === wall.year && month === wall.month && day === wall.day && hour === wall.hour && minute === wall.minute;
}

/** The parts of a well-formed wall time on a real calendar day, else null. */
function wallClockParts(value: string): WallClock | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year = '', month = '', day = '', hour = '', minute = ''] = match;
  const wall = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
  };
  // UTC has no daylight saving, so this only refuses impossible calendar values (31 Feb, 25:00).
  const utc = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
  const real = readsBack(wall, [utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes()]);
  return real ? wall : null;
}

/**
 * The instant a wall time names here ('2026-12-03T04:00:00.000Z'). A wall time the clocks skip (spring
 * forward) names no instant: null, so the form can say so instead of silently moving it an hour. A time that
 * happens twice (fall back) is the first of the two, as JavaScript's Date resolves it.
 */
export function wallClockToInstant(value: string): string | null {
  const wall = wallClockParts(value);
  if (!wall) return null;
  const at = new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const named = readsBack(wall, [at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes()]);
  return named ? at.toISOString() : null;
}

/** True when the wall time is a real calendar time but the clocks skip it on that day (daylight saving starts). */
export function isSkippedWallClock(value: string): boolean {
  return wallClockParts(value) !== null && wallClockToInstant(value) === null;
}

/** An instant as the wall time it is here, to the minute; text that is not a date-time comes back unchanged. */
export function instantToWallClock(instant: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
