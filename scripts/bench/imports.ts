// The roster import at 50,000 rows: dry run, commit and a re-import (all unchanged), each on a fresh
// database, next to the floor: the same rows inserted by a hand-written prepared-statement loop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../electron/core/db/client';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/dispatch';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import type { Timing } from './stats';

const years = ['Freshman', 'Sophomore', 'Junior', 'Senior', 'Masters'];
const majors = ['Biology', 'Computer Science', 'History', 'Economics; Mathematics', 'Chemistry'];

export function rosterCsv(rows: number): string {
  const lines = ['username,email_address,first_name,last_name,preferred_name,school_year_name,primary_education:major_names,mobile_number,system_label_names'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `R${100000 + i},student${i}@northfield.edu,First${i},Last${i % 997},,${years[i % years.length]},${majors[i % majors.length]},555010${String(i % 10000).padStart(4, '0')},${i % 7 === 0 ? 'First Gen; Athletics' : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function withFreshDb<T>(fn: (db: Db) => T): Promise<{ ms: number; value: T }> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-import-'));
  const db = await openDatabase({ path: join(dir, 'rapport.db'), migrationsFolder: sourceMigrationsFolder });
  try {
    const start = performance.now();
    const value = fn(db);
    return { ms: performance.now() - start, value };
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), runs: sorted.length };
}

function call(db: Db, name: 'imports.preview' | 'imports.commit', input: object): void {
  const result = dispatch(db, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
}

/** Hand-written floor: one prepared insert per row inside one transaction, values already split. */
function floorInsert(db: Db, rows: number): void {
  const insert = db.sqlite.prepare(
    'insert into students (external_id, school_email, first_name, last_name, program, class_year, phone) values (?, ?, ?, ?, ?, ?, ?)',
  );
  db.sqlite.transaction(() => {
    for (let i = 0; i < rows; i++)
      insert.run(`R${100000 + i}`, `student${i}@northfield.edu`, `First${i}`, `Last${i % 997}`, majors[i % majors.length], 2027, '5550100000');
  })();
}

export async function benchImports(rows: number, runs: number) {
  const content = Buffer.from(rosterCsv(rows)).toString('base64');
  const input = { kind: 'students', fileName: 'roster.csv', content };
  const sample = async (fn: (db: Db) => void, prepare?: (db: Db) => void) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await withFreshDb((db) => {
        prepare?.(db);
        const start = performance.now();
        fn(db);
        return performance.now() - start;
      });
      samples.push(run.value);
    }
    return timing(samples);
  };
  const floor = await sample((db) => floorInsert(db, rows));
  return [
    {
      name: `imports.preview (roster dry run, ${rows.toLocaleString('en-US')} rows)`,
      budgetMs: 5000,
      api: await sample((db) => call(db, 'imports.preview', input)),
      floor,
    },
    {
      name: `imports.commit (roster, ${rows.toLocaleString('en-US')} new rows)`,
      budgetMs: 5000,
      api: await sample((db) => call(db, 'imports.commit', input)),
      floor,
    },
    {
      name: `imports.commit (same roster again, all unchanged)`,
      budgetMs: 5000,
      api: await sample(
        (db) => call(db, 'imports.commit', input),
        (db) => call(db, 'imports.commit', input),
      ),
      floor,
    },
  ];
}
