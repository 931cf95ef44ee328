// One way to write a calendar date, for the screens and for the documents the core writes, chosen by the office
// (Settings → Office → Date format). Month names are English abbreviations: unambiguous in every format offered.
import { z } from 'zod';

export const dateFormats = ['d-mmm-yyyy', 'mmm-d-yyyy', 'iso'] as const;
export const dateFormatSchema = z.enum(dateFormats);
export type DateFormat = z.infer<typeof dateFormatSchema>;
export const defaultDateFormat: DateFormat = 'd-mmm-yyyy';

/** What Settings shows for each format: the format applied to an example day. */
export const dateFormatLabels: Record<DateFormat, string> = {
  'd-mmm-yyyy': '6 Dec 2026',
  'mmm-d-yyyy': 'Dec 6, 2026',
  iso: '2026-12-06',
};

export const monthAbbreviations = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A calendar day (month 1–12) in the office's format; null when the month is out of range. */
export function formatDay(year: number, month: number, day: number, format: DateFormat): string | null {
  const name = monthAbbreviations[month - 1];
  if (name === undefined || !Number.isInteger(year) || !Number.isInteger(day)) return null;
  if (format === 'iso') return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return format === 'mmm-d-yyyy' ? `${name} ${day}, ${year}` : `${day} ${name} ${year}`;
}

/** "6 Dec 2026" (or the office's format) for a YYYY-MM-DD date or the date part of a timestamp; other text as given. */
export function formatIsoDate(isoDate: string, format: DateFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return formatDay(Number(match[1]), Number(match[2]), Number(match[3]), format) ?? isoDate;
}
