import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { sourceRoot } from '../../electron/core/paths';

const eslint = new ESLint({ cwd: sourceRoot });

async function messagesOf(rule: string, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

const restrictedImports = (filePath: string, code: string) => messagesOf('no-restricted-imports', filePath, code);
const driverAccess = (filePath: string, code: string) => messagesOf('no-restricted-syntax', filePath, code);

describe('import boundaries are enforced by lint', () => {
  it.each([
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import fs from 'fs';"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';"],
    ['renderer/src/x.ts', "import { sql } from 'drizzle-orm';"],
    // Relative paths count too: the renderer and shared never reach into electron/**.
    ['renderer/src/features/students/x.ts', "import { addDays } from '../../../../electron/core/dates';"],
    ['renderer/src/x.ts', "import type { Db } from '../../electron/core/db/client';"],
    ['shared/x.ts', "import { join } from 'node:path';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import { officeToday } from '../electron/core/db/office-day';"],
    ['shared/api/x.ts', "import { AppError } from '../../electron/core/errors';"],
    // shared imports only zod and itself.
    ['shared/x.ts', "import dayjs from 'dayjs';"],
    ['shared/api/x.ts', "import { call } from '../../renderer/src/api/client';"],
    ['shared/x.ts', "import { paths } from '../scripts/bench/run';"],
    ['electron/core/students/x.ts', "import { app } from 'electron';"],
    ['electron/core/students/x.ts', "import { eq } from 'drizzle-orm';"],
    ['electron/core/students/x.ts', "import { sqliteTable } from 'drizzle-orm/sqlite-core';"],
    ['electron/core/db/x.ts', "import { app } from 'electron';"],
    ['electron/web/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/main/x.ts', "import { eq } from 'drizzle-orm';"],
    // The hosts go through the core, never core/db.
    ['electron/main/x.ts', "import { openDatabase } from '../core/db/open';"],
    ['electron/web/x.ts', "import type { Db } from '../core/db/client';"],
    ['electron/cli/x.ts', "import { domainTableCounts } from '../core/db/bulk';"],
    ['electron/preload/x.ts', "import { isBusy } from '../core/db/busy';"],
  ])('%s may not %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    ['electron/core/db/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/core/db/x.ts', "import { eq } from 'drizzle-orm';"],
    ['electron/core/students/x.ts', "import { findStudent } from '../db/students';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/main/x.ts', "import { openDatabase } from '../core/office/database';"],
    ['electron/cli/x.ts', "import { dispatch } from '../core/dispatch';"],
    ['shared/x.ts', "import { z } from 'zod';"],
    ['shared/x.ts', "import { goalKinds } from './domain';"],
    ['shared/api/x.ts', "import { goalKinds } from '../domain';"],
    ['shared/api/x.ts', "import { fields } from './fields';"],
    ['renderer/src/x.ts', "import { studentSchema } from '@shared/api/students';"],
    ['renderer/src/features/x/y.ts', "import { call } from '@renderer/api/client';"],
  ])('%s may %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

describe('only electron/core/db touches the driver', () => {
  const handle = 'declare const db: { sqlite: { prepare(s: string): { run(): void }; pragma(s: string): void } };\n';
  it.each([
    ['electron/core/students/x.ts', "db.sqlite.prepare('delete from students').run();"],
    ['electron/core/backups/x.ts', "const raw = db.sqlite; raw.pragma('busy_timeout = 0');"],
    ['electron/main/x.ts', 'export const raw = db.sqlite;'],
    ['electron/cli/x.ts', "declare const raw: { prepare(s: string): unknown }; raw.prepare('select 1');"],
  ])('%s may not %s', async (file, code) => {
    expect(await driverAccess(file, handle + code)).not.toEqual([]);
  });

  it('core/db may', async () => {
    expect(await driverAccess('electron/core/db/x.ts', `${handle}db.sqlite.prepare('delete from students').run();`)).toEqual([]);
  });
});
