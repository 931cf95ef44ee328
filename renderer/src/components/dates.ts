import dayjs from 'dayjs';
import { dayIn } from '@shared/day-in';

// "Today" is the office's calendar date (Settings → Office → Time zone), the same day the core checks
// against, never the UTC one (already tomorrow for part of the evening in the Americas). Until the settings
// have loaded it is this browser's date (the office's zone defaults to the machine's).
let officeTimeZone: string | undefined;

/** The shell passes on the office's time zone from settings.get. */
export function setOfficeTimeZone(timeZone: string | undefined): void {
  officeTimeZone = timeZone;
}

/** The office's time zone (this browser's zone, the office's default, until the settings have loaded). */
export function officeZone(): string {
  return officeTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today as YYYY-MM-DD on the office's calendar. */
export function todayIso(now: Date = new Date()): string {
  return dayIn(officeZone(), now);
}

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30, which a text field could hold). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format('YYYY-MM-DD') === value;
}

/** ISO dates sort as text, so a string comparison is a date comparison. */
export function isAfterToday(value: string): boolean {
  return value > todayIso();
}

/** Form-level check for a required past-or-today date; returns the message to show, or null. */
export function pastDateError(value: string, what: string): string | null {
  if (!value) return `Enter the date ${what}.`;
  if (!isIsoDate(value)) return 'Enter a date like 2026-09-01.';
  if (isAfterToday(value)) return `The date can't be in the future: log it once it has happened.`;
  return null;
}

/** True when the date is missing or more than `months` months back: details worth re-checking. */
export function isOlderThan(date: string | null, months: number): boolean {
  if (!date) return true;
  const parsed = dayjs(date);
  return !parsed.isValid() || parsed.isBefore(dayjs().subtract(months, 'month'), 'day');
}
