import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { settings } from './schema';

export function readSetting(db: Db, key: string): unknown {
  const row = db.orm.select({ value: settings.value }).from(settings).where(sql`${settings.key} = ${key}`).get();
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return undefined;
  }
}

export function writeSetting(db: Db, key: string, value: unknown): void {
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
