import { queuedItemSchema, type OfflineStore, type QueuedItem } from '@shared/api/offline';

const storeName = 'queue';

/** The browser's store of the door's queue: one IndexedDB database per office address (the browser keys it by origin). */
export function indexedDbStore(factory: IDBFactory = indexedDB, name = 'rapport-offline'): OfflineStore {
  let opened: Promise<IDBDatabase> | null = null;
  const open = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    return opened;
  };
  const run = async <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      const request = act(tx.objectStore(storeName));
      // Resolved when the transaction commits, not when the request succeeds: a put is then on the device.
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = tx.onabort = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
    });
  };
  return {
    async list() {
      const rows: unknown[] = await run('readonly', (s) => s.getAll());
      // Kept items are read back through the schema: whatever is unreadable is left out of sending, not guessed at.
      const items: QueuedItem[] = [];
      for (const row of rows) {
        const parsed = queuedItemSchema.safeParse(row);
        if (parsed.success) items.push(parsed.data);
      }
      return items.sort((a, b) => a.seq - b.seq);
    },
    async put(item) {
      await run('readwrite', (s) => s.put(item));
    },
    async remove(key) {
      await run('readwrite', (s) => s.delete(key));
    },
  };
}
