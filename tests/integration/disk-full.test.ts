import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { createDemoOffice } from '../../electron/core/office/service';
import { freshDb, procedures, type TestDb, tableContent } from './helpers';

// The database is held to its current size (PRAGMA max_page_count) and then asked to grow: SQLite
// answers SQLITE_FULL, exactly as on a full disk. The write must fail with a clear message, leave
// nothing half-written, and the app must keep answering reads.

let t: TestDb;
const { call, fails } = procedures(() => t.db);
beforeEach(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 40, seed: 6, today: new Date('2026-11-26T12:00:00Z') });
  t.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
});
afterEach(() => {
  t.db.sqlite.pragma('max_page_count = 1073741823');
  t.close();
});

function fill(): void {
  const pages = Number(t.db.sqlite.pragma('page_count', { simple: true }));
  t.db.sqlite.pragma(`max_page_count = ${pages}`);
}
const content = () => tableContent(t.db);

describe('disk full', () => {
  it('an import that does not fit fails with "disk full", writes nothing, and reads keep working', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `FULL-${i},Filling${i},Disk${'x'.repeat(90)},full${i}@disk.example`);
    const content64 = Buffer.from(['Student ID,First Name,Last Name,Email', ...rows].join('\n')).toString('base64');
    const before = content();
    fill();
    const error = fails('imports.commit', { kind: 'students', fileName: 'big.csv', content: content64 });
    expect(error).toMatchObject({
      code: 'disk_full',
      message: 'The disk is full: nothing was saved. Free some space and try again.',
    });
    expect(content()).toBe(before);
    call('students.list', { page: 1, pageSize: 10 });
    call('dashboard.office', {});
  });

  it('a bulk interaction log that does not fit fails the same way and leaves no partial log', () => {
    const connectionIds = t.db.sqlite.prepare('select id from connections order by id limit 500').pluck().all().map(Number);
    const before = content();
    fill();
    let result = dispatch(t.db, 'interactions.bulkCreate', {
      connectionIds,
      kind: 'milestone_update',
      occurredOn: '2026-11-20',
      summary: 'x'.repeat(1900),
    });
    // The free space inside the last pages may take a first batch: keep logging until the file is full.
    for (let i = 0; i < 50 && result.ok; i++) {
      result = dispatch(t.db, 'interactions.bulkCreate', {
        connectionIds,
        kind: 'milestone_update',
        occurredOn: '2026-11-20',
        summary: `${i}${'x'.repeat(1900)}`,
      });
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    // Every batch is whole: each summary was logged on every connection, or not at all.
    const perSummary = t.db.sqlite.prepare(`select count(*) from interactions where length(summary) >= 1900 group by summary`).pluck().all().map(Number);
    expect(perSummary.every((n) => n === connectionIds.length)).toBe(true);
    if (perSummary.length === 0) expect(content()).toBe(before);
    call('students.list', { page: 1, pageSize: 10 });
    // Once there is room again, the same log goes through.
    t.db.sqlite.pragma('max_page_count = 1073741823');
    call('interactions.bulkCreate', {
      connectionIds,
      kind: 'milestone_update',
      occurredOn: '2026-11-20',
      summary: 'after',
    });
  });
});
