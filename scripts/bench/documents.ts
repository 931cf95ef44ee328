// npm run bench:documents: the document budgets of issue 16 on the cached office (built by npm run bench):
// one reference-list PDF for a Latin, a Chinese, an Arabic and a Devanagari student (warm p50/p95, and the first call
// of a fresh process separately: it loads the fonts), and the ZIP of reference lists for a filter that selects
// about --zip-students students with agreed references (wall time, peak memory, file size). Each ZIP and each cold
// call runs in its own process, so its peak memory and its font loading are its own.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Db } from '../../electron/core/db/client';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { dispatch, dispatchAsync } from '../../electron/core/dispatch';
import { sourceMigrationsFolder, sourceRoot } from '../../electron/core/paths';
import { cliPeakMb } from './hosts';
import { measureAsync, type Timing } from './stats';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '20' },
    cold: { type: 'string', default: '3' },
    'zip-students': { type: 'string', default: '4500' },
    'zip-runs': { type: 'string', default: '1' },
    /** The most students the ZIP accepts (maxZipStudents of the code under test). */
    'zip-limit': { type: 'string', default: '5000' },
    'zip-cli': { type: 'boolean', default: false },
    /** Agreed references each student selected for the ZIP is given before it is made (0: the office as generated). */
    agree: { type: 'string', default: '3' },
    'skip-pdf': { type: 'boolean', default: false },
    /** Writes a CPU profile of each ZIP child (node --cpu-prof) into scripts/bench/.cache/profiles. */
    profile: { type: 'boolean', default: false },
    /** An office file other than the cached office-N-seed1.db (e.g. npm run bench:office's 50,000-student office). */
    office: { type: 'string' },
    /** A child's job: `cold STUDENT_ID` or `zip FILTER_JSON` on --db. */
    child: { type: 'string' },
    arg: { type: 'string' },
    db: { type: 'string' },
  },
});
const cacheDir = join(sourceRoot, 'scripts/bench/.cache');
const maxrss = join(sourceRoot, 'scripts/bench/maxrss.mjs');

/** Names, titles, organisations and contexts in one script, as a student's three references print them. */
interface ScriptCase {
  script: string;
  student: [first: string, last: string];
  references: { first: string; last: string; title: string; employer: string; context: string }[];
}

const scriptCases: ScriptCase[] = [
  {
    script: 'Latin',
    student: ['Emily', 'Carter-Whitfield'],
    references: [
      { first: 'Daniel', last: 'Brooks', title: 'Senior Software Engineer', employer: 'Kestrel & Vane Robotics', context: 'Summer 2025 internship' },
      {
        first: 'Margaret',
        last: 'Olsen',
        title: 'Professor of Economics',
        employer: 'Lakeshore Polytechnic Institute',
        context: 'Research assistant, ECON 410',
      },
      { first: 'Samuel', last: 'Ortega', title: 'Operations Manager', employer: 'Marlowe Freight Cooperative', context: 'Part-time warehouse analyst' },
    ],
  },
  {
    script: 'Chinese',
    student: ['小龙', '李'],
    references: [
      { first: '芳', last: '王', title: '计算机系教授', employer: '清华大学', context: '本科科研项目指导老师' },
      { first: '國華', last: '陳', title: '工程總監', employer: '台灣積體電路製造', context: '二〇二五年暑期實習' },
      { first: '伟', last: '张', title: '产品经理', employer: '深圳腾讯科技有限公司', context: '产品实习生，移动支付团队' },
    ],
  },
  {
    script: 'Arabic',
    student: ['يحيى', 'الراشدي'],
    references: [
      { first: 'سلام', last: 'حداد', title: 'مديرة المنتج', employer: 'شركة الاتصالات السعودية', context: 'تدريب صيفي في قسم المنتجات' },
      { first: 'علي', last: 'الهاشمي', title: 'أستاذ الهندسة الكهربائية', employer: 'جامعة الملك سعود', context: 'مساعد بحث في مختبر الطاقة' },
      { first: 'مريم', last: 'المصري', title: 'مديرة الموارد البشرية', employer: 'بنك القاهرة', context: 'متدرب في الموارد البشرية' },
    ],
  },
  {
    script: 'Devanagari',
    student: ['प्रिया', 'शर्मा'],
    references: [
      { first: 'राहुल', last: 'क्षत्रिय', title: 'वरिष्ठ अभियंता', employer: 'टाटा कंसल्टेंसी सर्विसेज़', context: 'ग्रीष्मकालीन इंटर्नशिप' },
      { first: 'अनीता', last: 'वर्मा', title: 'रसायन विज्ञान की प्रोफ़ेसर', employer: 'दिल्ली विश्वविद्यालय', context: 'शोध सहायक, जैव रसायन प्रयोगशाला' },
      { first: 'विकास', last: 'गुप्ता', title: 'परियोजना प्रबंधक', employer: 'इन्फोसिस लिमिटेड', context: 'अंशकालिक डेटा विश्लेषक' },
    ],
  },
];

function call(db: Db, name: string, input: unknown): { id: number } {
  const result = dispatch(db, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return z.object({ id: z.number() }).parse(result.data);
}

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** A student and three agreed references, added the way the app adds them (procedures, not SQL). */
function addStudent(db: Db, c: ScriptCase, n: number): number {
  const [firstName, lastName] = c.student;
  const studentId = call(db, 'students.create', { firstName, lastName, externalId: `BENCH-16-${n}`, personalEmail: `bench16.${n}@example.edu` }).id;
  c.references.forEach((r, i) => {
    const employerId = call(db, 'employers.create', { name: r.employer }).id;
    const contactId = call(db, 'contacts.create', {
      firstName: r.first,
      lastName: r.last,
      title: r.title,
      employerId,
      email: `reference${n}.${i}@corp.example`,
      phone: '+1 555 010 0199',
      preferredMethod: 'email',
      verifiedOn: isoDay(10),
    }).id;
    call(db, 'connections.create', {
      studentId,
      contactId,
      relationship: 'supervisor',
      context: r.context,
      sinceOn: isoDay(400 + i * 90),
      referenceStatus: 'agreed',
      referenceStatusOn: isoDay(20),
      resumeSharedOn: isoDay(10),
    });
  });
  return studentId;
}

async function exportFile(db: Db, name: string, input: unknown): Promise<{ base64: string; rows: number; warnings: string[] }> {
  const result = await dispatchAsync(db, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return z.object({ base64: z.string(), rows: z.number(), warnings: z.array(z.string()) }).parse(result.data);
}

const childOutput = z.object({ ms: z.number(), secondMs: z.number().optional(), bytes: z.number(), rows: z.number().optional() });

/** Runs a child job under the peak-memory hook; its answer and its peak RSS (MB). */
function runChild(dbPath: string, job: string, arg: string): z.infer<typeof childOutput> & { peakMb: number } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', maxrss, 'scripts/bench/documents.ts', '--child', job, '--arg', arg, '--db', dbPath], {
    cwd: sourceRoot,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`child ${job}: ${run.stderr.slice(0, 500)}`);
  const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
  const peak = /rapport-bench-maxrss-kb (\d+)/.exec(run.stderr);
  return { ...childOutput.parse(JSON.parse(line ?? '{}')), peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN };
}

/** A child's job: the first export of a fresh process (fonts not loaded yet), or one ZIP. */
async function child(job: string, arg: string, dbPath: string): Promise<void> {
  const db = await openDatabase({ path: dbPath, migrationsFolder: sourceMigrationsFolder });
  try {
    if (job === 'cold') {
      const input = { studentId: Number(arg), format: 'pdf' };
      let start = performance.now();
      const file = await exportFile(db, 'exports.referenceList', input);
      const ms = performance.now() - start;
      start = performance.now();
      await exportFile(db, 'exports.referenceList', input);
      console.log(JSON.stringify({ ms, secondMs: performance.now() - start, bytes: Buffer.from(file.base64, 'base64').length }));
    } else {
      const start = performance.now();
      const file = await exportFile(db, 'exports.references', { ...z.record(z.string(), z.unknown()).parse(JSON.parse(arg)), format: 'zip' });
      console.log(JSON.stringify({ ms: performance.now() - start, bytes: Buffer.from(file.base64, 'base64').length, rows: file.rows }));
    }
  } finally {
    closeDatabase(db);
  }
}

/** The students a filter selects that an export can include (no confidentiality hold), read in SQL. */
function selectedIds(db: Db, filter: Record<string, string | number>): number[] {
  const column = { classYear: 'class_year', cohort: 'cohort', program: 'program' } as const;
  const [field, value] = Object.entries(filter)[0] ?? [];
  const name = field === 'classYear' || field === 'cohort' || field === 'program' ? column[field] : null;
  if (!name) return [];
  return z.array(z.number()).parse(db.sqlite.prepare(`select id from students where ${name} = ? and confidential = 0 order by id`).pluck().all(value));
}

/**
 * The single filter (readiness, class year, cohort or program) that selects the most students up to `limit`,
 * closest to `target`: the ZIP refuses more than its limit.
 */
function zipFilter(db: Db, target: number, limit: number): { filter: Record<string, string | number>; selected: number } {
  const f = dispatch(db, 'students.facets', {});
  if (!f.ok) throw new Error(f.error.message);
  const facets = z.object({ classYears: z.array(z.number()), cohorts: z.array(z.string()), programs: z.array(z.string()) }).parse(f.data);
  const options: Record<string, string | number>[] = [
    { readiness: 'ready' },
    ...facets.classYears.map((classYear) => ({ classYear })),
    ...facets.cohorts.map((cohort) => ({ cohort })),
    ...facets.programs.map((program) => ({ program })),
  ];
  const counted = options.map((filter) => {
    const r = dispatch(db, 'students.list', { ...filter, page: 1, pageSize: 10 });
    if (!r.ok) throw new Error(r.error.message);
    return { filter, selected: z.object({ total: z.number() }).parse(r.data).total };
  });
  const best = counted.filter((c) => c.selected <= limit).sort((a, b) => Math.abs(a.selected - target) - Math.abs(b.selected - target))[0];
  if (!best) throw new Error(`no filter selects at most ${limit} students`);
  return best;
}

const candidateKinds = `('supervisor', 'mentor', 'faculty', 'coworker')`;

/**
 * Gives every selected student `wanted` agreed references, as an advisor would record them (procedures): candidates
 * who have not agreed yet are marked agreed, then agreed supervisors from the directory are added. The demo office
 * has agreed references for about half its students, most of them one or two; a list of three is the readiness target.
 */
function agreeAll(db: Db, ids: readonly number[], wanted: number): { marked: number; added: number } {
  const agreedCount = db.sqlite
    .prepare(`select count(*) from connections where student_id = ? and reference_status = 'agreed' and relationship in ${candidateKinds}`)
    .pluck();
  const candidates = db.sqlite
    .prepare(
      `select id from connections where student_id = ? and reference_status not in ('agreed', 'declined') and relationship in ${candidateKinds} order by id`,
    )
    .pluck();
  const connected = db.sqlite.prepare(`select contact_id from connections where student_id = ?`).pluck();
  const contacts = z.array(z.number()).parse(db.sqlite.prepare(`select id from contacts where employer_id is not null order by id limit 500`).pluck().all());
  const editable = z.object({
    id: z.number(),
    version: z.number(),
    relationship: z.string(),
    context: z.string().nullable(),
    sinceOn: z.string().nullable(),
    placementId: z.number().nullable(),
    resumeSharedOn: z.string().nullable(),
  });
  let marked = 0;
  let added = 0;
  for (const studentId of ids) {
    let need = wanted - z.number().parse(agreedCount.get(studentId));
    if (need <= 0) continue;
    const open = z.array(z.number()).parse(candidates.all(studentId)).slice(0, need);
    if (open.length > 0) {
      const listed = dispatch(db, 'connections.forStudent', { studentId });
      if (!listed.ok) throw new Error(listed.error.message);
      const rows = z.array(editable.passthrough()).parse(listed.data);
      for (const candidateId of open) {
        const row = rows.find((c) => c.id === candidateId);
        if (!row) throw new Error(`connection ${candidateId} is not listed`);
        const { id, version, relationship, context, sinceOn, placementId, resumeSharedOn } = editable.parse(row);
        const input = { id, version, relationship, context, sinceOn, placementId, resumeSharedOn, referenceStatus: 'agreed', referenceStatusOn: isoDay(30) };
        const r = dispatch(db, 'connections.update', input);
        if (!r.ok) throw new Error(`connections.update: ${r.error.message}`);
        marked += 1;
        need -= 1;
      }
    }
    const taken = new Set(z.array(z.number()).parse(connected.all(studentId)));
    for (let k = 0; need > 0 && k < contacts.length; k++) {
      const contactId = contacts[(studentId * 7 + k) % contacts.length];
      if (contactId === undefined || taken.has(contactId)) continue;
      call(db, 'connections.create', {
        studentId,
        contactId,
        relationship: 'supervisor',
        context: 'Summer internship',
        sinceOn: isoDay(500 + k * 60),
        referenceStatus: 'agreed',
        referenceStatusOn: isoDay(30),
      });
      taken.add(contactId);
      added += 1;
      need -= 1;
    }
  }
  return { marked, added };
}

const mb = (bytes: number) => bytes / 1024 / 1024;

interface PdfRow {
  script: string;
  warm: Timing;
  cold: { p50: number; max: number; second: number };
  kb: number;
}

async function pdfCases(db: Db, dbPath: string, added: { script: string; studentId: number }[]): Promise<PdfRow[]> {
  const rows: PdfRow[] = [];
  for (const { script, studentId } of added) {
    const cold = Array.from({ length: Number(values.cold) }, () => runChild(dbPath, 'cold', String(studentId)));
    const sorted = cold.map((c) => c.ms).sort((a, b) => a - b);
    const warm = await measureAsync(() => exportFile(db, 'exports.referenceList', { studentId, format: 'pdf' }), Number(values.runs));
    rows.push({
      script,
      warm,
      cold: { p50: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0, second: Math.min(...cold.map((c) => c.secondMs ?? 0)) },
      kb: (cold[0]?.bytes ?? 0) / 1024,
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const source = values.office ?? join(cacheDir, `office-${values.students}-seed1.db`);
  if (!existsSync(source)) throw new Error(`${source} is missing: run npm run bench -- --students ${values.students} once to build the office.`);
  // A fresh copy each run: students and agreements are added to it, and the cached office never drifts.
  const dbPath = join(cacheDir, 'documents-run.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  copyFileSync(source, dbPath);
  // A migration added since the office was built is applied to the copy; the copy needs no backup of itself.
  const backupDir = join(cacheDir, 'documents-backups');
  const db = await openDatabase({ path: dbPath, migrationsFolder: sourceMigrationsFolder, backupDir });
  rmSync(backupDir, { recursive: true, force: true });
  const added = scriptCases.map((c, i) => ({ script: c.script, studentId: addStudent(db, c, i + 1) }));
  const zip = zipFilter(db, Number(values['zip-students']), Number(values['zip-limit']));
  let start = performance.now();
  const agreed = agreeAll(db, selectedIds(db, zip.filter), Number(values.agree));
  const agreedSeconds = (performance.now() - start) / 1000;
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const pdfs = values['skip-pdf'] ? [] : await pdfCases(db, dbPath, added);
  closeDatabase(db);

  const zips = Array.from({ length: Number(values['zip-runs']) }, () => runChild(dbPath, 'zip', JSON.stringify(zip.filter)));
  let cli: { seconds: number; peakMb: number; mb: number } | null = null;
  if (values['zip-cli']) {
    // The CLI streams the ZIP into its file: its peak memory is the streaming path's.
    const out = join(cacheDir, 'documents.zip');
    const flags = Object.entries(zip.filter).flatMap(([k, v]) => [`--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, String(v)]);
    start = performance.now();
    const peakMb = cliPeakMb(dbPath, ['export', 'references', '--format', 'zip', '--out', out, ...flags]);
    cli = { seconds: (performance.now() - start) / 1000, peakMb, mb: mb(statSync(out).size) };
    rmSync(out, { force: true });
  }

  console.log(`\nReference-list PDF (${values.runs} warm runs after 1 warm-up; cold = first call of a fresh process, ${values.cold} processes)`);
  console.log(`${'script'.padEnd(12)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'cold p50'.padStart(9)} ${'cold max'.padStart(9)} ${'KB'.padStart(6)}`);
  for (const p of pdfs)
    console.log(
      `${p.script.padEnd(12)} ${p.warm.p50.toFixed(1).padStart(8)} ${p.warm.p95.toFixed(1).padStart(8)} ${p.cold.p50.toFixed(0).padStart(9)} ${p.cold.max.toFixed(0).padStart(9)} ${p.kb.toFixed(1).padStart(6)}`,
    );
  console.log(
    `\nZIP of reference lists, filter ${JSON.stringify(zip.filter)}: ${zip.selected} students selected; ${agreed.marked} candidates marked agreed and ${agreed.added} agreed references added for ${values.agree} each (${agreedSeconds.toFixed(0)} s)`,
  );
  for (const r of zips)
    console.log(`API (in memory): ${r.rows} PDFs, ${(r.ms / 1000).toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB, ${mb(r.bytes).toFixed(1)} MB`);
  if (cli) console.log(`CLI (streamed to a file): ${cli.seconds.toFixed(1)} s with process start, peak ${cli.peakMb.toFixed(0)} MB, ${cli.mb.toFixed(1)} MB`);

  const resultsDir = join(sourceRoot, 'scripts/bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `documents-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), source, node: process.version, pdfs, zip: { ...zip, agreed, api: zips, cli } }, null, 2));
  console.log(`\nResults written to ${file}`);
}

if (values.child) await child(values.child, values.arg ?? '', values.db ?? '');
else await main();
