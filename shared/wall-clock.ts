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
  const real =
    utc.getUTCFullYear() === wall.year &&
    utc.getUTCMonth() === wall.month - 1 &&
    utc.getUTCDate() === wall.day &&
    utc.getUTCHours() === wall.hour &&
    utc.getUTCMinutes() === wall.minute;
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
  const named =
    at.getFullYear() === wall.year &&
    at.getMonth() === wall.month - 1 &&
    at.getDate() === wall.day &&
    at.getHours() === wall.hour &&
    at.getMinutes() === wall.minute;
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
