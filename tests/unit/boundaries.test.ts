import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { sourceRoot } from '../../electron/core/paths';

const eslint = new ESLint({ cwd: sourceRoot });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries are enforced by lint', () => {
  it.each([
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import fs from 'fs';"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';"],
    ['renderer/src/x.ts', "import { sql } from 'drizzle-orm';"],
    ['shared/x.ts', "import { join } from 'node:path';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['electron/core/students/x.ts', "import { app } from 'electron';"],
    ['electron/core/students/x.ts', "import { eq } from 'drizzle-orm';"],
    ['electron/core/students/x.ts', "import { sqliteTable } from 'drizzle-orm/sqlite-core';"],
    ['electron/core/db/x.ts', "import { app } from 'electron';"],
    ['electron/web/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/main/x.ts', "import { eq } from 'drizzle-orm';"],
  ])('%s may not %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    ['electron/core/db/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/core/db/x.ts', "import { eq } from 'drizzle-orm';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import { z } from 'zod';"],
  ])('%s may %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
