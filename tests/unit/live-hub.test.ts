import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveHub } from '../../electron/office/live';

// The live-updates hub on its own: who is told of a write, and which streams make room when the caps are reached.

const sent = new Map<ServerResponse, string[]>();

/** A real response with no socket; what the hub writes to it is recorded. */
function response(): ServerResponse {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  const chunks: string[] = [];
  sent.set(res, chunks);
  vi.spyOn(res, 'write').mockImplementation((chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  });
  return res;
}

function written(res: ServerResponse): string {
  return (sent.get(res) ?? []).join('');
}

const hubs: LiveHub[] = [];
function hub(options: Partial<ConstructorParameters<typeof LiveHub>[0]> = {}): LiveHub {
  const made = new LiveHub({ heartbeatMs: 60_000, sessionAlive: () => true, maxStreamsPerSession: 8, maxStreams: 100, ...options });
  hubs.push(made);
  return made;
}
afterEach(() => {
  for (const made of hubs.splice(0)) made.close();
});

describe('live updates hub', () => {
  it('tells every stream but the writing tab, areas only; a call without a stream id spares its whole session', () => {
    const live = hub();
    const [writerTab, writerOtherTab, reader] = [response(), response(), response()];
    live.open(writerTab, 'token-a', {});
    live.open(writerOtherTab, 'token-a', {});
    live.open(reader, 'token-b', {});
    const stream = /"stream":"([^"]+)"/.exec(written(writerTab))?.[1] ?? null;
    live.publish(['contacts', 'audit'], { token: 'token-a', stream });
    expect(written(reader)).toContain('event: change\ndata: {"areas":["contacts","audit"]}\n\n');
    expect(written(writerOtherTab)).toContain('event: change');
    expect(written(writerTab)).not.toContain('event: change');

    live.publish(['events'], { token: 'token-b', stream: null });
    expect(written(reader)).not.toContain('"events"');
    expect(written(writerTab)).toContain('"events"');
  });

  it('closes a session’s streams when it ends, and the oldest streams past either cap', () => {
    const live = hub({ maxStreamsPerSession: 2, maxStreams: 3 });
    const [a1, a2, a3, b1, c1] = [response(), response(), response(), response(), response()];
    live.open(a1, 'a', {});
    live.open(a2, 'a', {});
    live.open(a3, 'a', {});
    expect(a1.writableEnded).toBe(true);
    live.open(b1, 'b', {});
    live.open(c1, 'c', {});
    expect(a2.writableEnded).toBe(true);
    expect(live.size).toBe(3);
    live.endSession('b');
    expect(b1.writableEnded).toBe(true);
    expect([a3, c1].map((res) => res.writableEnded)).toEqual([false, false]);
  });

  it('ends the streams of a session that is no longer alive at the heartbeat', async () => {
    let alive = true;
    const live = hub({ heartbeatMs: 20, sessionAlive: () => alive });
    const res = response();
    live.open(res, 'a', {});
    await new Promise((r) => setTimeout(r, 60));
    expect(written(res)).toContain(': ping');
    alive = false;
    await new Promise((r) => setTimeout(r, 60));
    expect(res.writableEnded).toBe(true);
  });
});
