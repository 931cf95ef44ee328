import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;

/**
 * The open database: drizzle for typed queries, the raw handle for pragmas, backups and hand-tuned SQL.
 * The hosts hold one Db for their lifetime; a restore swaps the connection inside it (replaceConnection).
 */
export interface Db {
  readonly path: string;
  sqlite: Database.Database;
  orm: Orm;
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

export function wrap(path: string, sqlite: Database.Database): Db {
  return { path, sqlite, orm: drizzle(sqlite, { schema }) };
}

/** Runs fn in one transaction: every multi-row write is all-or-nothing. */
export function transaction<T>(db: Db, fn: () => T): T {
  return db.sqlite.transaction(fn)();
}

/** Points `target` (the Db the hosts hold) at another open connection to the same path, after a restore. */
export function replaceConnection(target: Db, source: Db): void {
  target.sqlite = source.sqlite;
  target.orm = source.orm;
}
