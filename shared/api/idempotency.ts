import { z } from 'zod';

// A write can carry an idempotency key: the server keeps its first answer, so sending it again (a lost answer, the
// door's offline queue replaying) answers the same and writes nothing twice. Over HTTP (office server, browser mode)
// the key travels in this header; the core's dispatchOnce (electron/core/idempotency/dispatch-once.ts) keeps it.

/** The request header (HTTP header names are case-insensitive; node lowercases them). */
export const idempotencyKeyHeader = 'idempotency-key';

/** A random id made by the client for one action (a UUID is 36 characters). */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, 'must be 16 to 100 letters, digits, "-" or "_" (a random id such as a UUID)');

/** How long the server keeps a key's answer: a day at the door, and the days a laptop may take to come back online. */
export const idempotencyKeyDays = 7;
