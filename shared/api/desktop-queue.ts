import { z } from 'zod';
import { empty } from './fields';
import { idempotencyKeySchema } from './idempotency';
import { queuedItemSchema } from './offline';

// The desktop app's store of the door's offline queue (a browser uses IndexedDB): kept by main in a file per office
// (electron/offline/desktop-queue.ts), reached through the same single `invoke` as every procedure — no channel of its
// own. Main parses each input with these schemas; none of these calls ever goes to an office server.

export const desktopQueueProcedures = {
  /** Every item kept for the office open now, oldest first. */
  'desktop.queueList': { input: empty, output: z.array(queuedItemSchema) },
  /** Adds or replaces (by key) one item. */
  'desktop.queuePut': { input: z.strictObject({ item: queuedItemSchema }), output: z.object({ kept: z.literal(true) }) },
  'desktop.queueRemove': { input: z.strictObject({ key: idempotencyKeySchema }), output: z.object({ removed: z.literal(true) }) },
} as const;
export type DesktopQueueProcedure = keyof typeof desktopQueueProcedures;

export function isDesktopQueueProcedure(name: string): name is DesktopQueueProcedure {
  return Object.hasOwn(desktopQueueProcedures, name);
}
