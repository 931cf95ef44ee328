import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { QueuedItem } from '@shared/api/offline';
import { indexedDbStore } from '@renderer/api/offline/indexedDbStore';

// The browser's store of the door's queue (fake-indexeddb standing in for the browser's): items come back in the
// order they were made after a reload (a new store on the same database), replaced and removed by key.

const item = (seq: number): QueuedItem => ({
  key: `door-key-${String(seq).padStart(10, '0')}`,
  seq,
  procedure: 'interactions.create',
  input: { connectionId: seq, kind: 'conversation', occurredOn: '2026-04-01' },
  label: `Log ${seq}`,
  queuedAt: '2026-04-01T17:00:00.000Z',
  refused: null,
});

describe('the IndexedDB store of the offline queue', () => {
  it('keeps items in order across a reload; replaces and removes by key', async () => {
    const factory = new IDBFactory();
    const store = indexedDbStore(factory);
    await Promise.all([3, 1, 2].map((n) => store.put(item(n))));
    await store.put({ ...item(2), refused: { code: 'forbidden', message: 'Not yours' } });
    await store.remove(item(1).key);
    const reloaded = await indexedDbStore(factory).list();
    expect(reloaded.map((i) => [i.seq, i.refused?.code ?? null])).toEqual([
      [2, 'forbidden'],
      [3, null],
    ]);
  });
});
