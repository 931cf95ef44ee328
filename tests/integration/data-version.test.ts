import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/client';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { freshDb, procedures, type TestDb } from './helpers';

// Issue 13, item 12: open screens poll office.dataVersion and refresh when it moves. It must move for a write by
// this host (another tab or window served by the same connection) and by any other writer (the CLI, another host,
// a restore), and must not move for reads.
let t: TestDb;
let other: Db;
const host = procedures(() => t.db);
const cli = procedures(() => other);
const version = () => host.call('office.dataVersion', {}).version;

beforeEach(async () => {
  t = await freshDb();
  other = await openDatabase({ path: t.path, migrationsFolder: sourceMigrationsFolder });
});
afterEach(() => {
  closeDatabase(other);
  t.close();
});

describe('office.dataVersion', () => {
  it('stays put while only reading', () => {
    const before = version();
    host.call('students.list', {});
    cli.call('students.list', {});
    host.call('app.status', {});
    expect(version()).toBe(before);
  });

  it("moves after this host's own write (another tab on the same host)", () => {
    const before = version();
    host.call('students.create', { firstName: 'Ada', lastName: 'Lovelace' });
    expect(version()).not.toBe(before);
  });

  it('moves after another connection commits (the CLI, another window, a restore)', () => {
    const before = version();
    cli.call('students.create', { firstName: 'Grace', lastName: 'Hopper' });
    const after = version();
    expect(after).not.toBe(before);
    expect(version()).toBe(after);
  });
});
