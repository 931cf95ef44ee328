import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { type DateFormat, defaultDateFormat, formatDay } from '@shared/date-format';

dayjs.extend(relativeTime);

// Every date on screen is written the office's way (Settings → Office → Date format), the same way the core writes
// them in documents (shared/date-format.ts). Until the settings have loaded it is the default, "25 Nov 2026".
let officeDateFormat: DateFormat = defaultDateFormat;

/** The shell passes on the office's date format from settings.get. */
export function setOfficeDateFormat(format: DateFormat | undefined): void {
  officeDateFormat = format ?? defaultDateFormat;
}

function dayOf(date: dayjs.Dayjs): string {
  return formatDay(date.year(), date.month() + 1, date.date(), officeDateFormat) ?? date.format('YYYY-MM-DD');
}

/** "25 Nov 2026" (or the office's format). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = dayjs(value);
  return date.isValid() ? dayOf(date) : value;
}

/** "Wed 25 Nov 2026 17:30": a day and a time (`weekday` adds the day's name, `seconds` the seconds). */
export function formatDateTime(value: string | null | undefined, { weekday = false, seconds = false } = {}): string {
  if (!value) return '—';
  const date = dayjs(value);
  if (!date.isValid()) return value;
  return `${weekday ? `${date.format('ddd')} ` : ''}${dayOf(date)} ${date.format(seconds ? 'HH:mm:ss' : 'HH:mm')}`;
}

/** "Wed 25 Nov 2026": a day with its name, where the weekday helps (events). */
export function formatWeekdayDate(value: string): string {
  const date = dayjs(value);
  return date.isValid() ? `${date.format('ddd')} ${dayOf(date)}` : value;
}

/** "3 days ago", with the exact date for tooltips. */
export function formatRelative(value: string | null | undefined): string {
  if (!value) return '—';
  const date = dayjs(value);
  return date.isValid() ? date.fromNow() : value;
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
