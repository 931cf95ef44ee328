// Reading cell text the way the files in the wild write it: yes/no flags, dates in several formats,
// Handshake school years, semicolon-separated lists. Each parser returns a value or a message.

import { cleanLine } from '../../../shared/text';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Blank cells never erase data: they read as "not given". */
export function given(cell: string | undefined): string | undefined {
  const trimmed = cell?.trim();
  return trimmed ? trimmed : undefined;
}

const truthy = new Set(['yes', 'y', 'true', 't', '1', 'x']);
const falsy = new Set(['no', 'n', 'false', 'f', '0']);

export function parseBoolean(text: string): Parsed<boolean> {
  const v = text.trim().toLowerCase();
  if (truthy.has(v)) return ok(true);
  if (falsy.has(v)) return ok(false);
  return no(`"${text}" is not yes/no (use Yes/No, TRUE/FALSE or 1/0)`);
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2100) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthOf(name: string): number {
  return monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A column writes day first (31/10/2026) when any of its slash dates could only be read that way. */
export function dayFirstColumn(texts: readonly string[]): boolean {
  return texts.some((text) => {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(text);
    return m !== null && Number(m[1]) > 12;
  });
}

/**
 * 2026-09-01, 2026/09/01, 09/01/2026 (US month first, unless the column is day first — decided once per
 * column, so 05/10 and 31/10 in one file are read the same way),
 * 01.09.2026, "Sep 1, 2026", "1 September 2026", and ISO timestamps (their date).
 */
export function parseDate(text: string, dayFirst = false): Parsed<string> {
  const v = text.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(v);
  let date: string | null = null;
  if (m) date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    date = dayFirst || a > 12 ? isoDate(Number(m[3]), b, a) : isoDate(Number(m[3]), a, b);
  } else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v))) date = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  else if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(v)) && monthOf(m[1] ?? '') > 0) date = isoDate(Number(m[3]), monthOf(m[1] ?? ''), Number(m[2]));
  else if ((m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(v)) && monthOf(m[2] ?? '') > 0) date = isoDate(Number(m[3]), monthOf(m[2] ?? ''), Number(m[1]));
  return date ? ok(date) : no(`"${text}" is not a date (use 2026-09-01, 09/01/2026 or Sep 1, 2026)`);
}

/** A check-in time: a date in any form above, optionally with a time (14:05, 2:05 PM); local time. */
export function parseTimestamp(text: string, dayFirst = false): Parsed<string> {
  const v = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v))) return ok(new Date(v).toISOString());
  const m = /^(.*?)[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(v);
  const day = parseDate(m ? (m[1] ?? '') : v, dayFirst);
  if (!day.ok) return no(`"${text}" is not a date and time (use 2026-09-01 14:05 or 09/01/2026 2:05 PM)`);
  let hours = m ? Number(m[2]) : 12;
  const minutes = m ? Number(m[3]) : 0;
  const meridiem = m?.[5]?.toLowerCase();
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return no(`"${text}" has an impossible time`);
  const [y, mo, d] = day.value.split('-').map(Number);
  return ok(new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, hours, minutes).toISOString());
}

/** The graduating class of the academic year `today` falls in (an academic year starts in July). */
export function graduatingClass(today: string): number {
  const [year, month] = today.split('-').map(Number);
  return (month ?? 1) >= 7 ? (year ?? 0) + 1 : (year ?? 0);
}

const yearsToGo: Record<string, number> = {
  freshman: 3,
  'first year': 3,
  sophomore: 2,
  'second year': 2,
  junior: 1,
  'third year': 1,
  senior: 0,
  'fourth year': 0,
};

/** Handshake's school-year names: undergraduate years become a class year; alumni are alumni; graduate students have none. */
export function parseSchoolYear(text: string, today: string): Parsed<{ classYear: number | null; alumnus: boolean }> {
  const v = text.trim().toLowerCase();
  const toGo = yearsToGo[v];
  if (toGo !== undefined) return ok({ classYear: graduatingClass(today) + toGo, alumnus: false });
  if (['alumni', 'alumnus', 'alumna', 'alum', 'graduated'].includes(v)) return ok({ classYear: null, alumnus: true });
  if (['masters', "master's", 'doctorate', 'phd', 'graduate', 'postdoctoral', 'certificate'].includes(v)) return ok({ classYear: null, alumnus: false });
  return no(`"${text}" is not a school year Rapport knows (Freshman, Sophomore, Junior, Senior, Masters, Doctorate, Alumni)`);
}

export function parseInteger(text: string, min: number, max: number): Parsed<number> {
  const v = text.trim();
  if (!/^-?\d+$/.test(v)) return no(`"${text}" is not a whole number`);
  const n = Number(v);
  return n >= min && n <= max ? ok(n) : no(`${n} is outside ${min}–${max}`);
}

/** "Biology; Chemistry" → ["Biology", "Chemistry"]: semicolon-separated lists of one-line names, blanks and repeats dropped. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(';')
        .map((part) => cleanLine(part).trim())
        .filter(Boolean),
    ),
  ];
}

/** A phone shown the usual way (North American numbers grouped); the stored value stays as given. */
export function displayPhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 10 && !text.trim().startsWith('+')) return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+1 (${digits.slice(1, 4)}) ${digits.slice(4, 7)}-${digits.slice(7)}`;
  return text.trim();
}
