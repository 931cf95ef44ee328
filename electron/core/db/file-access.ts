import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from '../errors';

// What can be learned about a database file without changing it, and the errors that say why it cannot be
// opened. A file another program holds locked is busy, never damaged: only SQLITE_CORRUPT/SQLITE_NOTADB or
// a failing quick_check on a readable file count as damage (the only case in which a host may move it aside).

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** How long a connection waits for another program's lock before answering busy. */
export const busyTimeoutMs = 5000;

/** SQLite's result code of a failed call ('SQLITE_BUSY', 'SQLITE_CORRUPT_VTAB' …), or null for other errors. */
function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  return error.code.startsWith('SQLITE_') ? error.code : null;
}

/** Another connection holds the lock (SQLITE_BUSY, SQLITE_LOCKED and their extended codes). */
export function isLockError(error: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)(_|$)/.test(sqliteCode(error) ?? '');
}

/** SQLite itself found the file malformed: the only errors that mean damage. */
export function isDamageError(error: unknown): boolean {
  return /^SQLITE_(CORRUPT|NOTADB)(_|$)/.test(sqliteCode(error) ?? '');
}

function isReadOnlyError(error: unknown): boolean {
  return /^SQLITE_READONLY(_|$)/.test(sqliteCode(error) ?? '');
}

export function busyError(path: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'busy',
    path,
    `${path} is in use by another program, which holds it locked, so Rapport cannot open it now. Nothing was changed. ` +
      'Close the other program (another Rapport window, browser mode, a command-line run or a database tool) or wait for it to finish, then try again.',
  );
}

function readOnlyError(path: string, reason: string): DatabaseOpenError {
  return new DatabaseOpenError('read_only', path, `${path} is read-only: ${reason}. Rapport needs to write to it; nothing was changed.`);
}

/** Words for a file-system error code, never the raw EISDIR/EROFS text. */
function fileProblem(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'it is on a read-only disk',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ENOENT: 'it does not exist',
    ENOSPC: 'the disk is full',
    EIO: 'the disk reported an input/output error',
  };
  return words[code] ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Turns an error met while opening, checking or updating the file into a DatabaseOpenError that says what
 * happened; `fallback` is used for errors that are not about locks, permissions or damage.
 */
export function openFailure(error: unknown, path: string, fallback: (reason: string) => DatabaseOpenError): DatabaseOpenError {
  if (error instanceof DatabaseOpenError) return error;
  if (isLockError(error)) return busyError(path);
  if (isReadOnlyError(error)) return readOnlyError(path, 'the file or its folder cannot be written');
  if (isDamageError(error)) {
    return new DatabaseOpenError('corrupt', path, `${path} is damaged (${error instanceof Error ? error.message : String(error)}). It was left untouched.`);
  }
  const code = sqliteCode(error);
  const reason = code === null ? fileProblem(error) : error instanceof Error ? error.message : String(error);
  return fallback(reason);
}

/** A file a Rapport database can be: exists (or may be created), is not a folder, and reads as SQLite. */
export function assertDatabaseFile(path: string, options: { mustExist: boolean }): void {
  if (!existsSync(path)) {
    if (options.mustExist) throw new DatabaseOpenError('missing', path, `${path} does not exist. Nothing was created.`);
    return;
  }
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      throw new DatabaseOpenError(
        'not_a_file',
        path,
        `${path} is a folder, not a database file. Give the path of the database file itself (for example ${path}/rapport.db).`,
      );
    }
    if (!stats.isFile())
      throw new DatabaseOpenError('not_a_file', path, `${path} is not a regular file, so it cannot be a Rapport database. It was left untouched.`);
    size = stats.size;
  } catch (error) {
    throw openFailure(error, path, (reason) => new DatabaseOpenError('unreadable', path, `Could not open ${path}: ${reason}.`));
  }
  if (size === 0) return;
  if (readHeader(path) !== SQLITE_HEADER) {
    throw new DatabaseOpenError('not_sqlite', path, `${path} is not a Rapport database (it is not an SQLite file). It was left untouched.`);
  }
}

function readHeader(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new DatabaseOpenError('unreadable', path, `Could not read ${path}: ${fileProblem(error)}. It was left untouched.`);
  }
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } catch (error) {
    throw new DatabaseOpenError('unreadable', path, `Could not read ${path}: ${fileProblem(error)}. It was left untouched.`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Before a read-write open: SQLite would quietly open a write-protected file read-only (and fail later,
 * half-way through a migration), and it must create `-wal`/`-shm` beside the file.
 */
export function assertWritable(path: string): void {
  const folder = dirname(path);
  const target = existsSync(path) ? path : folder;
  try {
    accessSync(target, constants.W_OK);
    // The journal files are made in the folder: it must be writable too unless they exist already.
    if (target === path && !existsSync(`${path}-wal`)) accessSync(folder, constants.W_OK);
  } catch (error) {
    const reason = fileProblem(error);
    throw readOnlyError(path, target === path && reason === 'permission denied' ? 'this account may not change the file or its folder' : reason);
  }
}

/**
 * Files above this size are read through SQLite rather than copied into memory to be checked: the copy costs
 * about twice its size in memory, and `rapport stats` on a 20,000-student office (~200 MB) peaked at 700 MB.
 */
const largestPrivateCopy = 64 * 1024 * 1024;

/**
 * A read-only connection that leaves no trace beside the file. SQLite's own read-only open of a WAL file
 * creates `-wal` and `-shm` and leaves them; so when no `-wal`/`-journal` exists (no other connection
 * has the file open, and the main file holds every committed page) the bytes are read into a private
 * in-memory copy instead. Otherwise (or for a very large file) SQLite reads the file itself, and then
 * sees the other connections' committed pages and waits for their locks.
 */
export function connectForReading(path: string, nativeBinding?: string): Database.Database {
  const binding = nativeBinding ? { nativeBinding } : {};
  const inUse = () => existsSync(`${path}-wal`) || existsSync(`${path}-journal`);
  try {
    if (!inUse() && statSync(path).size <= largestPrivateCopy) {
      const bytes = readFileSync(path);
      // Nobody opened the file while it was read: the copy is whole. Bytes 18–19 say "WAL"; an in-memory
      // copy must read as an ordinary (rollback-journal) database, which the pages themselves do not care about.
      if (!inUse()) {
        if (bytes.length >= 20) bytes.writeUInt16BE(0x0101, 18);
        return new Database(bytes, { readonly: true, ...binding });
      }
    }
    const sqlite = new Database(path, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs, ...binding });
    return sqlite;
  } catch (error) {
    throw openFailure(error, path, (reason) => new DatabaseOpenError('unreadable', path, `Could not open ${path}: ${reason}. It was left untouched.`));
  }
}
