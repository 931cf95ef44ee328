import { desktopQueueProcedures } from './api/desktop-queue';
import type { ApiResult } from './api/errors';
import type { OfflineStore, QueuedItem } from './api/offline';

/** The window's one invoke (the preload's, or desktopDispatch in tests). */
export type Invoke = (procedure: string, input: unknown) => Promise<ApiResult<unknown>> | ApiResult<unknown>;

/**
 * The desktop window's store of the door's queue: the desktop.queue* calls, which main answers from a file for the
 * office open now. A refusal is thrown (as IndexedDB's errors are), so the queue never mistakes it for an empty list.
 */
export function desktopStore(invoke: Invoke): OfflineStore {
  const run = async (procedure: keyof typeof desktopQueueProcedures, input: unknown): Promise<unknown> => {
    const result = await invoke(procedure, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  };
  return {
    list: async (): Promise<QueuedItem[]> => desktopQueueProcedures['desktop.queueList'].output.parse(await run('desktop.queueList', {})),
    put: async (item) => {
      await run('desktop.queuePut', { item });
    },
    remove: async (key) => {
      await run('desktop.queueRemove', { key });
    },
  };
}
