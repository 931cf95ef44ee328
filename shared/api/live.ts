import { z } from 'zod';
import { areas } from './areas';

/**
 * What the office server's live stream (GET /api/live, server-sent events) says after another user's write:
 * the areas it changed (the procedure's declared effects) and nothing else — no record id, no content — so a
 * screen refreshes through the API, where the access rules decide what it may see.
 */
export const liveChangeSchema = z.object({ areas: z.array(z.enum(areas)) });
export type LiveChange = z.infer<typeof liveChangeSchema>;

/** The event name of a change on the stream (`event: change`). */
export const liveChangeEvent = 'change';

/**
 * The stream's first event names it (`event: hello`, a random id); the tab sends that id with its calls in this
 * header, so its own write is not pushed back to it — while the same user's other tabs are told like anyone else.
 */
export const liveHelloEvent = 'hello';
export const liveHelloSchema = z.object({ stream: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });
export const liveStreamHeader = 'x-rapport-stream';
