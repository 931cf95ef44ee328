import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './client';
import { idempotencyKeys } from './schema';

export interface KeptAnswer {
  procedure: string;
  inputHash: string;
  /** The first answer's data, as JSON. */
  result: string;
}

/** The answer kept for one user's key, unless it has expired. */
export function keptAnswer(db: Db, userId: number, key: string, now: string): KeptAnswer | undefined {
  return db.orm
    .select({ procedure: idempotencyKeys.procedure, inputHash: idempotencyKeys.inputHash, result: idempotencyKeys.result })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key), gt(idempotencyKeys.expiresAt, now)))
    .get();
}

/** Keeps a first answer; an expired row under the same key (not yet pruned) gives way to it. */
export function keepAnswer(db: Db, row: KeptAnswer & { userId: number; key: string; expiresAt: string }): void {
  db.orm
    .insert(idempotencyKeys)
    .values(row)
    .onConflictDoUpdate({
      target: [idempotencyKeys.userId, idempotencyKeys.key],
      set: { procedure: row.procedure, inputHash: row.inputHash, result: row.result, expiresAt: row.expiresAt },
    })
    .run();
}

/** Forgets the keys that expired before `now` (the expiry index makes this a range delete). */
export function pruneIdempotencyKeys(db: Db, now: string): void {
  db.orm.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now)).run();
}
