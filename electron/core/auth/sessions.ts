import { createHash, randomBytes } from 'node:crypto';
import type { Caller } from '../../../shared/api/caller';
import type { Db } from '../db/client';
import { findSession, insertSession, pruneSessions, revokeSession, revokeUserSessions, touchSession } from '../db/sessions';
import { sessionLimits } from './session-limits';

/**
 * Office server sessions. The browser holds a random 32-byte token (in an HttpOnly cookie the host sets); the
 * file holds only its SHA-256, so a copy of the database (a backup, a stolen laptop) signs nobody in. A session
 * ends when revoked, after the idle limit without use, or at its absolute end, whichever comes first; every
 * request re-reads the account, so a disabled user or a changed role takes effect on the next call.
 */

const minute = 60_000;
/** last_seen_at is written at most this often: one write per user per minute, not one per request. */
const touchEvery = minute;
/** Ended sessions stay this long (who was signed in when), then are deleted. */
const keepEnded = 24 * 60 * minute;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export function createSession(db: Db, userId: number, address: string, now = new Date()): NewSession {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionLimits(db).lifetimeHours * 60 * minute);
  pruneSessions(db, new Date(now.getTime() - keepEnded).toISOString());
  insertSession(db, { tokenHash: hashToken(token), userId, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString(), address });
  return { token, expiresAt };
}

type LiveSession = NonNullable<ReturnType<typeof findSession>>;

/** The session behind a token if it may still be used at `now`: not revoked, not idle too long, not past its end, account enabled. */
function liveSession(db: Db, token: string, now: Date): LiveSession | null {
  const session = findSession(db, hashToken(token));
  if (!session || session.revokedAt !== null || session.disabled) return null;
  if (now.getTime() >= Date.parse(session.expiresAt)) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= sessionLimits(db).idleMinutes * minute) return null;
  return session;
}

function callerOf(session: LiveSession): Caller {
  return { userId: session.userId, email: session.email, name: session.name, role: session.role, advisorId: session.advisorId };
}

/**
 * Who a request's session token belongs to, or null (no such session, revoked, idle or past its end, account
 * disabled). Counts as use: moves the idle clock (at most once a minute) and records the latest address.
 */
export function callerForSession(db: Db, token: string, address: string, now = new Date()): Caller | null {
  const session = liveSession(db, token, now);
  if (!session) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= touchEvery) touchSession(db, session.id, now.toISOString(), address);
  return callerOf(session);
}

/** The same checks without counting as use: the live-updates stream re-checks its session without keeping it alive. */
export function sessionCallerWithoutTouch(db: Db, token: string, now = new Date()): Caller | null {
  const session = liveSession(db, token, now);
  return session ? callerOf(session) : null;
}

/** Ends one session (sign-out); the user it belonged to, if it was live. */
export function endSession(db: Db, token: string, now = new Date()): number | undefined {
  return revokeSession(db, hashToken(token), now.toISOString());
}

/** Ends every session of a user (disabled, role or password changed): the next request of each is unauthenticated. */
export function endUserSessions(db: Db, userId: number, now = new Date()): number {
  return revokeUserSessions(db, userId, now.toISOString());
}
