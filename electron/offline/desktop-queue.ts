import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { desktopQueueProcedures, type DesktopQueueProcedure } from '../../shared/api/desktop-queue';
import type { ApiResult } from '../../shared/api/errors';
import type { OfflineStore } from '../../shared/api/offline';
import { fileStore } from './file-store';

/**
 * The door's queue on the desktop: one file per office (this computer's, or each office server by its origin), so an
 * item kept for one office is only ever replayed to that office, whichever the window has open later.
 */
export function desktopQueue(folder: string) {
  const stores = new Map<string, OfflineStore>();
  const storeFor = (origin: string | null): OfflineStore => {
    const name = origin === null ? 'this-computer' : `office-${createHash('sha256').update(origin).digest('hex').slice(0, 24)}`;
    let store = stores.get(name);
    if (!store) {
      store = fileStore(join(folder, 'offline-queue', `${name}.json`));
      stores.set(name, store);
    }
    return store;
  };

  /** Answers one desktop.queue* call for the office open now (null: this computer's). */
  return async (name: DesktopQueueProcedure, input: unknown, origin: string | null): Promise<ApiResult<unknown>> => {
    const store = storeFor(origin);
    try {
      if (name === 'desktop.queueList') {
        const parsed = desktopQueueProcedures[name].input.safeParse(input);
        return parsed.success ? { ok: true, data: await store.list() } : invalid('This call takes no input.');
      }
      if (name === 'desktop.queuePut') {
        const parsed = desktopQueueProcedures[name].input.safeParse(input);
        if (!parsed.success) return invalid(`The queued item is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        await store.put(parsed.data.item);
        return { ok: true, data: { kept: true } };
      }
      const parsed = desktopQueueProcedures[name].input.safeParse(input);
      if (!parsed.success) return invalid(`key ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
      await store.remove(parsed.data.key);
      return { ok: true, data: { removed: true } };
    } catch (error) {
      // The file could not be read or written: said as it is, never answered as an empty queue.
      return {
        ok: false,
        error: { code: 'internal', message: error instanceof Error ? error.message : String(error), details: { reason: 'offline_queue_file' } },
      };
    }
  };
}

function invalid(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'invalid_input', message, details: { field: 'input' } } };
}
