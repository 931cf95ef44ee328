import type { Db } from '../db/client';
import { AppError } from '../errors';

/** One backup or restore at a time per database in this process: a second one gets a clear "busy" instead of racing. */
const running = new Set<string>();

export function backupRunning(db: Db): boolean {
  return running.has(db.path);
}

export async function exclusive<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  if (running.has(db.path)) throw new AppError('conflict', 'A backup or restore of this database is already running; try again when it has finished.');
  running.add(db.path);
  try {
    return await fn();
  } finally {
    running.delete(db.path);
  }
}
