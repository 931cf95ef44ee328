import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { movingGoals } from './goal-refresh';
import { timeZoneSettingKey } from './office-day';
import { settings } from './schema';

export function readSetting(db: Db, key: string): unknown {
  const row = db.orm
    .select({ value: settings.value })
    .from(settings)
    .where(sql`${settings.key} = ${key}`)
    .get();
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return undefined;
  }
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  // Another zone puts events and check-ins on other days: every goal counted by those days is recomputed before
  // the transaction commits (the refresh reads the zone again, so office_day answers in the new one).
  if (key === timeZoneSettingKey) return movingGoals(db, 'all', () => storeSetting(db, key, value));
  storeSetting(db, key, value);
}

function storeSetting(db: Db, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  db.orm
    .insert(settings)
    .values({ key, value: json })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: json, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` },
    })
    .run();
}
