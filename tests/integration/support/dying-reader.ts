import { parentPort } from 'node:worker_threads';

// A reader thread that ends as soon as it is given a call (office-read-pool.test.ts): the pool must answer the
// call `internal`, replace the reader, and stop using readers that keep dying.
parentPort?.postMessage({ ready: true });
parentPort?.on('message', () => process.exit(1));
