// Calendar dates are YYYY-MM-DD strings (arithmetic done in UTC, which has no daylight saving); these
// helpers keep it in one place. Which day an instant falls on depends on a time zone: see dayIn.
import { type DateFormat, formatIsoDate, monthAbbreviations } from '../../shared/date-format';

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

export function daysBetween(fromIsoDate: string, toIsoDateValue: string): number {
  const from = Date.parse(`${fromIsoDate}T00:00:00.000Z`);
  const to = Date.parse(`${toIsoDateValue}T00:00:00.000Z`);
  return Math.round((to - from) / 86_400_000);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * Today on this computer's calendar. Only for what belongs to the machine itself (backup file names);
 * an office's "today" is `officeToday(db)` from `db/office-day.ts`, in the office's time zone.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The zone this machine runs in (the office's time zone until Settings says otherwise). */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// One calendar-day rule for the core, the renderer and shared rules (check-in day).
export { dayIn } from '../../shared/day-in';

const months = monthAbbreviations;

/** "3 Mar 2026" (or the office's date format, officeDateFormat(db)): as the screens write it, for text the core writes. */
export function readableDate(isoDate: string, format: DateFormat): string {
  return formatIsoDate(isoDate, format);
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function yearMonth(isoDate: string): { year: number; month: number } | null {
  const [year, month] = isoDate.slice(0, 7).split('-').map(Number);
  return year !== undefined && month !== undefined && months[month - 1] ? { year, month } : null;
}

/** "March 2023": a month on a page that goes out, where the day would be false precision. */
export function readableMonth(isoDate: string): string {
  const at = yearMonth(isoDate);
  return at ? `${monthNames[at.month - 1]} ${at.year}` : isoDate;
}

/** "Jun–Aug 2025", "Sep 2024–May 2025", "since Jun 2025": when something ran, to the month. */
export function readableMonthSpan(fromIsoDate: string, toIsoDate: string | null): string {
  const from = yearMonth(fromIsoDate);
  if (!from) return fromIsoDate;
  const fromText = `${months[from.month - 1]} ${from.year}`;
  const to = toIsoDate ? yearMonth(toIsoDate) : null;
  if (!to) return `since ${fromText}`;
  if (to.year === from.year && to.month === from.month) return fromText;
  if (to.year === from.year) return `${months[from.month - 1]}–${months[to.month - 1]} ${to.year}`;
  return `${fromText}–${months[to.month - 1]} ${to.year}`;
}

/** "1 year 4 months", "7 months", "3 weeks": how long someone has been known, on a calendar. */
export function readableDuration(fromIsoDate: string, toIsoDateValue: string): string {
  const [fy, fm, fd] = fromIsoDate.split('-').map(Number);
  const [ty, tm, td] = toIsoDateValue.split('-').map(Number);
  if (fy === undefined || fm === undefined || fd === undefined || ty === undefined || tm === undefined || td === undefined) return '';
  let total = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  if (total < 1) {
    const weeks = Math.max(0, Math.floor(daysBetween(fromIsoDate, toIsoDateValue) / 7));
    return weeks < 1 ? 'less than a week' : `${weeks} week${weeks === 1 ? '' : 's'}`;
  }
  const years = Math.floor(total / 12);
  total -= years * 12;
  const parts = [years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '', total > 0 ? `${total} month${total === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}
