import { execFile } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabaseFile } from '../../electron/core/db/check';
import { transaction } from '../../electron/core/db/client';
import { goalsOf, refreshGoals } from '../../electron/core/db/goals';
import { dashboardGoals } from '../../electron/core/dashboard/goals';
import { createDemoOffice } from '../../electron/core/office/service';
import { sourceRoot } from '../../electron/core/paths';
import { freshDb, type TestDb } from './helpers';

// Derived facts (goal status and met-on, goal summaries, clocks, readiness windows, follow-ups, last activity) are
// kept by the write layer, the demo's bulk load included, and `rapport check` recomputes each from the records.

const today = '2026-12-06';
let t: TestDb;
let studentIds: number[];

beforeAll(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 300, seed: 1, today: new Date(`${today}T12:00:00Z`) });
  studentIds = t.db.sqlite.prepare('select id from students order by id').pluck().all().map(Number);
}, 60_000);
afterAll(() => t.close());

describe('the demo office keeps derived facts like real writes do', () => {
  it('stores every goal whose progress reached its target as met, and lists it so', () => {
    const stored = new Map(
      t.db.sqlite
        .prepare('select id, status from goals')
        .raw()
        .all()
        .map((row) => [Number((row as unknown[])[0]), String((row as unknown[])[1])]),
    );
    const wrong: string[] = [];
    let reached = 0;
    for (const studentId of studentIds) {
      for (const goal of goalsOf(t.db, 'student', studentId, today)) {
        if (goal.status === 'dropped') continue;
        const met = goal.progress >= goal.targetCount;
        if (met) reached++;
        if (met !== (stored.get(goal.id) === 'met') || met !== (goal.status === 'met') || met !== (goal.metOn !== null)) {
          wrong.push(`goal ${goal.id}: ${goal.progress} of ${goal.targetCount}, stored ${stored.get(goal.id)}, listed ${goal.status}`);
        }
      }
    }
    expect(reached).toBeGreaterThan(300);
    expect(wrong).toEqual([]);
  });

  it("counts the dashboard's goals met this term as the records say", () => {
    const shown = dashboardGoals(t.db, {}, today);
    // The same figure after the goal refresh runs over every student now, and counted from the student pages' lists.
    let refreshed = -1;
    expect(() =>
      transaction(t.db, () => {
        refreshGoals(t.db, studentIds, today);
        refreshed = dashboardGoals(t.db, {}, today).withGoalMetInTerm;
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    const active = t.db.sqlite.prepare(`select id from students where status = 'active'`).pluck().all().map(Number);
    const listed = active.filter((id) =>
      goalsOf(t.db, 'student', id, today).some((g) => g.status === 'met' && g.metOn !== null && g.metOn >= shown.term.startOn && g.metOn <= shown.term.endOn),
    ).length;
    expect(shown.withGoalMetInTerm).toBeGreaterThan(50);
    expect(shown.withGoalMetInTerm).toBe(refreshed);
    expect(shown.withGoalMetInTerm).toBe(listed);
  });
});

describe('rapport check recomputes every derived fact', () => {
  const run = promisify(execFile);
  async function check(path: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
    try {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', join(sourceRoot, 'electron/cli/index.ts'), '--db', path, 'check', ...args], {
        cwd: sourceRoot,
      });
      return { code: 0, stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, stdout: e.stdout };
    }
  }
  /** A copy of the demo office with one stored fact changed by hand (as `sqlite3 file "update …"` would). */
  function altered(name: string, sql: string): string {
    const path = join(t.dir, `${name}.db`);
    t.db.sqlite.pragma('wal_checkpoint(truncate)');
    copyFileSync(t.path, path);
    const file = new Database(path);
    file.exec(sql);
    file.close();
    return path;
  }

  it('finds the demo office consistent', () => {
    const report = checkDatabaseFile(t.path);
    expect(report.problems).toEqual([]);
    expect(report.derivedFacts).toEqual({ mismatches: [], notChecked: [] });
    expect(report.ok).toBe(true);
  });

  it('names a goal whose status was changed by hand, and exits 65', async () => {
    const goal = Number(t.db.sqlite.prepare(`select min(id) from goals where status = 'met'`).pluck().get());
    const path = altered('goal', `update goals set status = 'active', met_on = null where id = ${goal}`);
    const result = await check(path);
    expect(result.code).toBe(65);
    expect(result.stdout).toMatch(
      new RegExp(
        `stored goal status value differs from the records; first: goal ${goal} \\(student S\\d+\\): stored status active, recomputed met on \\d{4}-\\d\\d-\\d\\d`,
      ),
    );
    const json = await check(path, '--json');
    expect(json.code).toBe(65);
    const report = JSON.parse(json.stdout) as {
      derivedFacts: { mismatches: { fact: string; count: number; first: string }[] };
    };
    expect(report.derivedFacts.mismatches[0]).toMatchObject({
      fact: 'goal status',
      count: 1,
      first: expect.stringContaining(`goal ${goal} `) as unknown,
    });
  }, 30_000);

  // A connection's stored clock or readiness window changed by hand: the check names the fact, the connection and both values.
  it.each([
    {
      what: 'keep-in-touch clock',
      fact: 'connection clock',
      column: 'last_interaction_on',
      value: '2020-01-01',
      shows: /stored last interaction 2020-01-01, recomputed last interaction \d{4}-/,
    },
    { what: 'readiness window', fact: 'readiness window', column: 'ready_until', value: '2031-01-01', shows: /to 2031-01-01, recomputed ready / },
  ])(
    'names a connection whose $what was changed by hand, and exits 65',
    async ({ fact, column, value, shows }) => {
      const connection = Number(t.db.sqlite.prepare(`select min(id) from connections where ${column} is not null`).pluck().get());
      const result = await check(altered(column, `update connections set ${column} = '${value}' where id = ${connection}`));
      expect(result.code).toBe(65);
      expect(result.stdout).toContain(`${fact} value differs from the records; first: connection ${connection} (student `);
      expect(result.stdout).toMatch(shows);
    },
    30_000,
  );

  it("names a hand-changed follow-up flag, reference-candidate count, last activity and event's attendance count, and a stale goal summary", () => {
    const path = altered(
      'others',
      `update attendance set followed_up_on = '2026-01-01' where id = 3;
       update students set reference_candidates = 9, last_activity_on = null where id = 4;
       update students set goal_last_met_on = '2001-01-01' where id = 5;
       update event_attendance_counts set attended = attended + 1 where event_id = (select min(event_id) from event_attendance_counts)`,
    );
    const report = checkDatabaseFile(path);
    expect(report.ok).toBe(false);
    expect(report.derivedFacts?.mismatches.map((m) => m.fact)).toEqual([
      'goal summary',
      'reference candidates',
      'last activity',
      'follow-up',
      'event attendance counts',
    ]);
    expect(report.derivedFacts?.mismatches.at(-1)?.first).toMatch(/^event \d+: stored \d+ invited, .*recomputed \d+ invited, /);
  });
});
