import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { createDemoOffice } from '../../electron/core/office/service';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { Random } from '../../electron/core/demo/random';
import { spawnNodeLines } from './child-lines';
import { procedures, tempDir } from './helpers';

// A writer process runs real multi-row operations (roster imports, bulk interaction logs) and is
// killed with SIGKILL at random moments, 50 times. After every kill the database must open, pass
// integrity_check, and hold each batch wholly or not at all.

const kills = 50;
const temp = tempDir();
const dbPath = join(temp.dir, 'rapport.db');
// Inside the project, so the bundle finds better-sqlite3 in node_modules.
const writer = join(__dirname, '../../node_modules/.cache/rapport-crash', `crash-writer-${process.pid}.mjs`);

beforeAll(async () => {
  // One bundled file: the child starts in ~100 ms instead of compiling TypeScript on every fork.
  buildSync({
    entryPoints: [join(__dirname, 'support/crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: writer,
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire as bundledRequire } from 'module'; const require = bundledRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  const db = await openDatabase({ path: dbPath, migrationsFolder: sourceMigrationsFolder });
  createDemoOffice(db, { students: 60, seed: 9, today: new Date('2026-11-26T12:00:00Z') });
  closeDatabase(db);
});
afterAll(() => {
  temp.cleanup();
  rmSync(writer, { force: true });
});

function runAndKill(firstBatch: number, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const done: number[] = [];
    const { child, stderr } = spawnNodeLines(
      [writer, dbPath, sourceMigrationsFolder, String(firstBatch)],
      (line, running) => {
        if (line === 'ready') setTimeout(() => running.kill('SIGKILL'), delayMs);
        const m = /^done (\d+)$/.exec(line);
        if (m) done.push(Number(m[1]));
      },
      join(__dirname, '../..'),
    );
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(done);
      else reject(new Error(`the writer stopped by itself: ${stderr().slice(0, 500)}`));
    });
  });
}

describe('crash survival', () => {
  it(`survives ${kills} SIGKILLs mid-write: the file opens, passes integrity_check, and every batch is whole or absent`, { timeout: 600_000 }, async () => {
    // Seeded (the demo's PRNG), so a failure can be replayed.
    const random = new Random(20261126);
    let batch = 0;
    let confirmed = 0;
    for (let kill = 0; kill < kills; kill++) {
      const done = await runAndKill(batch, 20 + Math.floor(random.next() * 400));
      confirmed += done.length;
      // Batches the writer may have started: every one up to the next it would have begun.
      const tried = done.length > 0 ? Math.max(...done) + 2 : batch + 1;

      const db = await openDatabase({
        path: dbPath,
        migrationsFolder: sourceMigrationsFolder,
        moveDamagedAside: false,
      });
      try {
        expect(db.sqlite.pragma('integrity_check', { simple: true }), `after kill ${kill + 1}`).toBe('ok');
        expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
        for (let b = batch; b < tried; b++) {
          const rows =
            b % 2 === 0
              ? Number(db.sqlite.prepare('select count(*) from students where external_id like ?').pluck().get(`B${b}-%`))
              : Number(db.sqlite.prepare('select count(*) from interactions where summary = ?').pluck().get(`crash batch ${b}`));
          const whole = b % 2 === 0 ? 300 : Number(db.sqlite.prepare('select count(*) from (select id from connections order by id limit 400)').pluck().get());
          expect([0, whole], `batch ${b} after kill ${kill + 1}`).toContain(rows);
          // A batch the writer reported done is there, whole.
          if (done.includes(b)) expect(rows, `confirmed batch ${b}`).toBe(whole);
        }
        // The audit log agrees: an import is recorded exactly when its rows are there.
        const audited = Number(db.sqlite.prepare(`select count(*) from audit_log where action = 'import'`).pluck().get());
        const imported = Number(
          db.sqlite.prepare(`select count(distinct substr(external_id, 1, instr(external_id, '-'))) from students where external_id like 'B%-%'`).pluck().get(),
        );
        expect(audited).toBe(imported);
        // The office still answers (call throws with the error's code and message if not).
        procedures(() => db).call('students.list', { page: 1, pageSize: 5 });
      } finally {
        closeDatabase(db);
      }
      batch = tried;
    }
    // The kills landed while work was going on, not only before it started.
    expect(confirmed).toBeGreaterThan(0);
    const check = new Database(dbPath, { readonly: true });
    expect(check.pragma('quick_check', { simple: true })).toBe('ok');
    check.close();
  });
});
