import { z } from 'zod';
import { apiErrorCodes } from './errors';
import { idempotencyKeySchema } from './idempotency';

// The door's offline queue (renderer/src/api/offline): check-ins and touchpoints made while the office server cannot
// be reached, kept on the device with their idempotency key until sent. The shape is shared so a desktop file store
// (electron/offline/file-store.ts) reads back exactly what the browser's IndexedDB store keeps.

/** The writes the door may queue. */
export const queuedProcedures = ['attendance.checkIn', 'interactions.create'] as const;
export type QueuedProcedure = (typeof queuedProcedures)[number];

export const queuedItemSchema = z.object({
  /** The idempotency key, made when the action was first tried: the same on every retry, so the server does it once. */
  key: idempotencyKeySchema,
  /** Order of the actions at the door: replayed oldest first. */
  seq: z.number().int(),
  procedure: z.enum(queuedProcedures),
  input: z.unknown(),
  /** What the screen says about it ("Check in Ada Lovelace"). */
  label: z.string().max(300),
  queuedAt: z.string(),
  /** Set when the server refused it (capacity, permission, invalid): kept in "not sent" with the server's reason. */
  refused: z.object({ code: z.enum(apiErrorCodes), message: z.string() }).nullable(),
});
export type QueuedItem = z.infer<typeof queuedItemSchema>;

/** Where queued items are kept: IndexedDB in a browser, a file on the desktop. */
export interface OfflineStore {
  /** Every item, oldest first. */
  list(): Promise<QueuedItem[]>;
  /** Adds or replaces the item with this key. */
  put(item: QueuedItem): Promise<void>;
  remove(key: string): Promise<void>;
}
