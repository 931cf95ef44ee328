import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { ProcedureInput } from '../../shared/api/contract';
import type { RelationshipKind } from '../../shared/domain';
import { addDays, localToday, readableMonth } from '../../electron/core/dates';
import { maxZipStudents } from '../../electron/core/exports/references';
import { freshDbForEachTest, studentOnFile, tempDir, type StudentFields } from './helpers';
import { onPath, run } from './support/poppler';

const t = freshDbForEachTest();
const today = localToday();
const { call, callAsync, failsAsync } = t;

const exportRows = () => Number(t.db.sqlite.prepare(`select count(*) from audit_log where action = 'export'`).pluck().get());
const monthsAgo = (months: number) => String(t.db.sqlite.prepare(`select date(?, ?)`).pluck().get(today, `-${months} months`));

/** An export run once: its answer, the file as text, and how many export rows it added to the audit log. */
async function csvExport<T extends { base64: string }>(run: () => Promise<T>) {
  const before = exportRows();
  const file = await run();
  return { file, text: Buffer.from(file.base64, 'base64').toString('utf8'), audited: exportRows() - before };
}
const student = (first: string, extra: StudentFields = {}) => studentOnFile(call, first, 'Okafor', { classYear: 2027, ...extra });
/** A reference who agreed (or not), with every other checklist item met. */
/** One export call, named for the assertion messages. */
function exportOf<K extends 'exports.referenceList' | 'exports.references' | 'exports.readinessReport'>(name: K, input: ProcedureInput<K>) {
  return { label: `${name} ${JSON.stringify(input)}`, run: () => callAsync(name, input) };
}

interface ReferenceExtra {
  relationship?: RelationshipKind;
  agreed?: boolean;
  employer?: string;
  department?: string;
  title?: string;
  context?: string | null;
  sinceOn?: string | null;
  /** The placement the connection came from, at its own employer. */
  placement?: Omit<ProcedureInput<'placements.create'>, 'studentId' | 'employerId' | 'supervisorContactId'> & { employer: string };
}

const employerNamed = (name: string) => call('employers.list', { search: name }).rows.find((e) => e.name === name)?.id ?? call('employers.create', { name }).id;

function placementOf(studentId: number, { employer, ...placement }: NonNullable<ReferenceExtra['placement']>): number {
  return call('placements.create', { ...placement, studentId, employerId: employerNamed(employer) }).id;
}

function reference(studentId: number, first: string, last: string, extra: ReferenceExtra = {}) {
  const employerId = employerNamed(extra.employer ?? `${last} & Co`);
  const placementId = extra.placement ? placementOf(studentId, extra.placement) : null;
  const contactId = call('contacts.create', {
    firstName: first,
    lastName: last,
    title: extra.title ?? 'Team Lead',
    department: extra.department ?? null,
    employerId,
    email: `${last.toLowerCase().replace(/[^a-z]/g, '')}@corp.example`,
    phone: '555-0199',
    preferredMethod: 'email',
    verifiedOn: addDays(today, -10),
  }).id;
  const agreed = extra.agreed ?? true;
  const id = call('connections.create', {
    studentId,
    contactId,
    relationship: extra.relationship ?? 'supervisor',
    context: extra.context === undefined ? 'Summer 2026 internship' : extra.context,
    sinceOn: extra.sinceOn === undefined ? monthsAgo(14) : extra.sinceOn,
    placementId,
    referenceStatus: agreed ? 'agreed' : 'asked',
    referenceStatusOn: addDays(today, -20),
    resumeSharedOn: agreed ? addDays(today, -10) : null,
  }).id;
  call('interactions.create', {
    connectionId: id,
    kind: 'thank_you_email',
    occurredOn: addDays(today, -15),
    sharedContactDetails: true,
  });
  return id;
}

async function pdfText(base64: string, dir: string): Promise<string> {
  const file = join(dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const { stdout } = await run('pdftotext', [file, '-']);
  return stdout;
}

async function libreOfficeText(base64: string, extension: string, target: string, dir: string): Promise<string> {
  const name = `doc-${Math.random().toString(36).slice(2)}`;
  const file = join(dir, `${name}.${extension}`);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  await run('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', target, '--outdir', dir, file], { timeout: 120_000 });
  const out = readdirSync(dir).find((f) => f.startsWith(name) && !f.endsWith(`.${extension}`));
  if (!out) throw new Error('LibreOffice produced no file');
  return readFileSync(join(dir, out), 'utf8').replace(/^\uFEFF/, '');
}

describe('reference list export', () => {
  it('prints agreed references most relevant first, as PDF and DOCX, and audits each export', async () => {
    const s = student('Amara');
    reference(s, 'Cora', 'Coworker', { relationship: 'coworker' });
    reference(s, 'Sue', 'Supervisor');
    reference(s, 'Nia', 'Notyet', { agreed: false });
    const before = exportRows();
    const pdf = await callAsync('exports.referenceList', { studentId: s, format: 'pdf' });
    expect(pdf).toMatchObject({
      fileName: 'Amara-Okafor-references.pdf',
      mimeType: 'application/pdf',
      rows: 2,
      warnings: [],
    });
    expect(exportRows()).toBe(before + 1);
    const audit = call('audit.list', { action: 'export' });
    expect(audit.rows[0]).toMatchObject({
      entity: 'reference_list',
      details: {
        format: 'pdf',
        fileName: 'Amara-Okafor-references.pdf',
        students: ['Amara Okafor (S-Amara)'],
        references: 2,
      },
    });
    expect(audit.rows[0]?.details?.fields).toContain('reference name');

    if (onPath('pdftotext')) {
      const temp = tempDir();
      const text = await pdfText(pdf.base64, temp.dir);
      temp.cleanup();
      expect(text).toContain('References');
      expect(text).toContain('Amara Okafor');
      expect(text.indexOf('Sue Supervisor')).toBeLessThan(text.indexOf('Cora Coworker'));
      expect(text).not.toContain('Nia Notyet');
      expect(text).toContain('Supervisor at Supervisor & Co, Summer 2026 internship');
      expect(text).toContain(`Known since ${readableMonth(monthsAgo(14))}`);
      expect(text).not.toMatch(/Known for|agreed/i);
    }
    const docx = await callAsync('exports.referenceList', { studentId: s, format: 'docx' });
    expect(docx.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(exportRows()).toBe(before + 2);
  });

  it.skipIf(!onPath('soffice'))(
    'the DOCX opens in LibreOffice with the names in the advisor’s chosen order; the not-agreed one is a warning, not on the page',
    { timeout: 180_000 },
    async () => {
      const s = student('Amara');
      const cora = reference(s, 'Cora', 'Coworker', { relationship: 'coworker' });
      const sue = reference(s, 'Sue', 'Supervisor');
      const nia = reference(s, 'Nia', 'Notyet', { agreed: false });
      const docx = await callAsync('exports.referenceList', {
        studentId: s,
        format: 'docx',
        connectionIds: [nia, cora, sue],
      });
      expect(docx.warnings).toEqual([
        "Nia Notyet (number 1 on Amara Okafor's list) has not agreed to be a reference yet; the list does not say so. Ask them before it goes out.",
      ]);
      const temp = tempDir();
      const text = await libreOfficeText(docx.base64, 'docx', 'txt:Text', temp.dir);
      temp.cleanup();
      expect(text).toContain('References');
      const order = ['Nia Notyet', 'Cora Coworker', 'Sue Supervisor'].map((name) => text.indexOf(name));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // Internal status stays in the app: the employer's copy never says who has not agreed.
      expect(text).not.toMatch(/agreed|asked/i);
    },
  );

  it('explains instead of printing an empty page when no reference has agreed, and refuses a foreign connection', async () => {
    const s = student('Amara');
    reference(s, 'Nia', 'Notyet', { agreed: false });
    const before = exportRows();
    expect((await failsAsync('exports.referenceList', { studentId: s, format: 'pdf' })).message).toMatch(/Amara Okafor has no references who have agreed yet/);
    const other = reference(student('Bo'), 'Oli', 'Other');
    expect((await failsAsync('exports.referenceList', { studentId: s, format: 'pdf', connectionIds: [other] })).message).toMatch(
      /is not one of Amara Okafor's candidate references/,
    );
    expect(exportRows()).toBe(before);
  });
});

/** The text of a DOCX's body, paragraph by paragraph. */
function docxParagraphs(base64: string): string[] {
  const xml = strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml'] ?? new Uint8Array());
  return (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? []).map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).filter(Boolean);
}

describe('what a reference list says', () => {
  /** A faculty member at the university, a supervisor from a summer internship, and one who has not agreed yet. */
  function lee() {
    const s = student('Lee');
    const faculty = reference(s, 'Ruth', 'Okoye', {
      relationship: 'faculty',
      employer: 'Northfield University',
      department: 'Department of Physics',
      title: 'Associate Professor',
      context: 'Research assistant',
      sinceOn: '2024-09-03',
    });
    const supervisor = reference(s, 'Sam', 'Sterling', {
      employer: 'Sterling Labs',
      context: null,
      sinceOn: null,
      placement: { employer: 'Sterling Labs', kind: 'internship', role: 'Data Analyst', startOn: '2025-06-02', endOn: '2025-08-22' },
    });
    const asked = reference(s, 'Nia', 'Notyet', { agreed: false });
    return { s, faculty, supervisor, asked };
  }

  it('DOCX: department and university, the relationship with where and when, known since a date, no internal status', async () => {
    const { s, faculty, supervisor, asked } = lee();
    const docx = await callAsync('exports.referenceList', { studentId: s, format: 'docx', connectionIds: [supervisor, faculty, asked] });
    const lines = docxParagraphs(docx.base64);
    expect(lines).toContain('Department of Physics, Northfield University');
    expect(lines).toContain('Faculty at Northfield University, Research assistant');
    expect(lines).toContain('Known since September 2024');
    expect(lines).toContain('Supervisor at Sterling Labs, summer internship as Data Analyst, Jun–Aug 2025');
    // Known since the placement began when the connection has no date of its own.
    expect(lines).toContain('Known since June 2025');
    expect(lines.join('\n')).not.toMatch(/agreed|asked|Known for/i);
    expect(strFromU8(unzipSync(Buffer.from(docx.base64, 'base64'))['word/document.xml'] ?? new Uint8Array())).not.toContain('A34700');
    // The advisor is told instead, by name.
    expect(docx.warnings).toEqual([
      "Nia Notyet (number 3 on Lee Okafor's list) has not agreed to be a reference yet; the list does not say so. Ask them before it goes out.",
    ]);
  });

  it('the bulk export’s Order is the position printed on the student’s list; references beyond five carry on and say so', async () => {
    const s = student('Lee');
    for (const last of ['Adams', 'Baker', 'Clark', 'Davis', 'Evans', 'Foster', 'Green']) reference(s, 'Pat', last, { relationship: 'coworker' });
    reference(s, 'Sue', 'Supervisor');
    const csv = await csvExport(() => callAsync('exports.references', { format: 'csv' }));
    const sheet = XLSX.read(csv.text.slice(1), { type: 'string', raw: true }).Sheets.Sheet1;
    const rows = sheet ? XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false }) : [];
    const header = rows[0] ?? [];
    const at = (name: string) => header.indexOf(name);
    const body = rows.slice(1);
    expect(body.map((row) => row[at('Order')])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(body.map((row) => row[at('On the list')])).toEqual(['Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'No', 'No', 'No']);
    // Known since stays a date value (YYYY-MM-DD in CSV, a date cell in XLSX).
    expect(body[0]?.[at('Known since')]).toBe(monthsAgo(14));
    // The same five, in the same order, on the printed list.
    const zip = await callAsync('exports.references', { format: 'zip' });
    const pdf = Object.values(unzipSync(Buffer.from(zip.base64, 'base64')))[0];
    const single = await callAsync('exports.referenceList', { studentId: s, format: 'docx' });
    const names = docxParagraphs(single.base64).filter((line) => /^(Pat|Sue) /.test(line));
    expect(names).toEqual(body.slice(0, 5).map((row) => row[at('Reference')]));
    if (onPath('pdftotext') && pdf) {
      const temp = tempDir();
      const text = await pdfText(Buffer.from(pdf).toString('base64'), temp.dir);
      temp.cleanup();
      const positions = names.map((name) => text.indexOf(name ?? ''));
      expect(positions.every((i) => i >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('file names keep the name in its own script and never end with a dash', async () => {
    const cases: [string, string, string][] = [
      ['小龙', '李', '小龙-李-references.pdf'],
      ['ليلى', 'حداد', 'ليلى-حداد-references.pdf'],
      ['Zoë', 'Núñez-', 'Zoë-Núñez-references.pdf'],
      ['Jo', 'Smith (Jr.)', 'Jo-Smith-Jr-references.pdf'],
    ];
    for (const [first, last, fileName] of cases) {
      const s = studentOnFile(call, first, last, { externalId: null, personalEmail: null });
      reference(s, 'Sue', `Supervisor`, { employer: `${first} Ltd` });
      expect((await callAsync('exports.referenceList', { studentId: s, format: 'pdf' })).fileName).toBe(fileName);
    }
    const zip = await callAsync('exports.references', { format: 'zip' });
    expect(Object.keys(unzipSync(Buffer.from(zip.base64, 'base64'))).sort()).toEqual(cases.map(([, , name]) => name).sort());
  });
});

describe('bulk exports', () => {
  function office() {
    const amara = student('Amara');
    reference(amara, 'Sue', 'Supervisor');
    reference(amara, '=HYPERLINK("http://evil.example")', 'Injector');
    const hidden = student('Hidden', { confidential: true });
    reference(hidden, 'Secret', 'Keeper');
    const bo = student('Bo', { classYear: 2028 });
    reference(bo, 'Nia', 'Notyet', { agreed: false });
    return { amara, hidden, bo };
  }

  it('CSV: one row per agreed reference, readable names, formula cells neutralised, confidential students withheld and counted', async () => {
    office();
    const { file: csv, text, audited } = await csvExport(() => callAsync('exports.references', { format: 'csv' }));
    expect(text.startsWith('\uFEFFStudent,Student ID,Program')).toBe(true);
    expect(text).toContain('Amara Okafor,S-Amara');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"") Injector"`);
    expect(text).not.toMatch(/Hidden|Secret/);
    expect(text).not.toContain('Nia Notyet');
    expect(csv).toMatchObject({
      rows: 2,
      withheld: 1,
      warnings: ['1 student is under a confidentiality hold and was left out.'],
    });
    expect(audited).toBe(1);
    const all = await csvExport(() => callAsync('exports.references', { format: 'csv', includeNotAgreed: true }));
    expect(all.text).toContain('Nia Notyet');
  });

  it('XLSX: the same rows, text cells safe, and it opens in LibreOffice', { timeout: 180_000 }, async () => {
    office();
    const xlsx = await callAsync('exports.references', { format: 'xlsx', classYear: 2027 });
    const workbook = XLSX.read(Buffer.from(xlsx.base64, 'base64'), { type: 'buffer', cellFormula: true });
    const sheet = workbook.Sheets.References;
    if (!sheet) throw new Error('no References sheet');
    const cells = Object.entries(sheet).filter(([key]) => !key.startsWith('!'));
    expect(cells.filter(([, cell]) => typeof cell === 'object' && cell !== null && 'f' in cell)).toEqual([]);
    const body = XLSX.utils.sheet_to_csv(sheet);
    expect(body).toContain('Sue Supervisor');
    // A string cell is never a formula, so XLSX keeps the text as typed (CSV keeps its guard).
    expect(body).toContain(`=HYPERLINK`);
    expect(body).not.toContain(`'=HYPERLINK`);
    expect(body).not.toMatch(/Hidden|Secret|Bo Okafor/);
    if (onPath('soffice')) {
      const temp = tempDir();
      const text = await libreOfficeText(xlsx.base64, 'xlsx', 'csv', temp.dir);
      temp.cleanup();
      expect(text).toContain('Amara Okafor');
      expect(text).toContain('Sue Supervisor');
    }
  });

  it('ZIP: one reference-list PDF per student with agreed references, none for confidential ones', async () => {
    office();
    const zip = await callAsync('exports.references', { format: 'zip' });
    const files = unzipSync(Buffer.from(zip.base64, 'base64'));
    expect(Object.keys(files)).toEqual(['Amara-Okafor-S-Amara-references.pdf']);
    expect(strFromU8(files['Amara-Okafor-S-Amara-references.pdf'] ?? new Uint8Array()).startsWith('%PDF')).toBe(true);
    expect(zip.warnings).toEqual([
      '1 student is under a confidentiality hold and was left out.',
      '1 student has no references who agreed yet and no PDF in the ZIP: Bo Okafor (S-Bo).',
    ]);
    // The audit names who is in the ZIP, not everyone the filter selected.
    const [audit] = call('audit.list', { entity: 'references', pageSize: 1 }).rows;
    expect(audit).toMatchObject({ count: 1, details: { students: ['Amara Okafor (S-Amara)'], rows: 1 } });
  });

  it('ZIP: a filter that selects only students under a hold, or nobody, says so rather than blaming agreed references', async () => {
    const hidden = student('Hidden', { confidential: true, classYear: 2031 });
    reference(hidden, 'Sue', 'Supervisor');
    const onlyHeld = await failsAsync('exports.references', { format: 'zip', classYear: 2031, includeNotAgreed: true });
    expect(onlyHeld).toMatchObject({ code: 'conflict', details: { reason: 'no_students' } });
    expect(onlyHeld.message).toBe(
      '1 student is under a confidentiality hold and was left out. No student the filter selects can be exported, so there are no reference lists to put in a ZIP.',
    );
    expect(onlyHeld.message).not.toContain('Hidden');
    const nobody = await failsAsync('exports.references', { format: 'zip', classYear: 2040 });
    expect(nobody.message).toBe('No student the filter selects can be exported, so there are no reference lists to put in a ZIP.');
  });

  it('ZIP: students who share a name get their own files, and a whole class of 4,500 is allowed', async () => {
    for (const externalId of [null, null, 'S-1', 'S/1']) {
      const s = studentOnFile(call, 'Ana', 'Silva', { externalId, personalEmail: null });
      reference(s, 'Sue', `Supervisor${externalId ?? 'x'}`.replace(/[^A-Za-z]/g, ''));
    }
    const zip = await callAsync('exports.references', { format: 'zip' });
    const names = Object.keys(unzipSync(Buffer.from(zip.base64, 'base64')));
    expect(names).toHaveLength(4);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(4);
    expect(names).toEqual(
      expect.arrayContaining(['Ana-Silva-references.pdf', 'Ana-Silva-2-references.pdf', 'Ana-Silva-S-1-references.pdf', 'Ana-Silva-S-1-2-references.pdf']),
    );
    expect(maxZipStudents).toBeGreaterThanOrEqual(4_500);
  });

  it('readiness report: one row per student with level, score and next step; confidential withheld', async () => {
    office();
    const { file: csv, text, audited } = await csvExport(() => callAsync('exports.readinessReport', { format: 'csv' }));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Student,Student ID,Program,Class year,Cohort,Advisor,Readiness,Ready references,Target,Score,Candidates,Next step');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Amara Okafor,S-Amara,,2027,,,Building,2,3,67,2,$/);
    expect(lines[2]).toMatch(/^Bo Okafor,S-Bo,,2028,,,Building,0,3,\d+,1,"Follow up with Nia Notyet: asked on \d+ \w{3} \d{4}, no answer recorded"$/);
    expect(csv.withheld).toBe(1);
    expect(audited).toBe(1);
    const audit = call('audit.list', { entity: 'readiness_report' });
    expect(audit.rows[0]).toMatchObject({
      count: 2,
      details: { format: 'csv', students: ['Amara Okafor (S-Amara)', 'Bo Okafor (S-Bo)'], withheld: 1 },
    });
  });

  it('every export kind leaves exactly one audit row naming the format, the file and the students, never the confidential one', async () => {
    const { amara } = office();
    const kinds = [
      exportOf('exports.referenceList', { studentId: amara, format: 'pdf' }),
      exportOf('exports.referenceList', { studentId: amara, format: 'docx' }),
      exportOf('exports.references', { format: 'csv' }),
      exportOf('exports.references', { format: 'xlsx' }),
      exportOf('exports.references', { format: 'zip' }),
      exportOf('exports.readinessReport', { format: 'csv' }),
      exportOf('exports.readinessReport', { format: 'xlsx' }),
    ];
    for (const { label, run } of kinds) {
      const before = exportRows();
      const file = await run();
      expect(exportRows(), label).toBe(before + 1);
      const [row] = call('audit.list', { action: 'export', pageSize: 1 }).rows;
      expect(row?.details).toMatchObject({ fileName: file.fileName });
      expect(JSON.stringify(row?.details)).not.toMatch(/Hidden|Secret/);
      expect(row?.details?.students).toContain('Amara Okafor (S-Amara)');
    }
  });

  it('a confidential student’s own reference list is refused and not audited', async () => {
    const { hidden } = office();
    const before = exportRows();
    expect((await failsAsync('exports.referenceList', { studentId: hidden, format: 'pdf' })).message).toMatch(
      /confidentiality hold: Rapport never exports their records/,
    );
    expect(exportRows()).toBe(before);
  });
});

describe('rapport export (CLI)', () => {
  async function cli(...args: string[]) {
    const result = spawnSync('npx', ['tsx', 'electron/cli/index.ts', '--db', t.path, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('writes a student’s reference list and refuses an unwritable path without leaving a file or an audit row', { timeout: 120_000 }, async () => {
    const s = student('Amara');
    reference(s, 'Sue', 'Supervisor');
    const temp = tempDir();
    const out = join(temp.dir, 'amara.pdf');
    const ok1 = await cli('export', 'references', '--student', 'S-Amara', '--format', 'pdf', '--out', out);
    expect(ok1.stdout).toContain(`Wrote ${out} (1 row).`);
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('%PDF');
    const before = exportRows();
    const locked = join(temp.dir, 'locked');
    mkdirSync(locked, { mode: 0o500 });
    const missing = join(temp.dir, 'no-such-folder', 'amara.pdf');
    const bad = await cli('export', 'references', '--student', 'S-Amara', '--format', 'pdf', '--out', missing);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`Cannot write ${missing}: the folder does not exist. Nothing was written.`);
    expect(existsSync(join(temp.dir, 'no-such-folder'))).toBe(false);
    if (process.getuid?.() !== 0) {
      const denied = await cli('export', 'references', '--student', 'S-Amara', '--format', 'pdf', '--out', join(locked, 'x.pdf'));
      expect(denied.stderr).toMatch(/permission denied/);
      expect(readdirSync(locked)).toEqual([]);
    }
    expect(exportRows()).toBe(before);
    const csv = await cli('export', 'readiness', '--format', 'csv', '--out', join(temp.dir, 'r.csv'), '--class-year', '2027', '--json');
    expect(JSON.parse(csv.stdout)).toMatchObject({ rows: 1, withheld: 0 });
    expect((await cli('export', 'readiness', '--format', 'csv', '--out', join(temp.dir, 'r.csv'), '--readiness', 'soon')).code).toBe(64);
    temp.cleanup();
  });

  it('a student with no agreed references is pointed to the CLI’s own options, and both work', { timeout: 180_000 }, async () => {
    const s = student('Amara');
    const nia = reference(s, 'Nia', 'Notyet', { agreed: false });
    const ken = reference(s, 'Ken', 'Knowsme', { agreed: false, relationship: 'mentor' });
    const temp = tempDir();
    const out = join(temp.dir, 'amara.docx');
    const refused = await cli('export', 'references', '--student', 'S-Amara', '--format', 'docx', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Amara Okafor has no references who have agreed yet');
    expect(refused.stderr).toContain('--include-not-agreed');
    expect(refused.stderr).toContain('--reference CONNECTION_ID');
    expect(refused.stderr).toMatch(new RegExp(`${nia}\\s+Nia Notyet \\(asked\\)`));
    // Nothing the CLI cannot do: no checkboxes, no "marked on the page".
    expect(refused.stderr).not.toMatch(/marked on the page|pick references yourself|checkbox/i);
    expect(existsSync(out)).toBe(false);

    const all = await cli('export', 'references', '--student', 'S-Amara', '--format', 'docx', '--out', out, '--include-not-agreed');
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(`Wrote ${out} (2 rows).`);
    expect(all.stdout).toContain("Nia Notyet (number 1 on Amara Okafor's list) has not agreed to be a reference yet");
    expect(all.stdout).toContain("Ken Knowsme (number 2 on Amara Okafor's list) has not agreed to be a reference yet");
    expect(docxParagraphs(readFileSync(out).toString('base64')).join('\n')).not.toMatch(/agreed|asked/i);

    const picked = await cli(
      'export',
      'references',
      '--student',
      'S-Amara',
      '--format',
      'docx',
      '--out',
      out,
      '--reference',
      String(nia),
      '--reference',
      String(ken),
    );
    expect(picked.code).toBe(0);
    const names = docxParagraphs(readFileSync(out).toString('base64')).filter((line) => /^(Nia|Ken) /.test(line));
    expect(names).toEqual(['Nia Notyet', 'Ken Knowsme']);

    expect((await cli('export', 'references', '--student', 'S-Amara', '--format', 'docx', '--out', out, '--reference', 'abc')).stderr).toContain(
      '--reference must be a connection id',
    );
    expect((await cli('export', 'references', '--format', 'csv', '--out', join(temp.dir, 'r.csv'), '--reference', String(nia))).code).toBe(64);
    expect((await cli('export', 'references', '--format', 'zip', '--out', join(temp.dir, 'r.zip'))).stderr).toContain('--include-not-agreed');
    temp.cleanup();
  });

  it('a combination the CLI cannot honour is refused with a message, not silently ignored', { timeout: 120_000 }, async () => {
    student('Amara');
    const temp = tempDir();
    const refused = async (...args: string[]) => {
      const result = await cli('export', ...args);
      expect(result.code, args.join(' ')).toBe(64);
      return result.stderr;
    };
    expect(await refused('readiness', '--format', 'csv', '--out', join(temp.dir, 'r.csv'), '--include-not-agreed')).toContain(
      '--include-not-agreed is for "export references"',
    );
    expect(await refused('references', '--student', 'S-Amara', '--format', 'csv', '--out', join(temp.dir, 'a.csv'))).toContain(
      'One student\'s reference list is --format pdf or docx, got "csv"',
    );
    expect(await refused('references', '--student', 'S-Amara', '--format', 'pdf', '--out', join(temp.dir, 'a.pdf'), '--class-year', '2027')).toContain(
      '--class-year selects students for a bulk export; --student names one already.',
    );
    expect(readdirSync(temp.dir)).toEqual([]);
    temp.cleanup();
  });
});
