import type { Db } from '../db/client';
import { recordSelfCheckInAttempt, selfCheckInAttempts } from '../db/self-check-in';
import { AppError } from '../errors';

/**
 * Every attempt from a phone counts (success or not), per client address — one person trying classmates' emails —
 * and per token — many devices sharing one photo of the QR. A whole queue scanning one code within its two minutes
 * stays under the token's limit; behind one campus NAT address, 30 tries in ten minutes still lets a few friends
 * check in from the same hotspot. Counted in the file so every server process and a restart agree.
 */
export const selfCheckInLimits = { windowMinutes: 10, perAddress: 30, perToken: 600 } as const;
const windowMs = selfCheckInLimits.windowMinutes * 60_000;

export function countSelfCheckInAttempt(db: Db, address: string, token: string, now: Date): void {
  const since = new Date(now.getTime() - windowMs).toISOString();
  for (const [key, limit] of [
    [{ address }, selfCheckInLimits.perAddress],
    [{ token }, selfCheckInLimits.perToken],
  ] as const) {
    const attempts = selfCheckInAttempts(db, key, since);
    if (attempts.count >= limit) {
      const until = (attempts.oldest === null ? now.getTime() : Date.parse(attempts.oldest)) + windowMs;
      const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
      throw new AppError('rate_limited', `Too many check-in attempts from here. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes, or see the desk.`, {
        retryAfterSeconds,
      });
    }
  }
  recordSelfCheckInAttempt(db, { address, token, at: now.toISOString() });
}
