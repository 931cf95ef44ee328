import type { Db } from '../db/client';
import { clearFailedSignIns, failuresSince, pruneFailedSignIns, recordFailedSignIn } from '../db/failed-sign-ins';
import { AppError } from '../errors';

/**
 * Failed sign-ins are limited tightly per attempted email from one address (guessing one account's password), per
 * address across emails (trying many accounts), and loosely per email across every address (a guess spread over
 * many machines). The tight limit is per address so that one attacker typing wrong passwords for someone's email
 * never locks the owner out of their own machine; only a guess from at least perAccount / perAccountFromAddress
 * addresses can. Counted in the file so every server process and a restart agree. The same limits apply to an email
 * with no account, so the answer never tells whether an account exists.
 */
export const signInLimits = { windowMinutes: 15, perAccountFromAddress: 5, perAddress: 20, perAccount: 50 } as const;
const windowMs = signInLimits.windowMinutes * 60_000;

/** The rows in the window: when the oldest leaves it, one more attempt is allowed. */
function waitSeconds(oldest: string | null, now: Date): number {
  const until = (oldest === null ? now.getTime() : Date.parse(oldest)) + windowMs;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

function describeWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/** The first limit reached by this email from this address, with its failures in the window; null when none is. */
function reachedLimit(db: Db, email: string, address: string, since: string) {
  const limits = [
    { key: { email, address }, limit: signInLimits.perAccountFromAddress },
    { key: { address }, limit: signInLimits.perAddress },
    { key: { email }, limit: signInLimits.perAccount },
  ];
  for (const { key, limit } of limits) {
    const failures = failuresSince(db, key, since);
    if (failures.count >= limit) return failures;
  }
  return null;
}

/**
 * Refuses with `rate_limited` (details.retryAfterSeconds) when a limit is reached; else counts this attempt as a
 * failure at once — before the password is checked, so parallel guesses are counted too. A successful sign-in
 * clears the count of its email from its address (`signInSucceeded`), never an attacker's elsewhere.
 */
export function countSignInAttempt(db: Db, email: string, address: string, now: Date): void {
  const since = new Date(now.getTime() - windowMs).toISOString();
  pruneFailedSignIns(db, since);
  const blocked = reachedLimit(db, email, address, since);
  if (blocked) {
    const retryAfterSeconds = waitSeconds(blocked.oldest, now);
    throw new AppError('rate_limited', `Too many failed sign-ins. Try again in ${describeWait(retryAfterSeconds)}.`, { retryAfterSeconds });
  }
  recordFailedSignIn(db, { email, address, at: now.toISOString() });
}

export function signInSucceeded(db: Db, email: string, address: string): void {
  clearFailedSignIns(db, { email, address });
}
