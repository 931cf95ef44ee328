import { eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { failedSignIns } from './schema';

export function recordFailedSignIn(db: Db, values: { email: string; address: string; at: string }): void {
  db.orm.insert(failedSignIns).values(values).run();
}

/** Failures since `since` for one attempted email or one address: how many, and when the oldest of them was. */
export function failuresSince(db: Db, key: { email: string } | { address: string }, since: string): { count: number; oldest: string | null } {
  const match = 'email' in key ? sql`${failedSignIns.email} = ${key.email}` : sql`${failedSignIns.address} = ${key.address}`;
  const row = db.orm
    .select({ count: sql<number>`count(*)`, oldest: sql<string | null>`min(${failedSignIns.at})` })
    .from(failedSignIns)
    .where(sql`${match} and ${failedSignIns.at} >= ${since}`)
    .get();
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}

export function clearFailedSignIns(db: Db, email: string): void {
  db.orm.delete(failedSignIns).where(eq(failedSignIns.email, email)).run();
}

export function pruneFailedSignIns(db: Db, before: string): void {
  db.orm
    .delete(failedSignIns)
    .where(sql`${failedSignIns.at} < ${before}`)
    .run();
}
