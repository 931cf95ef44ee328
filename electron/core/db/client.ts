import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { keepingGoals, keepsGoals } from './goal-refresh';
import { registerNameKey } from './name-key';
import { registerOfficeDay } from './office-day';
import type { RequestContext } from './request';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;

/** The open database: drizzle for typed queries, the raw handle for pragmas, backups and hand-tuned SQL. */
export interface Db {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly orm: Orm;
  /** The office server's request (caller, address, session); absent in single-user mode. See request.ts. */
  readonly request?: RequestContext;
}

/** The same connection, seen by one request: transactions and the goal refresh key on the connection, not this object. */
export function forRequest(db: Db, request: RequestContext): Db {
  return { path: db.path, sqlite: db.sqlite, orm: db.orm, request };
}

export interface ConnectOptions {
  readonly: boolean;
  /** Path to a better_sqlite3.node built for the running runtime (Electron), else the default Node build. */
  nativeBinding?: string;
}

export function connect(path: string, options: ConnectOptions): Database.Database {
  return new Database(path, {
    readonly: options.readonly,
    fileMustExist: options.readonly,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/**
 * SQLite's page cache for a connection that serves the app (the writer, each reader), in KiB. The default 2 MB holds
 * a fraction of a 50,000-student office's indexes, so every dashboard read copied the same pages in again from the
 * OS: 64 MB took the dashboard's office figures from ~160 to ~130 ms and My day from ~160 to ~95 ms. It grows only
 * as pages are read. Set after the file has been checked: setting it reads the file (and opens its WAL).
 */
export function usePageCache(sqlite: Database.Database): void {
  sqlite.pragma('cache_size = -65536');
}

export function wrap(path: string, sqlite: Database.Database): Db {
  registerOfficeDay(sqlite);
  registerNameKey(sqlite);
  return { path, sqlite, orm: drizzle(sqlite, { schema }) };
}

/**
 * Runs fn in one transaction: every multi-row write is all-or-nothing. IMMEDIATE takes the write lock at
 * BEGIN, where busy_timeout waits for another writer; a deferred transaction that reads first and then
 * writes fails at once with SQLITE_BUSY(_SNAPSHOT) instead, because SQLite cannot wait inside it.
 * The outermost transaction also brings the derived goal facts its writes moved in line before it commits
 * (goal-refresh.ts); a nested one is a savepoint and leaves that to the outer one.
 */
export function transaction<T>(db: Db, fn: () => T): T {
  return db.sqlite.transaction(keepsGoals(db) ? fn : () => keepingGoals(db, fn)).immediate();
}
