import { z } from 'zod';
import { callerSchema } from '../../shared/api/caller';
import { apiResultSchema } from '../../shared/api/errors';
import { heldAuditSchema } from '../core/office/read-replica';

// What the office server's main thread and its reader threads say to each other (read-pool.ts, read-worker.ts).

/** A read to run: the procedure, its raw input, and who asks from where (never the session token); null in single-user browser mode. */
export const readJobSchema = z.object({
  id: z.number(),
  name: z.string(),
  input: z.unknown(),
  request: z.object({ caller: callerSchema.nullable(), address: z.string() }).nullable(),
});
export type ReadJob = z.infer<typeof readJobSchema>;

/**
 * The reader's answer: the result and the audit rows it held for the writer; or `writer` when the handler wrote
 * something else (the writer runs it); or `failed` when the reader itself broke (not the call).
 */
export const readReplySchema = z.discriminatedUnion('outcome', [
  z.object({ id: z.number(), outcome: z.literal('answered'), result: apiResultSchema, audit: z.array(heldAuditSchema) }),
  z.object({ id: z.number(), outcome: z.literal('writer') }),
  z.object({ id: z.number(), outcome: z.literal('failed'), message: z.string() }),
]);
export type ReadReply = z.infer<typeof readReplySchema>;

/** A reader's first message, once its connection is open: until then its calls are the main thread's. */
export const readerReadySchema = z.object({ ready: z.literal(true) });
