import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/core/backups/service';
import { backupsFolder, verifyBackupFile } from '../../electron/core/backups/store';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { writeSetting } from '../../electron/core/db/settings';
import { createDemoOffice } from '../../electron/core/office/service';
import { sourceMigrationsFolder, sourceRoot } from '../../electron/core/paths';
import { tempDir } from './helpers';

// Many writers on one file, as an office has them: two browser-mode hosts (separate processes, separate
// connections) and the CLI, writing for a sustained period while backups are made every few seconds through
// both hosts and the CLI, and one restore runs in the middle. Every acknowledged write must then be in the
// final file or in the copy the restore kept aside; every backup verified; no `internal` answer; under 1 %
// refused as busy. The numbers are printed, never compared with a clock (README: no timing assertions).

const seconds = Number(process.env.RAPPORT_CONCURRENCY_SECONDS ?? 20);
const writersPerHost = 2;
const token = `conc-${randomBytes(12).toString('hex')}`;
const temp = tempDir();
const dbPath = join(temp.dir, 'rapport.db');

// Bundled once (our code only; packages stay in node_modules): each CLI run starts in ~150 ms instead of
// compiling TypeScript. Directly in node_modules/.cache, so paths.ts still finds the repository two levels up.
const bundles = {
  web: join(sourceRoot, 'node_modules/.cache', `rapport-concurrency-web-${process.pid}.mjs`),
  cli: join(sourceRoot, 'node_modules/.cache', `rapport-concurrency-cli-${process.pid}.mjs`),
};

interface Answer {
  ok: boolean;
  code: string;
  message: string;
  data?: unknown;
}

/** What the test counts: every answer by code, every acknowledged write with its marker. */
const tally = {
  answers: new Map<string, number>(),
  writesTried: 0,
  refused: 0,
  refusals: [] as string[],
  failures: [] as string[],
  students: [] as { id: number | null; marker: string; via: string }[],
  interactions: [] as { id: number; marker: string; via: string }[],
  backups: { api: 0, cli: 0, failed: [] as string[] },
  restore: null as null | { keptAside: string; restoredFrom: string },
};

function count(code: string): void {
  tally.answers.set(code, (tally.answers.get(code) ?? 0) + 1);
}

interface Host {
  child: ChildProcess;
  port: number;
}
const hosts: Host[] = [];

function startHost(): Promise<Host> {
  const child = spawn(process.execPath, [bundles.web, '--db', dbPath, '--port', '0', '--token', token, '--no-daily-backup'], {
    cwd: sourceRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${output}`)));
  });
}

async function call(host: Host, procedure: string, input: unknown): Promise<Answer> {
  try {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rapport-token': token },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
    return body.ok ? { ok: true, code: 'ok', message: '', data: body.data } : { ok: false, code: body.error.code, message: body.error.message };
  } catch (error) {
    return { ok: false, code: 'transport', message: error instanceof Error ? error.message : String(error) };
  }
}

function rapport(...args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bundles.cli, ...args, '--db', dbPath], { cwd: sourceRoot }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** One advisor at a browser: adds a student, logs a touchpoint, again and again until the end. */
async function advisor(host: Host, name: string, connectionIds: number[], until: number): Promise<void> {
  for (let n = 0; Date.now() < until; n += 1) {
    const marker = `${name}-${n}`;
    const isStudent = n % 2 === 0;
    const sent = Date.now();
    const answer = isStudent
      ? await call(host, 'students.create', { firstName: 'Load', lastName: marker, externalId: marker })
      : await call(host, 'interactions.create', {
          connectionId: connectionIds[n % connectionIds.length],
          kind: 'conversation',
          occurredOn: '2026-01-15',
          summary: marker,
        });
    tally.writesTried += 1;
    count(answer.code);
    if (answer.ok) {
      const id = (answer.data as { id: number }).id;
      if (isStudent) tally.students.push({ id, marker, via: name });
      else tally.interactions.push({ id, marker, via: name });
    } else if (answer.code === 'conflict') {
      tally.refused += 1;
      tally.refusals.push(
        `${name} ${marker} sent at ${((sent - until) / 1000 + seconds).toFixed(1)} s, answered after ${Date.now() - sent} ms: ${answer.message}`,
      );
    } else tally.failures.push(`${name} ${marker}: ${answer.code} ${answer.message}`);
  }
}

/** The CLI importing small rosters, one after the other. */
async function cliImporter(until: number): Promise<void> {
  for (let n = 0; Date.now() < until; n += 1) {
    const markers = Array.from({ length: 5 }, (_, i) => `cli-${n}-${i}`);
    const file = join(temp.dir, `roster-${n}.csv`);
    writeFileSync(file, ['Student ID,First Name,Last Name', ...markers.map((m) => `${m},Cli,${m}`)].join('\n'));
    const run = await rapport('import', 'students', file);
    tally.writesTried += 1;
    count(run.code === 0 ? 'ok' : run.code === 75 ? 'conflict' : `cli_exit_${run.code}`);
    if (run.code === 0) for (const marker of markers) tally.students.push({ id: null, marker, via: 'cli' });
    else if (run.code === 75) {
      tally.refused += 1;
      tally.refusals.push(`cli import ${n}: ${run.stderr.trim()}`);
    } else tally.failures.push(`cli import ${n}: exit ${run.code} ${run.stderr.trim()}`);
  }
}

/** Backups every few seconds, through each host in turn; the restore in the middle, then more backups. */
async function backupsAndRestore(until: number, restoreAt: number): Promise<void> {
  let turn = 0;
  let restoreTried = false;
  while (Date.now() < until) {
    await sleep(2500);
    const host = hosts[turn % hosts.length] as Host;
    turn += 1;
    if (!restoreTried && Date.now() >= restoreAt) {
      const sent = Date.now();
      const answer = await call(host, 'backups.restore', { fileName: seedBackup });
      restoreSpan = `sent at ${((sent - until) / 1000 + seconds).toFixed(1)} s, answered after ${Date.now() - sent} ms`;
      count(answer.code);
      if (answer.ok) tally.restore = answer.data as { keptAside: string; restoredFrom: string };
      else tally.failures.push(`restore: ${answer.code} ${answer.message}`);
      restoreTried = true;
      continue;
    }
    const answer = await call(host, 'backups.create', {});
    count(answer.code);
    if (answer.ok) tally.backups.api += 1;
    else tally.backups.failed.push(`api: ${answer.code} ${answer.message}`);
  }
}

async function cliBackups(until: number): Promise<void> {
  while (Date.now() < until) {
    await sleep(3500);
    const run = await rapport('backup');
    count(run.code === 0 ? 'ok' : `cli_exit_${run.code}`);
    if (run.code === 0) tally.backups.cli += 1;
    else tally.backups.failed.push(`cli: exit ${run.code} ${run.stderr.trim()}`);
  }
}

let connectionIds: number[] = [];
let restoreSpan = '';
/** The office as it was before the run: what the restore in the middle brings back. */
let seedBackup = '';

beforeAll(async () => {
  for (const [name, entry] of [
    ['web', 'electron/web/run.ts'],
    ['cli', 'electron/cli/index.ts'],
  ] as const) {
    buildSync({
      entryPoints: [join(sourceRoot, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundles[name],
      packages: 'external',
      logLevel: 'silent',
    });
  }
  const db = await openDatabase({ path: dbPath, migrationsFolder: sourceMigrationsFolder });
  createDemoOffice(db, { students: 30, seed: 5, today: new Date('2026-06-01T12:00:00Z') });
  // Room for every backup of the run: pruning is another item's subject, not this test's.
  writeSetting(db, 'backups.keep', 365);
  connectionIds = db.sqlite.prepare('select id from connections order by id limit 20').pluck().all().map(Number);
  seedBackup = (await createBackup(db, 'manual')).fileName;
  closeDatabase(db);
  hosts.push(...(await Promise.all([startHost(), startHost()])));
}, 120_000);

afterAll(async () => {
  await Promise.all(
    hosts.map(
      (host) =>
        new Promise<void>((resolve) => {
          if (host.child.exitCode !== null) return resolve();
          host.child.once('exit', () => resolve());
          host.child.kill('SIGTERM');
        }),
    ),
  );
  temp.cleanup();
  for (const bundle of Object.values(bundles)) rmSync(bundle, { force: true });
});

/** The (id, marker) pairs of a file, to look acknowledged writes up in. */
function contents(path: string): { students: Map<string, number>; interactions: Map<string, number> } {
  const db = new Database(path, { readonly: true });
  try {
    const students = new Map(
      db
        .prepare('select external_id, id from students where external_id is not null')
        .raw()
        .all()
        .map((r) => [String((r as unknown[])[0]), Number((r as unknown[])[1])]),
    );
    const interactions = new Map(
      db
        .prepare('select summary, id from interactions where summary is not null')
        .raw()
        .all()
        .map((r) => [String((r as unknown[])[0]), Number((r as unknown[])[1])]),
    );
    return { students, interactions };
  } finally {
    db.close();
  }
}

describe('two web hosts and the CLI writing to one file', () => {
  it(
    `loses no acknowledged write, verifies every backup, answers no internal error (${seconds} s)`,
    async () => {
      const start = Date.now();
      const until = start + seconds * 1000;
      const [a, b] = hosts as [Host, Host];
      await Promise.all([
        ...Array.from({ length: writersPerHost }, (_, i) => advisor(a, `a${i}`, connectionIds, until)),
        ...Array.from({ length: writersPerHost }, (_, i) => advisor(b, `b${i}`, connectionIds, until)),
        cliImporter(until),
        backupsAndRestore(until, start + (seconds * 1000) / 2),
        cliBackups(until),
      ]);
      for (const host of hosts) host.child.kill('SIGTERM');
      await Promise.all(hosts.map((host) => new Promise((resolve) => (host.child.exitCode !== null ? resolve(null) : host.child.once('exit', resolve)))));

      const final = contents(dbPath);
      const keptAside = tally.restore
        ? contents(join(backupsFolder(dbPath), tally.restore.keptAside))
        : { students: new Map<string, number>(), interactions: new Map<string, number>() };
      const found = (map: 'students' | 'interactions', marker: string, id: number | null) =>
        [final, keptAside].some((file) => file[map].has(marker) && (id === null || file[map].get(marker) === id));
      const lostStudents = tally.students.filter((w) => !found('students', w.marker, w.id));
      const lostInteractions = tally.interactions.filter((w) => !found('interactions', w.marker, w.id));

      const backupFiles = readdirSync(backupsFolder(dbPath)).filter((name) => name.endsWith('.db'));
      const unverifiable = backupFiles.flatMap((name) => {
        try {
          verifyBackupFile(join(backupsFolder(dbPath), name));
          return [];
        } catch (error) {
          return [`${name}: ${error instanceof Error ? error.message : String(error)}`];
        }
      });
      const integrity = new Database(dbPath, { readonly: true });
      const integrityCheck = integrity.pragma('integrity_check', { simple: true });
      integrity.close();

      const acknowledged = tally.students.length + tally.interactions.length;
      const refusedPercent = tally.writesTried === 0 ? 0 : (100 * tally.refused) / tally.writesTried;
      console.log(
        [
          `concurrency: ${seconds} s, 2 web hosts × ${writersPerHost} writers + CLI imports`,
          `  writes: ${tally.writesTried} requests, ${acknowledged} acknowledged rows (${tally.students.length} students, ${tally.interactions.length} interactions), refused as busy ${tally.refused} (${refusedPercent.toFixed(2)} %)`,
          `  backups: ${tally.backups.api} through the API, ${tally.backups.cli} through the CLI, ${tally.backups.failed.length} failed, ${backupFiles.length} files, ${unverifiable.length} unverifiable`,
          `  restore: ${tally.restore ? `${tally.restore.restoredFrom} (kept aside ${tally.restore.keptAside}), ${restoreSpan}` : 'none'}`,
          `  answers: ${JSON.stringify(Object.fromEntries(tally.answers))}`,
          `  lost: ${lostStudents.length} students, ${lostInteractions.length} interactions`,
          ...tally.refusals.slice(0, 3).map((r) => `  refused: ${r}`),
          ...tally.failures.slice(0, 5).map((f) => `  failure: ${f}`),
          ...tally.backups.failed.slice(0, 5).map((f) => `  backup failure: ${f}`),
          ...lostStudents.slice(0, 3).map((w) => `  lost student ${w.marker} (id ${w.id}, via ${w.via})`),
          ...lostInteractions.slice(0, 3).map((w) => `  lost interaction ${w.marker} (id ${w.id}, via ${w.via})`),
        ].join('\n'),
      );

      expect(tally.restore, 'one restore ran in the middle').not.toBeNull();
      expect(acknowledged, 'writes were acknowledged').toBeGreaterThan(0);
      expect(tally.answers.get('internal') ?? 0, 'internal answers').toBe(0);
      expect(tally.failures, 'write answers other than ok or busy').toEqual([]);
      expect(tally.backups.failed, 'backups that failed').toEqual([]);
      expect(unverifiable, 'backup files that do not verify').toEqual([]);
      expect(integrityCheck).toBe('ok');
      expect({ lostStudents: lostStudents.slice(0, 5), lostInteractions: lostInteractions.slice(0, 5) }).toEqual({
        lostStudents: [],
        lostInteractions: [],
      });
      expect(refusedPercent, 'refused as busy, % of writes').toBeLessThan(1);
    },
    (seconds + 120) * 1000,
  );
});
