// The caseload sorted by name, first page: the code-point order on (last_name, first_name) that lists used before
// issue 17 against the stored name key (shared/name-order.ts) on students_name_key_idx. Both indexes exist in a
// migrated office, so one copy of an office file measures both. Usage: tsx scripts/bench/name-order.ts --db <office.db> [--runs 200]
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/dispatch';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { measure } from './stats';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '200' } } });
if (!values.db) throw new Error('--db <office.db> is required');
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'rapport-name-order-'));
const path = join(dir, 'office.db');
copyFileSync(values.db, path);

const timing = (fn: () => unknown) => measure(fn, runs, 10);

const opened = performance.now();
const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder });
const openMs = performance.now() - opened;
try {
  const students = db.sqlite.prepare('select count(*) from students').pluck().get();
  // As students.list pages a selection that holds most of the office: walking the order's index (student-order.ts).
  const page = (index: string, order: string) => `select s.id from students s indexed by ${index} where s.status = 'active' order by ${order} limit 50`;
  const beforeSql = page('students_name_idx', 's.last_name, s.first_name, s.id');
  const afterSql = page('students_name_key_idx', 's.name_key, s.id');
  const before = db.sqlite.prepare(beforeSql);
  const after = db.sqlite.prepare(afterSql);
  const result = {
    students,
    openWithMigrationMs: Math.round(openMs),
    firstPageQuery: { codePointOrder: timing(() => before.all()), nameKeyOrder: timing(() => after.all()) },
    plans: {
      codePointOrder: db.sqlite.prepare(`explain query plan ${beforeSql}`).all(),
      nameKeyOrder: db.sqlite.prepare(`explain query plan ${afterSql}`).all(),
    },
    studentsListByNameFirstPage: timing(() => dispatch(db, 'students.list', { status: 'active', sort: 'name', direction: 'asc', page: 1, pageSize: 50 })),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
}
