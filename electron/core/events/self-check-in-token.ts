import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import { selfCheckInSecret } from '../db/self-check-in';

// The QR's token: `<event id>.<minute, base 36>.<HMAC-SHA256 of both with the office's secret, 128 bits>`. The secret
// is made once per office (migration 0026) and never leaves the server, so nobody can make a token for another event
// or another minute; a photo of the QR is good for that minute and the next only, and only on the event's day(s).

const minuteMs = 60_000;
const shape = /^([1-9]\d{0,11})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22})$/;

function signature(secret: string, eventId: number, minute: number): string {
  return createHmac('sha256', secret).update(`self-check-in:${eventId}:${minute}`).digest('base64url').slice(0, 22);
}

export function minuteOf(now: Date): number {
  return Math.floor(now.getTime() / minuteMs);
}

/** The token for this event and minute, and until when it is accepted (the end of the next minute). */
export function signSelfCheckInToken(db: Db, eventId: number, minute: number): { token: string; validUntil: string } {
  return {
    token: `${eventId}.${minute.toString(36)}.${signature(selfCheckInSecret(db), eventId, minute)}`,
    validUntil: new Date((minute + 2) * minuteMs).toISOString(),
  };
}

/** The event a token names, when it is genuine and from this minute or the last; null for anything else. */
export function verifySelfCheckInToken(db: Db, token: string, now: Date): number | null {
  const match = shape.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const eventId = Number(match[1]);
  const minute = parseInt(match[2], 36);
  const age = minuteOf(now) - minute;
  if (age < 0 || age > 1) return null;
  const expected = Buffer.from(signature(selfCheckInSecret(db), eventId, minute));
  const given = Buffer.from(match[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? eventId : null;
}
