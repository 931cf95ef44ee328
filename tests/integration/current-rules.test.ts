import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentRulesFile, currentRulesSql } from '../../electron/core/db/rules';
import { sourceRoot } from '../../electron/core/paths';
import { freshDb, type TestDb } from './helpers';

describe('drizzle/current-rules.sql', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb();
  });
  afterAll(() => t.close());

  it('is what the migrations make (run `npm run db:rules` after adding a migration)', () => {
    expect(readFileSync(join(sourceRoot, currentRulesFile), 'utf8')).toBe(currentRulesSql(t.db));
  });

  it('holds every view and trigger, and the follow-up rule once (the view the triggers read)', () => {
    const text = currentRulesSql(t.db);
    const count = (type: string) => Number(t.db.sqlite.prepare('select count(*) from sqlite_schema where type = ?').pluck().get(type));
    expect(text.match(/^CREATE VIEW/gim)).toHaveLength(count('view'));
    expect(text.match(/^CREATE TRIGGER/gim)).toHaveLength(count('trigger'));
    expect(text.split('f.occurred_on >= i2.occurred_on')).toHaveLength(2);
  });
});
