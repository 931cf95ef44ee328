import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from './client';
import { recoveryCodes, users } from './schema';

const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** One account's two-step sign-in: its secret (pending until confirmed), when it was confirmed, the last accepted time step. */
export function findTwoStep(db: Db, userId: number) {
  return db.orm
    .select({ secret: users.totpSecret, confirmedAt: users.totpConfirmedAt, lastStep: users.totpLastStep, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/** A new secret waiting for its first code; whatever was there (and its recovery codes) is replaced. */
export function storePendingSecret(db: Db, userId: number, secret: string): void {
  db.orm.update(users).set({ totpSecret: secret, totpConfirmedAt: null, totpLastStep: null, updatedAt: nowIso }).where(eq(users.id, userId)).run();
  db.orm.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
}

export function confirmSecret(db: Db, userId: number, at: string, step: number): void {
  db.orm.update(users).set({ totpConfirmedAt: at, totpLastStep: step, updatedAt: nowIso }).where(eq(users.id, userId)).run();
}

/**
 * Records the time step a code was accepted for, only if it is later than the last one: false when another sign-in
 * already used this step (or a later one), so the same code never works twice, even for two requests at once.
 */
export function claimStep(db: Db, userId: number, step: number): boolean {
  const result = db.orm
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), sql`coalesce(${users.totpLastStep}, -1) < ${step}`))
    .run();
  return result.changes === 1;
}

export function clearTwoStep(db: Db, userId: number): void {
  db.orm.update(users).set({ totpSecret: null, totpConfirmedAt: null, totpLastStep: null, updatedAt: nowIso }).where(eq(users.id, userId)).run();
  db.orm.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
}

export function replaceRecoveryCodes(db: Db, userId: number, hashes: readonly string[]): void {
  db.orm.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  if (hashes.length > 0)
    db.orm
      .insert(recoveryCodes)
      .values(hashes.map((codeHash) => ({ userId, codeHash })))
      .run();
}

/** Marks an unused recovery code used; false when there is no such unused code (wrong, or already spent). */
export function spendRecoveryCode(db: Db, userId: number, codeHash: string, at: string): boolean {
  const result = db.orm
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .run();
  return result.changes === 1;
}

export function unusedRecoveryCodes(db: Db, userId: number): number {
  return (
    db.orm
      .select({ count: sql<number>`count(*)` })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.count ?? 0
  );
}
