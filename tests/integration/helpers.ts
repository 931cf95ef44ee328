import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../electron/core/db/client';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { dispatch } from '../../electron/core/dispatch';

export interface TestDb {
  db: Db;
  dir: string;
  path: string;
  close(): void;
}

/** A fresh database file in its own temp folder, with the real migrations. */
export async function freshDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
  const path = join(dir, 'rapport.db');
  const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder });
  return {
    db,
    dir,
    path,
    close() {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Calls procedures the way the transports do; `ok` returns the data or throws with the message. */
export function procedures(db: () => Db) {
  return {
    ok<T>(name: string, input: unknown): T {
      const result = dispatch(db(), name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.data as T;
    },
    fails(name: string, input: unknown) {
      const result = dispatch(db(), name, input);
      if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
      return result.error;
    },
  };
}

/** Every table's rows in a readable form; equal strings mean "the database content is unchanged". */
export function tableContent(db: Db, include: (table: string) => boolean = () => true): string {
  const tables = db.sqlite.prepare(`select name from sqlite_master where type = 'table' order by name`).pluck().all().map(String).filter(include);
  return JSON.stringify(tables.map((name) => [name, db.sqlite.prepare(`select * from "${name}"`).raw().all()]));
}
