// npm run bench:office: the 50,000-student office served by the office server (a child process, loopback), with
// N simulated users signed in — N = 10, 20, 40, 80, 160 … — each level for a fixed time; stops when the caseload
// page's p95 blows up, errors pile up, or the time budget is spent. Prints per level p50/p95 per procedure, the
// errors, the writes the server confirmed against those found in the file afterwards, and the largest N whose
// caseload page stays under 300 ms at p95.
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeDatabase } from '../../electron/core/db/open';
import { sourceRoot } from '../../electron/core/paths';
import { benchOffice, fixtures, readBenchFile } from './office-file';
import { runLevel, signIn, simulatedUsers, type LevelResult } from './office-load';
import { timingOf } from './stats';
import { cpuBetween, cpuSample } from './thread-cpu';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '50000' },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '1' },
    'read-workers': { type: 'string', default: '2' },
    'max-users': { type: 'string', default: '640' },
    'budget-minutes': { type: 'string', default: '9' },
    rebuild: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const rate = Number(values.rate);
const caseloadBudgetMs = 300;
/** A level whose caseload p95 passes this (or with over 5% errors) is the last one: more users only queue. */
const blownUpMs = 2_000;
const started = performance.now();
const budgetMs = Number(values['budget-minutes']) * 60_000;

function startServer(path: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/office/run.ts', '--db', path, '--port', '0', '--no-daily-backup', '--read-workers', String(values['read-workers'])],
    { cwd: sourceRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const origin = /Rapport office server at (http:\/\/[^/\s]+)\//.exec(chunk.toString())?.[1];
      if (origin) resolve({ child, origin });
    });
    child.on('exit', (code) => reject(new Error(`the office server stopped (${code}): ${stderr.slice(0, 500)}`)));
  });
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1)).padStart(7);

function printLevel(level: LevelResult): number {
  const total = [...level.latencies.values()].reduce((n, list) => n + list.length, 0);
  const errors = [...level.errors.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\nN = ${level.users}: ${total} calls in ${level.seconds.toFixed(0)} s (${(total / level.seconds).toFixed(0)}/s), ${errors} errors, ${level.timeouts} timeouts`,
  );
  console.log(`  ${'procedure'.padEnd(26)} ${'calls'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)}`);
  for (const [name, list] of [...level.latencies.entries()].sort()) {
    const t = timingOf(list);
    console.log(`  ${name.padEnd(26)} ${String(t.runs).padStart(6)} ${ms(t.p50)} ${ms(t.p95)}`);
  }
  for (const [key, n] of level.errors) console.log(`  error: ${key} × ${n}`);
  console.log(`  writes confirmed: ${level.confirmed.interactions.length} touchpoints, ${level.confirmed.checkIns.length} check-ins`);
  return errors / Math.max(1, total);
}

function writesFound(path: string, levels: LevelResult[]): string {
  const db = readBenchFile(path);
  try {
    const count = (sql: string, ids: number[]) => z.number().parse(db.sqlite.prepare(sql).pluck().get(JSON.stringify(ids)));
    const interactions = levels.flatMap((l) => l.confirmed.interactions);
    const checkIns = [...new Set(levels.flatMap((l) => l.confirmed.checkIns))];
    const foundInteractions = count('select count(*) from interactions where id in (select value from json_each(?))', interactions);
    const foundCheckIns = count('select count(*) from attendance where checked_in_at is not null and id in (select value from json_each(?))', checkIns);
    const allBench = z.number().parse(db.sqlite.prepare(`select count(*) from interactions where summary like 'bench touchpoint %'`).pluck().get());
    return (
      `touchpoints confirmed ${interactions.length}, found ${foundInteractions} (bench touchpoints in the file: ${allBench}); ` +
      `check-ins confirmed ${checkIns.length}, found ${foundCheckIns}`
    );
  } finally {
    closeDatabase(db);
  }
}

const office = await benchOffice(Number(values.students), values.rebuild);
console.log(
  `Office: ${values.students} students${office.builtSeconds === null ? ' (cached)' : `, built in ${office.builtSeconds.toFixed(0)} s`}; a fresh copy at ${office.path}`,
);
const f = fixtures(office.path);
const { child, origin } = await startServer(office.path);
console.log(
  `Office server at ${origin} with --read-workers ${values['read-workers']}; each simulated user makes ${rate} call/s; ${seconds} s per level; CPU cores: ${(await import('node:os')).availableParallelism()}`,
);

const levels: LevelResult[] = [];
const cookies: string[] = [];
const today = new Date().toISOString().slice(0, 10);
const desk = { checkedIn: 0 };
let saturation: number | null = null;
try {
  // Warm-up, not reported: the reader threads start, SQLite's page cache fills, V8 compiles the handlers.
  const warm = simulatedUsers(f, 10, today, desk);
  for (const user of warm) cookies.push(await signIn(origin, user.account));
  levels.push(
    await runLevel(
      origin,
      warm.map((user, i) => ({ user, cookie: cookies[i] ?? '' })),
      5,
      rate,
    ),
  );
  for (let n = 10; n <= Number(values['max-users']); n *= 2) {
    if (performance.now() - started + (seconds + 30) * 1000 > budgetMs) {
      console.log(`\n(stopping before N = ${n}: the ${values['budget-minutes']}-minute budget)`);
      break;
    }
    const users = simulatedUsers(f, n, today, desk);
    // Sessions are signed in one after another (sign-in is deliberately slow: scrypt) and kept for the next level.
    for (let i = cookies.length; i < n; i++) {
      const user = users[i];
      if (user) cookies.push(await signIn(origin, user.account));
    }
    const before = cpuSample(child.pid ?? 0);
    const level = await runLevel(
      origin,
      users.map((user, i) => ({ user, cookie: cookies[i] ?? '' })),
      seconds,
      rate,
    );
    levels.push(level);
    const errorShare = printLevel(level);
    console.log(`  ${cpuBetween(before, cpuSample(child.pid ?? 0))}`);
    const caseload = timingOf(level.latencies.get('students.list') ?? []);
    if (caseload.p95 < caseloadBudgetMs && errorShare < 0.01) saturation = n;
    if (caseload.p95 > blownUpMs || errorShare > 0.05) {
      console.log(`\n(stopping: the caseload page's p95 is ${caseload.p95.toFixed(0)} ms, errors ${(errorShare * 100).toFixed(1)}%)`);
      break;
    }
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}
console.log(`\nWrites (warm-up included): ${writesFound(office.path, levels)}`);
console.log(
  saturation === null
    ? `\nNo level kept the caseload page (students.list) under ${caseloadBudgetMs} ms at p95.`
    : `\nLargest N whose caseload page (students.list) p95 stays under ${caseloadBudgetMs} ms (and errors under 1%): ${saturation}`,
);
console.log(`Total time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
