import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { failedSignIns } from './schema';

export function recordFailedSignIn(db: Db, values: { email: string; address: string; at: string }): void {
  db.orm.insert(failedSignIns).values(values).run();
}

/** Whose failures: one attempted email, one address, or one email from one address. */
export type FailureKey = { email: string; address?: undefined } | { email?: undefined; address: string } | { email: string; address: string };

function matching(key: FailureKey): SQL | undefined {
  return and(
    key.email === undefined ? undefined : eq(failedSignIns.email, key.email),
    key.address === undefined ? undefined : eq(failedSignIns.address, key.address),
  );
}

/** Failures since `since` for one key: how many, and when the oldest of them was. */
export function failuresSince(db: Db, key: FailureKey, since: string): { count: number; oldest: string | null } {
  const match = matching(key);
  const row = db.orm
    .select({ count: sql<number>`count(*)`, oldest: sql<string | null>`min(${failedSignIns.at})` })
    .from(failedSignIns)
    .where(sql`${match} and ${failedSignIns.at} >= ${since}`)
    .get();
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}

export function clearFailedSignIns(db: Db, key: { email: string; address: string }): void {
  db.orm.delete(failedSignIns).where(matching(key)).run();
}

export function pruneFailedSignIns(db: Db, before: string): void {
  db.orm
    .delete(failedSignIns)
    .where(sql`${failedSignIns.at} < ${before}`)
    .run();
}
