import type Database from 'better-sqlite3';
import { isTimeZone } from '../../../shared/api/office';
import { type DateFormat, dateFormatSchema, defaultDateFormat } from '../../../shared/date-format';
import type { OfficeClock } from '../office-time';
import { dayIn, machineTimeZone } from '../dates';
import type { Db } from './client';
import { readSetting } from './settings';

// Days belong to the office, not to whichever machine runs the code. SQLite's date(x, 'localtime') answers in
// the zone of the process that runs it (and 'now' in UTC), so a host in another zone, or a CLI started with a
// different TZ, would put an evening event on the wrong day. SQL asks office_day(instant) instead: a function
// every connection gets in `wrap`, answering in the office's time zone (the `office.timeZone` setting, the
// machine's zone until someone chooses one). Services get "today" from officeToday(db) and pass it to SQL.

export const timeZoneSettingKey = 'office.timeZone';

const zoneOf = new WeakMap<Database.Database, { zone: string }>();

function storedZone(sqlite: Database.Database): string | null {
  const hasSettings = sqlite.prepare(`select 1 from sqlite_schema where type = 'table' and name = 'settings'`).get() !== undefined;
  if (!hasSettings) return null;
  const value = sqlite.prepare('select value from settings where key = ?').pluck().get(timeZoneSettingKey);
  if (typeof value !== 'string') return null;
  try {
    const zone: unknown = JSON.parse(value);
    return typeof zone === 'string' && isTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

/** Gives a connection office_day(instant) → 'YYYY-MM-DD' (null for null or unreadable input). */
export function registerOfficeDay(sqlite: Database.Database): void {
  const holder = { zone: storedZone(sqlite) ?? machineTimeZone() };
  zoneOf.set(sqlite, holder);
  const cache = new Map<string, string | null>();
  // Deterministic within a statement (the zone only changes between calls), so SQLite may reuse results.
  sqlite.function('office_day', { deterministic: true }, (instant: unknown) => {
    if (typeof instant !== 'string') return null;
    const key = `${holder.zone} ${instant}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const at = new Date(instant);
    const day = Number.isNaN(at.getTime()) ? null : dayIn(holder.zone, at);
    if (cache.size > 20_000) cache.clear();
    cache.set(key, day);
    return day;
  });
}

/** The office's time zone, read from the settings each time (another window or the CLI may have changed it). */
export function officeTimeZone(db: Db): string {
  const stored = readSetting(db, timeZoneSettingKey);
  const zone = typeof stored === 'string' && isTimeZone(stored) ? stored : machineTimeZone();
  const holder = zoneOf.get(db.sqlite);
  if (holder) holder.zone = zone;
  return zone;
}

export const dateFormatSettingKey = 'office.dateFormat';

/** How the office writes a date (Settings → Office → Date format), on screens and in the documents the core writes. */
export function officeDateFormat(db: Db): DateFormat {
  const parsed = dateFormatSchema.safeParse(readSetting(db, dateFormatSettingKey));
  return parsed.success ? parsed.data : defaultDateFormat;
}

/** The office's time zone and date format, read together for text that names a day and a time. */
export function officeClock(db: Db): OfficeClock {
  return { timeZone: officeTimeZone(db), dateFormat: officeDateFormat(db) };
}

/** Today (YYYY-MM-DD) on the office's calendar. */
export function officeToday(db: Db, now: Date = new Date()): string {
  return dayIn(officeTimeZone(db), now);
}
