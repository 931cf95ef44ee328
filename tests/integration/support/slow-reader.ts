import { parentPort } from 'node:worker_threads';
import { readJobSchema } from '../../../electron/office/read-messages';

// A reader thread that takes 400 ms over every call and then hands it to the writer (web-read-pool.test.ts): how long
// two calls take together says whether they ran side by side or one after the other.
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: unknown) => {
  const job = readJobSchema.parse(message);
  setTimeout(() => parentPort?.postMessage({ id: job.id, outcome: 'writer' }), 400);
});
