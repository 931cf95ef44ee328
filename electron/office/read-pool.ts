import { Worker } from 'node:worker_threads';
import { contract, isProcedureName, type ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { changesNoRecord } from '../core/access/audit-writes';
import { toApiError } from '../core/dispatch';
import { dispatchOnce } from '../core/idempotency/dispatch-once';
import { forRequest, type Db, type RequestContext } from '../core/office/database';
import { recordHeldAudit } from '../core/office/read-replica';
import { readerReadySchema, readReplySchema, type ReadJob, type ReadReply } from './read-messages';

// One busy advisor does not stall the office: the office server's main thread is its one writer, and reads run
// on a few reader threads (read-worker.ts), each with its own read-only connection to the office file. A
// whole-office dashboard or a ten-second export then takes a reader, not the thread every other call needs.

/** Calls that stay on the main thread although they only read. */
const onWriter: ReadonlySet<string> = new Set<ProcedureName>([
  // Per-connection counter: a reader's would move on every commit of the writer and differ between readers.
  'office.dataVersion',
  // The preview runs the import and rolls it back: a write, undone.
  'imports.preview',
]);

/** The namespace of a procedure name ("dashboard" in `dashboard.office`). */
const areaOf = (name: ProcedureName) => name.slice(0, name.indexOf('.'));

/**
 * Whether a call runs on a reader: every read except sessions (auth.*), the audit log itself (a reader's
 * audit_log is its private shadow, core/db/read-replica.ts) and the two above; and every export — a write whose
 * only effect is its audit row, which the reader holds for the writer.
 */
export function runsOnReader(name: string): boolean {
  if (!isProcedureName(name) || onWriter.has(name)) return false;
  const area = areaOf(name);
  if (area === 'auth' || area === 'audit') return false;
  return changesNoRecord(name);
}

/** Long calls: they may take every reader but one, so a caseload page always finds a reader free. */
function isLong(name: string): boolean {
  return isProcedureName(name) && (areaOf(name) === 'dashboard' || contract[name].kind === 'write');
}

export interface ReadPoolOptions {
  /** The office file, already opened (and migrated) by the writer. */
  path: string;
  /** Reader threads (default 2). */
  size?: number;
  /**
   * How many readers may run long calls (dashboards, and writes' reads) at once. Default: all but one, so that on the
   * office server one reader stays free for everyone else's quick calls. Browser mode has one user, whose own
   * dashboard is what they wait for: all of them.
   */
  longReaders?: number;
  /** A call a reader has not answered by then ends its thread (a fresh one takes its place); default 5 minutes. */
  timeoutMs?: number;
  /** The reader's entry; tests point it elsewhere to see a reader die. */
  workerUrl?: URL;
}

interface Pending {
  job: ReadJob;
  long: boolean;
  settle(reply: ReadReply): void;
}

interface Reader {
  worker: Worker;
  /** Its connection is open. A reader starting from source compiles the core first (seconds on a busy machine). */
  ready: boolean;
  running: Pending | null;
  timer: NodeJS.Timeout | null;
}

const readerUrl = new URL(`./read-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** A reader in TypeScript (running from source) starts through ts-reader.mjs, which gives its thread tsx's loader. */
function startReader(entry: URL, path: string): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: { path } });
  return new Worker(new URL('./ts-reader.mjs', import.meta.url), { workerData: { path, entry: entry.href } });
}

/** After this many readers died in a row without answering, reads go back to the main thread (said once). */
const maxDeathsInARow = 3;

export class ReadPool {
  private readonly readers: Reader[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private deathsInARow = 0;
  private closed = false;
  private waitingForReady: (() => void)[] = [];
  private readonly url: URL;
  private readonly timeoutMs: number;
  private readonly maxLong: number;

  constructor(private readonly options: ReadPoolOptions) {
    const size = options.size ?? 2;
    if (!Number.isInteger(size) || size < 1) throw new Error(`A read pool needs at least one reader, got ${size}.`);
    this.url = options.workerUrl ?? readerUrl;
    this.timeoutMs = options.timeoutMs ?? 300_000;
    this.maxLong = options.longReaders ?? Math.max(1, size - 1);
    if (!Number.isInteger(this.maxLong) || this.maxLong < 1 || this.maxLong > size)
      throw new Error(`Long calls need between 1 and ${size} readers, got ${this.maxLong}.`);
    for (let i = 0; i < size; i += 1) this.readers.push(this.spawn());
  }

  /**
   * Whether this call goes to a reader: not before one is ready (the first screen after a start does not wait for
   * threads to boot), nor once the readers kept dying (the main thread answers again).
   */
  handles(name: string): boolean {
    return !this.closed && this.deathsInARow < maxDeathsInARow && this.readers.some((reader) => reader.ready) && runsOnReader(name);
  }

  /** Runs a call on a reader (for who asks; null: browser mode's single user); answers `writer` when the main thread must run it. */
  run(name: string, input: unknown, request: RequestContext | null): Promise<ReadReply> {
    return new Promise((settle) => {
      const job: ReadJob = { id: this.nextId++, name, input, request: request && { caller: request.caller, address: request.address } };
      this.queue.push({ job, long: isLong(name), settle });
      this.pump();
    });
  }

  /** Resolves once a reader can take calls, or the pool is closed (tests, and hosts that would rather wait). */
  whenReady(): Promise<void> {
    if (this.closed || this.readers.some((reader) => reader.ready)) return Promise.resolve();
    return new Promise((resolve) => this.waitingForReady.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const resolve of this.waitingForReady.splice(0)) resolve();
    for (const pending of this.queue.splice(0)) pending.settle({ id: pending.job.id, outcome: 'writer' });
    await Promise.all(this.readers.map((reader) => reader.worker.terminate()));
  }

  private spawn(): Reader {
    const worker = startReader(this.url, this.options.path);
    const reader: Reader = { worker, ready: false, running: null, timer: null };
    worker.on('message', (message: unknown) => {
      if (readerReadySchema.safeParse(message).success) {
        reader.ready = true;
        for (const resolve of this.waitingForReady.splice(0)) resolve();
        this.pump();
        return;
      }
      const reply = readReplySchema.safeParse(message);
      const running = reader.running;
      if (!running || !reply.success || reply.data.id !== running.job.id) return;
      this.deathsInARow = 0;
      this.finish(reader, reply.data);
    });
    // An uncaught error ends the thread: 'exit' follows and takes care of the call and the replacement.
    worker.on('error', (error) => console.error(`rapport: a reader thread failed: ${error.message}`));
    worker.on('exit', () => this.replace(reader));
    return reader;
  }

  /** A reader ended (crash, timeout): its call gets an `internal` answer, never silence, and a fresh reader takes its place. */
  private replace(dead: Reader): void {
    const index = this.readers.indexOf(dead);
    if (index < 0) return;
    if (dead.running) {
      this.deathsInARow += 1;
      this.finish(dead, { id: dead.running.job.id, outcome: 'failed', message: 'the reader thread stopped' });
    }
    if (this.closed) return;
    if (this.deathsInARow === maxDeathsInARow) console.error('rapport: the reader threads keep stopping; reads now run on the main thread.');
    this.readers[index] = this.spawn();
    this.pump();
  }

  private finish(reader: Reader, reply: ReadReply): void {
    const running = reader.running;
    if (reader.timer) clearTimeout(reader.timer);
    reader.running = null;
    reader.timer = null;
    running?.settle(reply);
    this.pump();
  }

  /** Hands queued calls to idle readers, in order, keeping one reader for short calls. */
  private pump(): void {
    for (const reader of this.readers) {
      if (!reader.ready || reader.running || this.closed) continue;
      const longRunning = this.readers.filter((r) => r.running?.long).length;
      const index = this.queue.findIndex((pending) => !pending.long || longRunning < this.maxLong);
      if (index < 0) return;
      const [pending] = this.queue.splice(index, 1);
      if (!pending) return;
      reader.running = pending;
      reader.timer = setTimeout(() => void reader.worker.terminate(), this.timeoutMs);
      reader.worker.postMessage(pending.job);
    }
  }
}

/**
 * How a host answers a call: on a reader when the pool takes it, else (or when the reader hands it back) on the main
 * thread — for who asks on the office server, or browser mode's single user (request null). The audit rows a reader held are recorded by the writer before the answer goes out,
 * so an export is never delivered without its history entry; if they cannot be, the caller gets the error.
 */
export async function answerCall(
  pool: ReadPool | null,
  db: Db,
  name: string,
  input: unknown,
  request: RequestContext | null,
  idempotencyKey: string | null = null,
): Promise<ApiResult<unknown>> {
  const reply = pool?.handles(name) ? await pool.run(name, input, request) : null;
  const main = request === null ? db : forRequest(db, request);
  // A keyed write is done once per key (core/idempotency); reads and exports run on readers and ignore a key.
  if (!reply || reply.outcome === 'writer') return dispatchOnce(main, name, input, idempotencyKey);
  if (reply.outcome === 'failed') {
    return { ok: false, error: { code: 'internal', message: `Rapport could not finish this read (${reply.message}); try again.` } };
  }
  try {
    recordHeldAudit(main, reply.audit);
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
  return reply.result;
}
