import { randomBytes } from 'node:crypto';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Area } from '../../shared/api/areas';
import { liveChangeEvent, liveHelloEvent, type LiveChange } from '../../shared/api/live';

// Live updates (GET /api/live, server-sent events): after a write succeeds the host tells every other signed-in
// session which AREAS changed — the write's declared effects, never a record id or any content — and their screens
// refresh the queries of those areas through the same API, where the access rules decide what they may see. So a
// stream teaches nobody anything about records they could not read anyway.

interface Stream {
  readonly res: ServerResponse;
  readonly token: string;
  /** Random, told only to the tab that opened it (`event: hello`). */
  readonly id: string;
}

/** Which tab wrote: its session, and the stream id it sent with the call (if it has one open). */
export interface Writer {
  token: string | null;
  stream: string | null;
}

export interface LiveOptions {
  /** How often an idle stream is pinged (proxies drop silent connections) and its session re-checked. */
  heartbeatMs: number;
  /** Whether the session is still valid, WITHOUT counting as activity (an open tab must not defeat the idle timeout). */
  sessionAlive(token: string): boolean;
  /** One person's tabs; the oldest stream is closed when a session opens more. */
  maxStreamsPerSession: number;
  /**
   * All streams at once, well below the host's socket limit: streams never go idle, so without this cap enough of
   * them (many sessions, eight tabs each) could hold every socket and leave none for ordinary calls.
   */
  maxStreams: number;
}

export class LiveHub {
  private readonly streams = new Set<Stream>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: LiveOptions) {
    this.timer = setInterval(() => this.heartbeat(), options.heartbeatMs);
    this.timer.unref();
  }

  /** Answers GET /api/live for a signed-in session: an event stream that stays open until the session ends. */
  open(res: ServerResponse, token: string, headers: OutgoingHttpHeaders): void {
    const mine = [...this.streams].filter((s) => s.token === token);
    for (const old of mine.slice(0, Math.max(0, mine.length - this.options.maxStreamsPerSession + 1))) this.end(old);
    // Insertion order is age: the oldest stream makes room (its tab reconnects, and takes the place of another).
    for (const old of [...this.streams].slice(0, Math.max(0, this.streams.size - this.options.maxStreams + 1))) this.end(old);
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // A buffering proxy (nginx) would hold events back until its buffer fills.
      'x-accel-buffering': 'no',
    });
    const stream: Stream = { res, token, id: randomBytes(16).toString('base64url') };
    // The browser reconnects 3 s after a drop; the first event also flushes the headers through any proxy.
    res.write(`retry: 3000\nevent: ${liveHelloEvent}\ndata: ${JSON.stringify({ stream: stream.id })}\n\n`);
    this.streams.add(stream);
    res.once('close', () => this.streams.delete(stream));
  }

  /**
   * Tells every open tab but the writer's own that these areas changed (the writer refreshes from its answer).
   * A call without a stream id (a script, a tab whose stream is not open yet) spares all its session's streams.
   */
  publish(areas: readonly Area[], writer: Writer): void {
    if (areas.length === 0) return;
    const change: LiveChange = { areas: [...areas] };
    const message = `event: ${liveChangeEvent}\ndata: ${JSON.stringify(change)}\n\n`;
    for (const stream of this.streams) if (!wrote(stream, writer)) stream.res.write(message);
  }

  /** Sign-out, a revoked or expired session: its streams close (the browser's reconnect is then refused). */
  endSession(token: string): void {
    for (const stream of this.streams) if (stream.token === token) this.end(stream);
  }

  get size(): number {
    return this.streams.size;
  }

  close(): void {
    clearInterval(this.timer);
    for (const stream of this.streams) this.end(stream);
  }

  private end(stream: Stream): void {
    this.streams.delete(stream);
    stream.res.end();
  }

  private heartbeat(): void {
    const alive = new Map<string, boolean>();
    for (const stream of this.streams) {
      let ok = alive.get(stream.token);
      if (ok === undefined) {
        ok = this.options.sessionAlive(stream.token);
        alive.set(stream.token, ok);
      }
      if (ok) stream.res.write(': ping\n\n');
      else this.end(stream);
    }
  }
}

function wrote(stream: Stream, writer: Writer): boolean {
  if (stream.token !== writer.token) return false;
  return writer.stream === null || stream.id === writer.stream;
}
