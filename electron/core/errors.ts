import type { ApiErrorCode } from '../../shared/api/errors';

/** An error the core raises on purpose; transports turn it into `{ code, message, details }`. */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(entity: string, id: number | string): AppError {
  return new AppError('not_found', `No ${entity} with id ${id}.`, { entity, id });
}

/**
 * Why a database file could not be opened; the hosts show this to the person, never overwrite the file.
 * Only `corrupt` and `not_sqlite` are damage; `busy` (another program holds the lock) is never treated as such.
 */
export type DatabaseOpenProblem =
  'not_sqlite' | 'not_rapport' | 'corrupt' | 'unreadable' | 'migration_failed' | 'backup_failed' | 'busy' | 'read_only' | 'not_a_file' | 'missing' | 'outdated';

export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseOpenProblem,
    readonly path: string,
    message: string,
    /** Where a damaged file was moved (it is never overwritten), and the newest verified backup to offer. */
    readonly recovery?: { movedTo: string; newestBackup: string | null },
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
