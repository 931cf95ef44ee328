import type { Db } from '../db/client';
import { clearFailedSignIns, failuresSince, pruneFailedSignIns, recordFailedSignIn } from '../db/failed-sign-ins';
import { AppError } from '../errors';

/**
 * Failed sign-ins are limited per attempted email (guessing one account's password) and per address (trying
 * many accounts). Counted in the file so every server process and a restart agree. The same limit applies to
 * an email with no account, so the answer never tells whether an account exists.
 */
export const signInLimits = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;
const windowMs = signInLimits.windowMinutes * 60_000;

/** The rows in the window: when the oldest leaves it, one more attempt is allowed. */
function waitSeconds(oldest: string | null, now: Date): number {
  const until = (oldest === null ? now.getTime() : Date.parse(oldest)) + windowMs;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

function describeWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Refuses with `rate_limited` (details.retryAfterSeconds) when the email or the address is at its limit; else
 * counts this attempt as a failure at once — before the password is checked, so parallel guesses are counted
 * too. A successful sign-in clears its email's count (`signInSucceeded`).
 */
export function countSignInAttempt(db: Db, email: string, address: string, now: Date): void {
  const since = new Date(now.getTime() - windowMs).toISOString();
  pruneFailedSignIns(db, since);
  const account = failuresSince(db, { email }, since);
  const fromAddress = failuresSince(db, { address }, since);
  const blocked = account.count >= signInLimits.perAccount ? account : fromAddress.count >= signInLimits.perAddress ? fromAddress : null;
  if (blocked) {
    const retryAfterSeconds = waitSeconds(blocked.oldest, now);
    throw new AppError('rate_limited', `Too many failed sign-ins. Try again in ${describeWait(retryAfterSeconds)}.`, { retryAfterSeconds });
  }
  recordFailedSignIn(db, { email, address, at: now.toISOString() });
}

export function signInSucceeded(db: Db, email: string): void {
  clearFailedSignIns(db, email);
}
