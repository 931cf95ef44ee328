import type { ApiErrorShape, ApiResult } from './api/errors';
import type { OfflineStore, QueuedItem, QueuedProcedure } from './api/offline';

// The door's offline queue, pure TypeScript so the browser (renderer/src/api/offline/doorQueue.ts, IndexedDB), the
// desktop (a file store) and the Node tests run the same code; the store and the sender are handed in.

/** Sends one queued write with its idempotency key. */
export type KeyedSender = (procedure: QueuedProcedure, input: unknown, key: string) => Promise<ApiResult<unknown>>;

/** The transport's "could not reach the server" (transport.ts): no answer came, so the write may or may not be done. */
export function isUnreachable(error: ApiErrorShape): boolean {
  return error.details?.reason === 'unreachable';
}

/** Answers that say "not now" rather than "not this": the item waits (signed out, busy, rate limited, unreachable). */
function isTemporary(error: ApiErrorShape): boolean {
  return (
    isUnreachable(error) ||
    error.code === 'unauthenticated' ||
    error.code === 'rate_limited' ||
    error.code === 'database_unavailable' ||
    (error.code === 'conflict' && error.details?.reason === 'busy')
  );
}

export interface QueueState {
  waiting: QueuedItem[];
  notSent: QueuedItem[];
}

export type SendOutcome = { queued: false; result: ApiResult<unknown> } | { queued: true; item: QueuedItem };

/**
 * Check-ins and touchpoints at a door with bad Wi-Fi: each is tried at once with a fresh idempotency key; when the
 * server cannot be reached it is kept (with that key) and replayed in order later, exactly once, since the server
 * answers a key it has seen with its first answer. An item the server refuses moves to "not sent" with the reason.
 */
export class OfflineQueue {
  private state: QueueState = { waiting: [], notSent: [] };
  private readonly listeners = new Set<(state: QueueState) => void>();
  private replaying: Promise<void> | null = null;
  private seq = 0;

  constructor(
    private readonly store: OfflineStore,
    private readonly sender: KeyedSender,
    /** A fresh random idempotency key (a UUID from the platform's crypto). */
    private readonly newKey: () => string,
  ) {}

  snapshot(): QueueState {
    return this.state;
  }

  subscribe(listener: (state: QueueState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Reads what an earlier visit left on this device. */
  async load(): Promise<QueueState> {
    const items = await this.store.list();
    this.seq = Math.max(this.seq, ...items.map((i) => i.seq));
    this.publish(items);
    return this.state;
  }

  /**
   * Sends now; when the server cannot be reached the action is kept and `queued` is true. While older items wait,
   * a new one queues behind them, so the door's actions reach the server in the order they were made.
   */
  async send(procedure: QueuedProcedure, input: unknown, label: string): Promise<SendOutcome> {
    const key = this.newKey();
    if (this.state.waiting.length === 0) {
      const result = await this.sender(procedure, input, key);
      if (result.ok || !isUnreachable(result.error)) return { queued: false, result };
    }
    const item: QueuedItem = { key, seq: ++this.seq, procedure, input, label, queuedAt: new Date().toISOString(), refused: null };
    await this.store.put(item);
    await this.load();
    return { queued: true, item };
  }

  /** Sends what waits, oldest first; stops at the first "not now" and keeps the rest. One replay at a time. */
  replay(): Promise<void> {
    this.replaying ??= this.replayAll().finally(() => {
      this.replaying = null;
    });
    return this.replaying;
  }

  private async replayAll(): Promise<void> {
    for (const item of await this.store.list()) {
      if (item.refused) continue;
      let result: ApiResult<unknown>;
      try {
        result = await this.sender(item.procedure, item.input, item.key);
      } catch {
        break;
      }
      if (result.ok) await this.store.remove(item.key);
      else if (isTemporary(result.error)) break;
      else await this.store.put({ ...item, refused: { code: result.error.code, message: result.error.message } });
      await this.load();
    }
    await this.load();
  }

  /** Puts a refused item back in line (same key: still done at most once) and replays. */
  async retry(key: string): Promise<void> {
    const item = this.state.notSent.find((i) => i.key === key);
    if (item) await this.store.put({ ...item, refused: null, seq: ++this.seq });
    await this.load();
    await this.replay();
  }

  /** Forgets a refused item, after the person at the desk confirmed it. */
  async discard(key: string): Promise<void> {
    await this.store.remove(key);
    await this.load();
  }

  private publish(items: QueuedItem[]): void {
    this.state = { waiting: items.filter((i) => !i.refused), notSent: items.filter((i) => i.refused) };
    for (const listener of this.listeners) listener(this.state);
  }
}
