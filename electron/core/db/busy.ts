// Another connection (a second window, the CLI, a restore) holds the lock this write needs. SQLite says so
// with SQLITE_BUSY or SQLITE_LOCKED and their extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY,
// SQLITE_LOCKED_SHAREDCACHE, …): nothing was written, and the same request succeeds a moment later.

export const busyMessage = 'The database is busy with another task; try again in a moment.';

export function isBusy(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return false;
  return /^SQLITE_(BUSY|LOCKED)(_|$)/.test(error.code);
}
