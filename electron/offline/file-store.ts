import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { queuedItemSchema, type OfflineStore, type QueuedItem } from '../../shared/api/offline';

const fileSchema = z.object({ version: z.literal(1), items: z.array(queuedItemSchema) });

/**
 * The desktop's store of the door's queue (the browser uses IndexedDB): one JSON file, replaced whole through a
 * temporary file and a rename so a crash leaves the old list or the new one, never half of one. Calls run one after
 * another. A file that cannot be read is an error naming it, never read as an empty queue (that would drop items).
 */
export function fileStore(path: string): OfflineStore {
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };
  const read = async (): Promise<QueuedItem[]> => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const file = fileSchema.safeParse(parsed);
    if (!file.success) throw new Error(`The offline queue file ${path} cannot be read; it was left as it is.`);
    return [...file.data.items].sort((a, b) => a.seq - b.seq);
  };
  const write = async (items: QueuedItem[]) => {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ version: 1, items }), { mode: 0o600, flush: true });
    await rename(temporary, path);
  };
  return {
    list: () => serial(read),
    put: (item) => serial(async () => write([...(await read()).filter((i) => i.key !== item.key), item].sort((a, b) => a.seq - b.seq))),
    remove: (key) => serial(async () => write((await read()).filter((i) => i.key !== key))),
  };
}
