import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import type { ApiResult } from '../../shared/api/errors';
import { dispatchAsync } from '../core/dispatch';
import { forRequest, type RequestContext } from '../core/office/database';
import { inSnapshot, isReadOnlyWrite, openReadReplica } from '../core/office/read-replica';
import { readJobSchema, readerReadySchema, type ReadJob, type ReadReply } from './read-messages';

// One reader thread of the office server or browser mode (read-pool.ts): the same dispatchAsync as the main thread, on its own
// read-only connection, one call at a time, each in its own WAL snapshot.

const port = parentPort;
if (!port) throw new Error('read-worker.ts runs as a worker thread of the office server (read-pool.ts).');
const db = openReadReplica(z.object({ path: z.string() }).parse(workerData).path);
port.postMessage({ ready: true } satisfies z.infer<typeof readerReadySchema>);

/** A read never starts or ends a session (auth.* stays on the main thread): saying so beats a silent no-op. */
function sessionless(): never {
  throw new Error('A read cannot start or end a session.');
}

/** The handler wrote something a read-only connection refuses: the writer runs the call instead. */
const wroteOutsideAudit = (result: ApiResult<unknown>) => !result.ok && result.error.code === 'internal' && isReadOnlyWrite(result.error.message);

/** The connection a call runs on: the office's, for who asks; browser mode's single user's, as the main thread's. */
function connectionFor(request: ReadJob['request']) {
  if (request === null) return db;
  const context: RequestContext = {
    caller: request.caller,
    address: request.address,
    // Reads never revoke a session, so the raw token never leaves the main thread.
    sessionToken: null,
    startSession: sessionless,
    endSession: sessionless,
  };
  return forRequest(db, context);
}

async function answer(job: ReadJob): Promise<ReadReply> {
  const { result, audit } = await inSnapshot(
    db,
    () => dispatchAsync(connectionFor(job.request), job.name, job.input),
    (done) => !wroteOutsideAudit(done),
  );
  return wroteOutsideAudit(result) ? { id: job.id, outcome: 'writer' } : { id: job.id, outcome: 'answered', result, audit };
}

// The pool sends one job at a time; the chain keeps them in order should it ever send more.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: unknown) => {
  const job = readJobSchema.parse(message);
  queue = queue
    .then(() => answer(job))
    .catch((error: unknown): ReadReply => ({ id: job.id, outcome: 'failed', message: error instanceof Error ? error.message : String(error) }))
    .then((reply) => port.postMessage(reply));
});
