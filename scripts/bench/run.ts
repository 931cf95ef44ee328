// npm run bench: builds the large office once (cached), then times what each screen asks the core
// for, next to the same work as hand-written SQL on the same database (the floor).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../../electron/core/db/client';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { dispatch, dispatchAsync } from '../../electron/core/dispatch';
import { createDemoOffice } from '../../electron/core/office/service';
import { sourceMigrationsFolder, sourceRoot } from '../../electron/core/paths';
import { termAt } from '../../electron/core/terms';
import { cliPeakMb, webHostBench } from './hosts';
import { benchImports } from './imports';
import { measure, measureAsync, type Timing } from './stats';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '200' },
    rebuild: { type: 'boolean', default: false },
  },
});
const students = Number(values.students);
const runs = Number(values.runs);
const cacheDir = join(sourceRoot, 'scripts/bench/.cache');
const resultsDir = join(sourceRoot, 'scripts/bench/results');
const dbPath = join(cacheDir, `office-${students}-seed1.db`);

async function office(): Promise<{ db: Db; generatedSeconds: number | null }> {
  mkdirSync(cacheDir, { recursive: true });
  if (values.rebuild) for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  if (existsSync(dbPath))
    return {
      db: await openDatabase({ path: dbPath, migrationsFolder: sourceMigrationsFolder }),
      generatedSeconds: null,
    };
  const building = `${dbPath}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  const db = await openDatabase({ path: building, migrationsFolder: sourceMigrationsFolder });
  const start = performance.now();
  createDemoOffice(db, { students, seed: 1 });
  const generatedSeconds = (performance.now() - start) / 1000;
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  closeDatabase(db);

  renameSync(building, dbPath);
  return { db: await openDatabase({ path: dbPath, migrationsFolder: sourceMigrationsFolder }), generatedSeconds };
}

interface Case {
  name: string;
  budgetMs: number;
  api: () => unknown;
  floor: () => unknown;
  /** Fewer runs for slow, asynchronous work (file exports). */
  async?: { api: () => Promise<unknown>; runs: number };
  /** Fewer runs for slow synchronous work (whole-dashboard cases), so the suite stays under 10 minutes. */
  runs?: number;
}

function callOrThrow(db: Db, procedure: string, input: unknown) {
  return () => {
    const result = dispatch(db, procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`);
    return result.data;
  };
}

const { db, generatedSeconds } = await office();
const q = (sqlText: string) => db.sqlite.prepare(sqlText);
const midStudent = Math.floor(students / 2);
const someAdvisor = q('select id from advisors order by id limit 1 offset 3').pluck().get() as number;
const someCohort = q(`select cohort from students where cohort is not null group by cohort order by count(*) desc limit 1`).pluck().get() as string;
const someYear = q(`select class_year from students where status = 'active' group by class_year order by count(*) desc limit 1`).pluck().get() as number;

const listFloor =
  q(`select s.id, s.external_id, s.display_name, s.school_email, s.program, s.class_year, s.cohort, a.name, s.status, s.confidential, s.updated_at
  from students s left join advisors a on a.id = s.advisor_id where s.status = 'active' order by s.last_name, s.first_name, s.id limit 50 offset 500`);
const listCountFloor = q(`select count(*) from students where status = 'active'`);
const yearProgramFloor = q(`select s.id, s.external_id, s.first_name, s.last_name, s.program, s.class_year, a.name, s.status
  from students s left join advisors a on a.id = s.advisor_id where s.class_year = ? and s.status = 'active' order by s.program desc, s.last_name desc, s.id desc limit 50 offset 100`);
const yearCountFloor = q(`select count(*) from students where class_year = ? and status = 'active'`);
const advisorSortFloor = q(`select s.id, s.first_name, s.last_name, a.name from students s left join advisors a on a.id = s.advisor_id
  where s.status = 'active' order by a.name, s.last_name, s.id limit 50`);
const searchListFloor = q(
  `select s.id, s.first_name, s.last_name from students s where s.id in (select rowid from students_fts where students_fts match '"ana"*') order by s.last_name, s.first_name, s.id limit 50`,
);
const searchCountFloor = q(`select count(*) from students where id in (select rowid from students_fts where students_fts match '"ana"*')`);
const quickFloor = q(
  `select s.id, s.first_name, s.last_name from students_fts join students s on s.id = students_fts.rowid where students_fts match '"gar"*' order by students_fts.rank limit 8`,
);
const getFloor = q(`select s.*, a.name from students s left join advisors a on a.id = s.advisor_id where s.id = ?`);
const labelsFloor = q(`select label from student_labels where student_id = ? order by label`);
const summaryFloor = q(`select (select count(*) from connections where student_id = :id),
  (select count(*) from interactions i join connections c on c.id = i.connection_id where c.student_id = :id),
  (select max(i.occurred_on) from interactions i join connections c on c.id = i.connection_id where c.student_id = :id),
  (select count(*) from placements where student_id = :id),
  (select count(*) from goals where student_id = :id and status = 'met'),
  (select count(*) from goals where student_id = :id and status = 'active'),
  (select count(*) from attendance where student_id = :id and checked_in_at is not null)`);
const today = new Date().toISOString().slice(0, 10);
const busyStudent = q(`select student_id from connections group by student_id order by count(*) desc limit 1`).pluck().get() as number;
const losingTouchFloor = q(`select c.id, julianday(:today) - julianday(coalesce(c.last_interaction_on, c.since_on)) as days, w.ideal_days
  from students s join connections c on c.student_id = s.id join keep_in_touch_windows w on w.relationship = c.relationship
  where s.advisor_id = :advisor and s.status = 'active' and days > w.ideal_days order by days - w.ideal_days desc limit 50`);
const timelineFloor = q(`select * from (
  select i.occurred_on as d, i.kind from interactions i join connections c on c.id = i.connection_id where c.student_id = :id
  union all select start_on, 'placement' from placements where student_id = :id
  union all select coalesce(window_start_on, created_at), 'goal' from goals where student_id = :id
  union all select checked_in_at, 'event' from attendance where student_id = :id and checked_in_at is not null
  union all select occurred_on, 'milestone' from milestones where student_id = :id) order by d desc limit 50`);
const bigEvent = q(`select event_id from attendance group by event_id order by count(*) desc limit 1`).pluck().get() as number;
const termStart = `${today.slice(0, 4)}-${today.slice(5) < '06-01' ? '01-01' : today.slice(5) < '08-15' ? '06-01' : '08-15'}`;
const goalsFloor = q(`select count(*), sum(exists (select 1 from goals g where g.student_id = s.id and g.status = 'met' and g.met_on >= :termStart))
  from students s where s.status = 'active'`);
const metPerMonthFloor = q(`select substr(met_on, 1, 7), count(*) from goals where status = 'met' and met_on >= :from group by 1`);
const checkInFloor = q(
  `select a.id from attendance a where a.event_id = :eventId and a.student_id in (select rowid from students_fts where students_fts match '"ma"*') limit 10`,
);
// The office figures as one would first write them: each widget its own plain query.
const nowIso = new Date().toISOString();
const staleFloor = q(`select count(*), count(distinct c.student_id) from connections c join keep_in_touch_windows w on w.relationship = c.relationship
  join students s on s.id = c.student_id where s.status = 'active' and c.relationship <> 'personal'
  and julianday(:today) - julianday(coalesce(c.last_interaction_on, c.since_on, substr(c.created_at, 1, 10))) > w.max_days`);
const funnelFloor = q(`select count(*), sum(a.rsvp = 'registered' or a.checked_in_at is not null), sum(a.checked_in_at is not null)
  from events e join attendance a on a.event_id = e.id where e.starts_at >= :termStart and e.status in ('scheduled', 'done')`);
const upcomingFloor = q(`select count(distinct e.id), count(a.id), sum(a.rsvp = 'registered') from events e left join attendance a on a.event_id = e.id
  where e.ends_at >= :now and e.status = 'scheduled'`);
const officeFloor = () => [staleFloor.get({ today }), funnelFloor.get({ termStart }), upcomingFloor.get({ now: nowIso })];
const goalsFloors = () => [goalsFloor.get({ termStart }), metPerMonthFloor.all({ from: `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01` })];
const previousTerm = termAt(today, -1).name;

// Readiness: the student with the most candidate references, a student who is reference-ready, and a
// filter that selects about 5,000 students for the bulk export budget.
const readinessStudent =
  q(`select student_id from connections where relationship in ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee', 'informational_interview')
  group by student_id order by count(*) desc limit 1`)
    .pluck()
    .get() as number;
const readyStudent = q(`select c.student_id from connections c where c.ready_from <= :today and c.ready_until >= :today
  group by +c.student_id order by count(*) desc limit 1`)
  .pluck()
  .get({ today }) as number;
const bulkFilter = (() => {
  const options = q(`select 'program' as field, program as value, count(*) as n from students where confidential = 0 and program is not null group by program
    union all select 'cohort', cohort, count(*) from students where confidential = 0 and cohort is not null group by cohort
    union all select 'classYear', class_year, count(*) from students where confidential = 0 group by class_year`).all() as {
    field: string;
    value: string | number;
    n: number;
  }[];
  const best = options.sort((a, b) => Math.abs(a.n - 5000) - Math.abs(b.n - 5000))[0];
  if (!best) throw new Error('no bulk filter');
  return { filter: { [best.field]: best.value }, students: best.n };
})();
const readinessPanelFloor = q(`select f.*, ct.first_name, ct.last_name, ct.email, ct.phone, c.relationship, c.reference_status
  from connections c join reference_facts f on f.connection_id = c.id join contacts ct on ct.id = c.contact_id
  where c.student_id = ? and c.relationship in ('supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee', 'informational_interview') and c.reference_status <> 'declined'`);
const readyCountsFloor = q(`select c.student_id, count(*) from connections c where c.ready_from <= :today and c.ready_until >= :today group by +c.student_id`);
const readinessSortFloor = q(`select s.id, s.last_name from students s left join (select c.student_id, count(*) as n from connections c
  where c.ready_from <= :today and c.ready_until >= :today group by +c.student_id) r on r.student_id = s.id
  order by case when coalesce(r.n, 0) >= 3 then 2 when s.reference_candidates > 0 then 1 else 0 end desc, coalesce(r.n, 0) desc, s.last_name, s.id limit 50`);
const readinessDashboardFloor =
  q(`select s.cohort, count(*), sum(coalesce(r.n, 0) >= 3) from students s left join (select c.student_id, count(*) as n from connections c
  where c.ready_from <= :today and c.ready_until >= :today group by +c.student_id) r on r.student_id = s.id where s.status = 'active' group by s.cohort`);
const bulkRowsFloor = q(`select s.first_name, s.last_name, ct.first_name, ct.last_name, ct.title, ct.email, ct.phone, c.relationship
  from students s join connections c on c.student_id = s.id join contacts ct on ct.id = c.contact_id
  where s.${bulkFilter.filter.classYear !== undefined ? 'class_year' : bulkFilter.filter.cohort !== undefined ? 'cohort' : 'program'} = ? and s.confidential = 0 and c.reference_status = 'agreed'`);

function exportOrThrow(procedure: string, input: unknown) {
  return async () => {
    const result = await dispatchAsync(db, procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`);
    return result.data;
  };
}

const cases: Case[] = [
  {
    name: 'students.list (active, by name, page 11)',
    budgetMs: 30,
    api: callOrThrow(db, 'students.list', { status: 'active', sort: 'name', direction: 'asc', page: 11, pageSize: 50 }),
    floor: () => [listFloor.all(), listCountFloor.get()],
  },
  {
    name: 'students.list (class year, by program desc, page 3)',
    budgetMs: 30,
    api: callOrThrow(db, 'students.list', {
      status: 'active',
      classYear: someYear,
      sort: 'program',
      direction: 'desc',
      page: 3,
      pageSize: 50,
    }),
    floor: () => [yearProgramFloor.all(someYear), yearCountFloor.get(someYear)],
  },
  {
    name: 'students.list (by advisor)',
    budgetMs: 30,
    api: callOrThrow(db, 'students.list', {
      status: 'active',
      sort: 'advisor',
      direction: 'asc',
      page: 1,
      pageSize: 50,
    }),
    floor: () => [advisorSortFloor.all(), listCountFloor.get()],
  },
  {
    name: 'students.list (advisor filter)',
    budgetMs: 30,
    api: callOrThrow(db, 'students.list', { status: 'active', advisorId: someAdvisor, page: 1, pageSize: 50 }),
    floor: () => [q(`select id from students where advisor_id = ${someAdvisor} and status = 'active' order by last_name, first_name, id limit 50`).all()],
  },
  {
    name: 'students.list (search "ana")',
    budgetMs: 30,
    api: callOrThrow(db, 'students.list', { search: 'ana', page: 1, pageSize: 50 }),
    floor: () => [searchListFloor.all(), searchCountFloor.get()],
  },
  {
    name: 'search.quick ("gar", as you type)',
    budgetMs: 20,
    api: callOrThrow(db, 'search.quick', { query: 'gar', limit: 8 }),
    floor: () => quickFloor.all(),
  },
  {
    name: 'students.get (student page header)',
    budgetMs: 20,
    api: callOrThrow(db, 'students.get', { id: midStudent }),
    floor: () => [getFloor.get(midStudent), labelsFloor.all(midStudent)],
  },
  {
    name: 'students.networkSummary (student page)',
    budgetMs: 20,
    api: callOrThrow(db, 'students.networkSummary', { id: midStudent }),
    floor: () => summaryFloor.get({ id: midStudent }),
  },
  {
    name: 'keepInTouch.losingTouch (one advisor)',
    budgetMs: 30,
    api: callOrThrow(db, 'keepInTouch.losingTouch', { advisorId: someAdvisor, page: 1, pageSize: 50 }),
    floor: () => losingTouchFloor.all({ today, advisor: someAdvisor }),
  },
  {
    name: 'students.timeline (busiest student)',
    budgetMs: 30,
    api: callOrThrow(db, 'students.timeline', { studentId: busyStudent, page: 1, pageSize: 50 }),
    floor: () => timelineFloor.all({ id: busyStudent }),
  },
  {
    name: 'connections.forStudent (busiest student)',
    budgetMs: 20,
    api: callOrThrow(db, 'connections.forStudent', { studentId: busyStudent }),
    floor: () =>
      q(`select c.*, ct.first_name, ct.last_name from connections c join contacts ct on ct.id = c.contact_id where c.student_id = ?`).all(busyStudent),
  },
  {
    name: 'wrapUp.forStudent (busiest student)',
    budgetMs: 20,
    api: callOrThrow(db, 'wrapUp.forStudent', { studentId: busyStudent }),
    floor: () => q(`select p.id, c.id from placements p left join connections c on c.placement_id = p.id where p.student_id = ?`).all(busyStudent),
  },
  {
    name: 'dashboard.goals (all widgets, whole office)',
    budgetMs: 100,
    runs: 60,
    api: callOrThrow(db, 'dashboard.goals', {}),
    floor: goalsFloors,
  },
  {
    name: 'dashboard.goals (one program)',
    budgetMs: 100,
    api: callOrThrow(db, 'dashboard.goals', { program: 'Biology' }),
    floor: () => goalsFloor.get({ termStart }),
  },
  {
    name: 'events.checkInSearch ("ma", largest event)',
    budgetMs: 20,
    api: callOrThrow(db, 'events.checkInSearch', { eventId: bigEvent, query: 'ma', limit: 10 }),
    floor: () => checkInFloor.all({ eventId: bigEvent }),
  },
  {
    name: 'goals.forStudent (busiest student)',
    budgetMs: 20,
    api: callOrThrow(db, 'goals.forStudent', { studentId: busyStudent }),
    floor: () => q(`select * from goals where student_id = ?`).all(busyStudent),
  },
  {
    name: 'readiness.student (most candidates)',
    budgetMs: 20,
    api: callOrThrow(db, 'readiness.student', { id: readinessStudent }),
    floor: () => readinessPanelFloor.all(readinessStudent),
  },
  {
    name: 'readiness.student (a reference-ready student)',
    budgetMs: 20,
    api: callOrThrow(db, 'readiness.student', { id: readyStudent }),
    floor: () => readinessPanelFloor.all(readyStudent),
  },
  {
    name: 'students.list (readiness columns, not ready, year)',
    budgetMs: 30,
    api: callOrThrow(db, 'students.list', { readiness: 'not_ready', classYear: someYear, page: 1, pageSize: 50 }),
    floor: () => [
      readyCountsFloor.all({ today }),
      q(`select id from students where class_year = ${someYear} order by last_name, first_name, id limit 50`).all(),
    ],
  },
  {
    name: 'students.list (sorted by readiness)',
    budgetMs: 30,
    api: callOrThrow(db, 'students.list', { sort: 'readiness', direction: 'desc', page: 1, pageSize: 50 }),
    floor: () => readinessSortFloor.all({ today }),
  },
  {
    name: 'students.list (sorted by ready references)',
    budgetMs: 30,
    api: callOrThrow(db, 'students.list', { sort: 'readyCount', direction: 'asc', page: 2, pageSize: 50 }),
    floor: () => readinessSortFloor.all({ today }),
  },
  {
    name: 'dashboard.readiness (all widgets, whole office)',
    budgetMs: 150,
    runs: 60,
    api: callOrThrow(db, 'dashboard.readiness', {}),
    floor: () => readinessDashboardFloor.all({ today }),
  },
  {
    name: 'exports.referenceList (one PDF)',
    budgetMs: 500,
    api: () => undefined,
    floor: () => readinessPanelFloor.all(readyStudent),
    async: { api: exportOrThrow('exports.referenceList', { studentId: readyStudent, format: 'pdf' }), runs: 20 },
  },
  {
    name: `exports.references (XLSX, ${bulkFilter.students.toLocaleString('en-US')} students)`,
    budgetMs: 10_000,
    api: () => undefined,
    floor: () => bulkRowsFloor.all(Object.values(bulkFilter.filter)[0]),
    async: { api: exportOrThrow('exports.references', { ...bulkFilter.filter, format: 'xlsx' }), runs: 3 },
  },
  {
    name: `exports.readinessReport (XLSX, ${bulkFilter.students.toLocaleString('en-US')} students)`,
    budgetMs: 10_000,
    api: () => undefined,
    floor: () => bulkRowsFloor.all(Object.values(bulkFilter.filter)[0]),
    async: { api: exportOrThrow('exports.readinessReport', { ...bulkFilter.filter, format: 'xlsx' }), runs: 3 },
  },
  {
    name: 'dashboard.office (KPIs, funnel, today list)',
    budgetMs: 150,
    runs: 60,
    api: callOrThrow(db, 'dashboard.office', {}),
    floor: officeFloor,
  },
  {
    name: 'dashboard.office (one advisor, previous term)',
    budgetMs: 150,
    runs: 60,
    api: callOrThrow(db, 'dashboard.office', { advisorId: someAdvisor, term: previousTerm }),
    floor: officeFloor,
  },
  {
    name: 'office dashboard, all widgets (goals + readiness + office)',
    budgetMs: 150,
    runs: 60,
    api: () => ['dashboard.goals', 'dashboard.readiness', 'dashboard.office'].map((name) => callOrThrow(db, name, {})()),
    floor: () => [goalsFloors(), readinessDashboardFloor.all({ today }), officeFloor()],
  },
  {
    name: 'office dashboard, all widgets (one cohort)',
    budgetMs: 150,
    runs: 60,
    api: () => ['dashboard.goals', 'dashboard.readiness', 'dashboard.office'].map((name) => callOrThrow(db, name, { cohort: someCohort })()),
    floor: () => [goalsFloors(), readinessDashboardFloor.all({ today }), officeFloor()],
  },
];

const rows: { name: string; budgetMs: number; api: Timing; floor: Timing; ratio: number; withinBudget: boolean }[] = [];
for (const c of cases) {
  const caseRuns = c.async?.runs ?? c.runs ?? runs;
  const api = c.async ? await measureAsync(c.async.api, caseRuns) : measure(c.api, caseRuns);
  const floor = measure(c.floor, caseRuns);
  rows.push({
    name: c.name,
    budgetMs: c.budgetMs,
    api,
    floor,
    ratio: api.p95 / Math.max(floor.p95, 0.001),
    withinBudget: api.p95 <= c.budgetMs,
  });
}
closeDatabase(db);
for (const r of await benchImports(students, 3)) {
  rows.push({ ...r, ratio: r.api.p95 / Math.max(r.floor.p95, 0.001), withinBudget: r.api.p95 <= r.budgetMs });
}

// The hosts: the renderer in Chromium through browser mode, and peak memory (budget 400 MB).
const web = await webHostBench(dbPath, 5);
const memory: { name: string; peakMb: number; withinBudget: boolean }[] = [];
if ('skipped' in web) console.log(`\nRenderer timing and web-host memory skipped: ${web.skipped}`);
else {
  const noFloor = { p50: 0, p95: 0, runs: 0 };
  rows.push({
    name: 'renderer: navigation → dashboard showing data',
    budgetMs: 1500,
    api: web.dashboard,
    floor: noFloor,
    ratio: 0,
    withinBudget: web.dashboard.p95 <= 1500,
  });
  rows.push({
    name: 'renderer: navigation → caseload table showing rows',
    budgetMs: 1000,
    api: web.caseload,
    floor: noFloor,
    ratio: 0,
    withinBudget: web.caseload.p95 <= 1000,
  });
  memory.push({ name: 'web host (after the runs above)', peakMb: web.peakMb, withinBudget: web.peakMb <= 400 });
}
for (const [name, args] of [
  ['CLI stats', ['stats']],
  ['CLI export readiness (whole office, XLSX)', ['export', 'readiness', '--format', 'xlsx', '--out', join(cacheDir, 'bench-readiness.xlsx')]],
] as const) {
  const peakMb = cliPeakMb(dbPath, [...args]);
  memory.push({ name, peakMb, withinBudget: peakMb <= 400 });
}
rmSync(join(cacheDir, 'bench-readiness.xlsx'), { force: true });

const fmt = (n: number) => n.toFixed(2).padStart(8);
console.log(
  `\nRapport benchmark: ${students.toLocaleString('en-US')} students, ${runs} runs per case${generatedSeconds === null ? ' (cached office)' : `, office generated in ${generatedSeconds.toFixed(1)} s`}`,
);
console.log(
  `${'case'.padEnd(52)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'floor p50'.padStart(9)} ${'floor p95'.padStart(9)} ${'ratio'.padStart(6)} ${'budget'.padStart(7)}`,
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(52)} ${fmt(r.api.p50)} ${fmt(r.api.p95)} ${fmt(r.floor.p50).padStart(9)} ${fmt(r.floor.p95).padStart(9)} ${r.ratio.toFixed(1).padStart(6)} ${`${r.withinBudget ? '✓' : '✗'} ${r.budgetMs}`.padStart(7)}`,
  );
}
console.log(`\n${'peak memory'.padEnd(52)} ${'MB'.padStart(8)} ${'budget'.padStart(7)}`);
for (const m of memory) console.log(`${m.name.padEnd(52)} ${m.peakMb.toFixed(0).padStart(8)} ${`${m.withinBudget ? '✓' : '✗'} 400`.padStart(7)}`);
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), students, runs, generatedSeconds, node: process.version, rows, memory }, null, 2));
console.log(`\nResults written to ${file}`);
if (rows.some((r) => !r.withinBudget) || memory.some((m) => !m.withinBudget)) process.exitCode = 1;
