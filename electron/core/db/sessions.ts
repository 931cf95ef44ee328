import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from './client';
import { sessions, users } from './schema';

export function insertSession(db: Db, values: { tokenHash: string; userId: number; createdAt: string; expiresAt: string; address: string }): void {
  db.orm
    .insert(sessions)
    .values({ ...values, lastSeenAt: values.createdAt })
    .run();
}

/** A session and its account, by the token's hash. */
export function findSession(db: Db, tokenHash: string) {
  return db.orm
    .select({
      id: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      advisorId: users.advisorId,
      disabled: users.disabled,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .get();
}

export function touchSession(db: Db, id: number, at: string, address: string): void {
  db.orm.update(sessions).set({ lastSeenAt: at, address }).where(eq(sessions.id, id)).run();
}

/** Ends one session; the user it belonged to, if it was live. */
export function revokeSession(db: Db, tokenHash: string, at: string): number | undefined {
  return db.orm
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
    .returning({ userId: sessions.userId })
    .get()?.userId;
}

/** Ends every live session of a user; how many there were. */
export function revokeUserSessions(db: Db, userId: number, at: string): number {
  return db.orm
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run().changes;
}

/** Sessions that can never be used again (ended or past their absolute end) are kept a day for the record, then go. */
export function pruneSessions(db: Db, before: string): void {
  db.orm
    .delete(sessions)
    .where(sql`coalesce(${sessions.revokedAt}, ${sessions.expiresAt}) < ${before}`)
    .run();
}
