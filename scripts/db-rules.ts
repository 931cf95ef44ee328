// Writes drizzle/current-rules.sql: the views and triggers a fresh database has after every migration.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../electron/core/db/open';
import { currentRulesFile, currentRulesSql } from '../electron/core/db/rules';
import { sourceMigrationsFolder, sourceRoot } from '../electron/core/paths';

const dir = mkdtempSync(join(tmpdir(), 'rapport-rules-'));
try {
  const db = await openDatabase({ path: join(dir, 'rapport.db'), migrationsFolder: sourceMigrationsFolder });
  try {
    writeFileSync(join(sourceRoot, currentRulesFile), currentRulesSql(db));
  } finally {
    closeDatabase(db);
  }
  console.log(`wrote ${currentRulesFile}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
