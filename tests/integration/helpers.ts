import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Db } from '../../electron/core/db/client';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { dispatch, dispatchAsync } from '../../electron/core/dispatch';
import { procedureSchemas, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '../../shared/api/contract';
import type { ApiErrorShape, ApiResult } from '../../shared/api/errors';

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

/**
 * A fresh database for every test of the file (opened before each, closed after) and its procedures:
 * `const t = freshDbForEachTest(); const { call, fails } = t;` then `t.db`, `t.path` inside the tests.
 */
export function freshDbForEachTest(): TestDb & ReturnType<typeof procedures> {
  let current: TestDb | null = null;
  beforeEach(async () => {
    current = await freshDb();
  });
  afterEach(() => {
    current?.close();
    current = null;
  });
  const open = () => present(current, 'database (one is open only while a test runs)');
  return {
    get db() {
      return open().db;
    },
    get dir() {
      return open().dir;
    },
    get path() {
      return open().path;
    },
    close: () => open().close(),
    ...procedures(() => open().db),
  };
}

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A procedure that answered with an error; the message names the procedure, the code and the core's message. */
export class CallFailed extends Error {
  constructor(
    readonly procedure: string,
    readonly error: ApiErrorShape,
  ) {
    super(`${procedure}: ${error.code}: ${error.message}`);
    this.name = 'CallFailed';
  }
}

function answer<K extends ProcedureName>(name: K, result: ApiResult<unknown>): ProcedureOutput<K> {
  if (!result.ok) throw new CallFailed(name, result.error);
  // Read through the contract's output schema, as the renderer does: the test sees the type the UI sees, no casts.
  return procedureSchemas[name].output.parse(result.data);
}

function refusal(name: string, result: ApiResult<unknown>): ApiErrorShape {
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

/**
 * Calls procedures the way the transports do (dispatch: contract validation, one error shape).
 * `call` takes the contract's input type and returns its output type, or throws CallFailed;
 * `fails` takes any input (tests send wrong ones on purpose) and returns the error.
 * The *Async pair is for the procedures that answer with a promise (file exports, backups).
 */
export function procedures(db: () => Db) {
  return {
    call<K extends ProcedureName>(name: K, input: ProcedureInput<K>): ProcedureOutput<K> {
      return answer(name, dispatch(db(), name, input));
    },
    async callAsync<K extends ProcedureName>(name: K, input: ProcedureInput<K>): Promise<ProcedureOutput<K>> {
      return answer(name, await dispatchAsync(db(), name, input));
    },
    fails(name: string, input: unknown): ApiErrorShape {
      return refusal(name, dispatch(db(), name, input));
    },
    async failsAsync(name: string, input: unknown): Promise<ApiErrorShape> {
      return refusal(name, await dispatchAsync(db(), name, input));
    },
  };
}

export type StudentFields = Partial<ProcedureInput<'students.create'>>;

/** A student with the ID and contact details the readiness checklist and the exports show: S-<first>, <first>@example.com, a phone. */
export function studentOnFile(call: ReturnType<typeof procedures>['call'], firstName: string, lastName: string, extra: StudentFields = {}): number {
  const details = { externalId: `S-${firstName}`, personalEmail: `${firstName.toLowerCase()}@example.com`, phone: '555-0100' };
  return call('students.create', { firstName, lastName, ...details, ...extra }).id;
}

/** The value a test expects to be there (the first row of a list, a map entry); throws rather than carry undefined on. */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
}

/** Every table's rows in a readable form; equal strings mean "the database content is unchanged". */
export function tableContent(db: Db, include: (table: string) => boolean = () => true): string {
  const tables = db.sqlite.prepare(`select name from sqlite_master where type = 'table' order by name`).pluck().all().map(String).filter(include);
  return JSON.stringify(tables.map((name) => [name, db.sqlite.prepare(`select * from "${name}"`).raw().all()]));
}
