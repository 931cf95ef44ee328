// Starts a reader thread written in TypeScript (read-pool.ts, when the office server runs from source with tsx, as
// `npm run office` does, or under vitest): a worker thread does not inherit tsx's loader, so it registers it here
// and then loads the reader itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
