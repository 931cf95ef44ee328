import type { Writable } from 'node:stream';
import { zipSync } from 'fflate';
import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportResult } from '../../../shared/api/exports';
import type { ReadinessRules } from '../../../shared/api/readiness';
import { readinessLevelLabels, readinessStatusLabels, referenceStatusLabels, relationshipKindLabels, contactMethodLabels } from '../../../shared/domain';
import { writeAudit } from '../db/audit';
import { changeWithAudit } from '../audit/record';
import type { Db } from '../db/client';
import { candidatesOf, summariesOf, type CandidateRow } from '../db/readiness';
import { exportStudents, studentIdsForExport, type ExportStudent } from '../db/reference-exports';
import { findStudent } from '../db/students';
import { readableDate, readableMonth } from '../dates';
import { officeToday } from '../db/office-day';
import { AppError, notFound } from '../errors';
import type { ReferenceDocument, ReferenceEntry } from '../export/reference-document';
import { referenceListDocx } from '../export/reference-list-docx';
import { referenceListPdf } from '../export/reference-list-pdf';
import { exportMimeTypes as mime, slug } from '../export/file-name';
import { writeCsv, writeXlsx, type Cell, type StreamedTable, type TableLayout } from '../export/table';
import { memoryDestination, type Destination } from '../export/write-file';
import { readinessRules } from '../office/readiness-rules';
import { currentActor } from '../office/settings';
import { explainCandidate } from '../readiness/explain';

// Reference lists an employer can receive, and the office's bulk exports. Confidential students are
// never exported; every export leaves one audit row naming who, which students, which fields and the file.

const maxReferences = 5;
/** A ZIP renders one PDF per student; beyond this the advisor should narrow the filter. */
export const maxZipStudents = 1_000;

const referenceListFields = [
  'student name',
  'student email',
  'student phone',
  'reference name',
  'title',
  'organisation',
  'email',
  'phone',
  'relationship',
  'known for',
];

function studentLabel(student: { externalId: string | null; displayName: string }): string {
  return student.externalId ? `${student.displayName} (${student.externalId})` : student.displayName;
}

function relationshipText(row: CandidateRow): string {
  const label = relationshipKindLabels[row.relationship];
  const context = row.context ?? (row.placementRole ? `${row.placementRole}${row.placementEmployer ? ` at ${row.placementEmployer}` : ''}` : null);
  return context ? `${label}, ${context}` : label;
}

function entryOf(row: CandidateRow, order: number): ReferenceEntry {
  return {
    name: row.contactName,
    title: row.contactTitle,
    organisation: row.employerName ?? row.placementEmployer,
    email: row.email,
    phone: row.phone,
    preferredMethod: row.preferredMethod,
    relationship: relationshipText(row),
    knownSince: row.knownSinceOn ? readableMonth(row.knownSinceOn) : null,
    agreed: row.referenceStatus === 'agreed',
    order,
  };
}

/** The references to print: the advisor's pick in their order, else agreed ones, most relevant first. */
function chooseReferences(rows: readonly CandidateRow[], studentName: string, connectionIds: readonly number[] | undefined): CandidateRow[] {
  if (connectionIds === undefined) {
    const agreed = rows.filter((row) => row.referenceStatus === 'agreed').slice(0, maxReferences);
    if (agreed.length === 0) {
      throw new AppError(
        'conflict',
        `${studentName} has no references who have agreed yet, so there is nothing to put on the list. Ask a supervisor, mentor or faculty member first, or pick references yourself (not-yet-agreed ones are marked on the page).`,
        { reason: 'no_agreed_references' },
      );
    }
    return agreed;
  }
  const byId = new Map(rows.map((row) => [row.connectionId, row]));
  return connectionIds.map((id) => {
    const row = byId.get(id);
    if (!row) {
      throw new AppError('invalid_input', `Connection ${id} is not one of ${studentName}'s candidate references (eligible, not declined).`, {
        field: 'connectionIds',
      });
    }
    return row;
  });
}

function documentOf(student: ExportStudent, rows: readonly CandidateRow[]): ReferenceDocument {
  return {
    student: { name: student.displayName, email: student.email, phone: student.phone },
    entries: rows.map((row, i) => entryOf(row, i + 1)),
  };
}

function result(fileName: string, format: keyof typeof mime, content: Buffer, rows: number, withheld: number, warnings: string[]): ExportResult {
  return { fileName, mimeType: mime[format], base64: content.toString('base64'), rows, withheld, warnings };
}

function withheldWarning(withheld: number): string[] {
  if (withheld === 0) return [];
  return [`${withheld} student${withheld === 1 ? ' is' : 's are'} under a confidentiality hold and ${withheld === 1 ? 'was' : 'were'} left out.`];
}

/** One student's reference list (PDF or DOCX). */
export async function exportsReferenceList(db: Db, input: ParsedInput<'exports.referenceList'>, today = officeToday(db)): Promise<ExportResult> {
  const found = findStudent(db, input.studentId);
  if (!found) throw notFound('student', input.studentId);
  if (found.confidential) {
    throw new AppError('conflict', `${found.displayName} is under a confidentiality hold: Rapport never exports their records.`, { reason: 'confidential' });
  }
  const student: ExportStudent = {
    id: found.id,
    externalId: found.externalId,
    displayName: found.displayName,
    email: found.personalEmail ?? found.schoolEmail,
    phone: found.phone,
    program: found.program,
    classYear: found.classYear,
    cohort: found.cohort,
    advisorName: found.advisorName,
  };
  const rules = readinessRules(db);
  const chosen = chooseReferences(candidatesOf(db, [student.id], today, rules), student.displayName, input.connectionIds);
  const doc = documentOf(student, chosen);
  const content = input.format === 'pdf' ? await referenceListPdf(doc) : await referenceListDocx(doc);
  const fileName = `${slug(student.displayName, 'student')}-references.${input.format}`;
  const notAgreed = chosen.filter((row) => row.referenceStatus !== 'agreed');
  const warnings = notAgreed.map(
    (row) => `${row.contactName} has not agreed to be a reference yet (${referenceStatusLabels[row.referenceStatus].toLowerCase()}).`,
  );
  writeAudit(db, {
    actor: currentActor(db),
    action: 'export',
    entity: 'reference_list',
    entityId: student.id,
    count: 1,
    details: {
      format: input.format,
      fileName,
      students: [studentLabel(student)],
      fields: referenceListFields,
      references: chosen.length,
      notAgreed: notAgreed.length,
    },
  });
  return result(fileName, input.format, content, chosen.length, 0, warnings);
}

type ExportFilter = Omit<ParsedInput<'exports.references'>, 'format' | 'includeNotAgreed'>;

/** What a bulk export reports besides its bytes. */
export type ExportSummary = Omit<ExportResult, 'base64'>;

/**
 * A bulk export of the selected students, streamed to `destination`: a file for the CLI, memory for the API
 * (`inMemory`). It answers what it reports and what the destination made of the bytes.
 */
type BulkExport<K extends 'exports.references' | 'exports.readinessReport'> = <R>(
  db: Db,
  input: ParsedInput<K>,
  destination: Destination<R>,
  today?: string,
) => Promise<{ summary: ExportSummary; content: R }>;

/** The API's form of a bulk export: built in memory and answered as base64. */
function inMemory<K extends 'exports.references' | 'exports.readinessReport'>(run: BulkExport<K>) {
  return async (db: Db, input: ParsedInput<K>, today = officeToday(db)): Promise<ExportResult> => {
    const { summary, content } = await run(db, input, memoryDestination, today);
    return { ...summary, base64: content.toString('base64') };
  };
}

/**
 * Students read and written per batch. A batch's SQL results and rows are garbage once it is written; larger
 * batches let V8's heap grow with them before it collects (on the 50,000-student office: peak 357 MB at
 * 1,000, 248 MB at 250), smaller ones add little but SQL round trips.
 */
const batchSize = 250;

/** The selected students a batch at a time; `written` gathers who went out, for the audit row. */
function* studentBatches(db: Db, ids: readonly number[], written: string[]): Generator<ExportStudent[]> {
  for (let start = 0; start < ids.length; start += batchSize) {
    const students = exportStudents(db, ids.slice(start, start + batchSize));
    written.push(...students.map(studentLabel));
    yield students;
  }
}

const referencesLayout = (today: string): TableLayout => ({
  sheetName: 'References',
  title: `References — exported ${readableDate(today)}`,
  header: [
    'Student',
    'Student ID',
    'Program',
    'Class year',
    'Order',
    'Reference',
    'Title',
    'Organisation',
    'Email',
    'Phone',
    'Preferred method',
    'Relationship',
    'Known since',
    'Reference status',
    'Readiness',
  ],
  widths: [26, 14, 24, 10, 7, 26, 26, 24, 30, 18, 12, 34, 14, 14, 10],
});

function referenceRow(student: ExportStudent, row: CandidateRow): Cell[] {
  return [
    student.displayName,
    student.externalId,
    student.program,
    student.classYear,
    row.relevance,
    row.contactName,
    row.contactTitle,
    row.employerName ?? row.placementEmployer,
    row.email,
    row.phone,
    row.preferredMethod ? contactMethodLabels[row.preferredMethod] : null,
    relationshipText(row),
    row.knownSinceOn ? readableDate(row.knownSinceOn) : null,
    referenceStatusLabels[row.referenceStatus],
    readinessStatusLabels[row.status],
  ];
}

const referencesOf = (db: Db, ids: readonly number[], today: string, rules: ReadinessRules, includeNotAgreed: boolean) =>
  candidatesOf(db, ids, today, rules).filter((row) => includeNotAgreed || row.referenceStatus === 'agreed');

interface Tally {
  students: string[];
  rows: number;
}

/** Each student's references (most relevant first), the students in name order like every other export. */
function* referenceBatches(db: Db, ids: readonly number[], today: string, rules: ReadinessRules, includeNotAgreed: boolean, tally: Tally): Generator<Cell[][]> {
  for (const students of studentBatches(db, ids, tally.students)) {
    const byStudent = groupByStudent(
      referencesOf(
        db,
        students.map((s) => s.id),
        today,
        rules,
        includeNotAgreed,
      ),
    );
    const rows = students.flatMap((student) => (byStudent.get(student.id) ?? []).map((row) => referenceRow(student, row)));
    tally.rows += rows.length;
    yield rows;
  }
}

function groupByStudent(rows: readonly CandidateRow[]): Map<number, CandidateRow[]> {
  const byStudent = new Map<number, CandidateRow[]>();
  for (const row of rows) {
    const own = byStudent.get(row.studentId);
    if (own) own.push(row);
    else byStudent.set(row.studentId, [row]);
  }
  return byStudent;
}

/** The table formats written batch by batch to `out`. */
function writeTable(format: 'csv' | 'xlsx', table: StreamedTable): (out: Writable) => Promise<void> {
  return (out) => (format === 'csv' ? writeCsv(out, table) : writeXlsx(out, [table]));
}

/** The bytes of a file already built whole (the ZIP). */
const writeWhole = (content: Uint8Array) => async (out: Writable) => {
  out.end(content);
};

/**
 * Every selected student's references to `destination`: CSV or XLSX (one row per reference), or a ZIP of
 * reference-list PDFs. The audit row is written once the file is complete, with it or not at all.
 */
export const exportReferencesTo: BulkExport<'exports.references'> = async (db, input, destination, today = officeToday(db)) => {
  const { format, includeNotAgreed, ...filter } = input;
  const rules = readinessRules(db);
  const { ids, withheld } = studentIdsForExport(db, filter, today, rules);
  const tally: Tally = { students: [], rows: 0 };
  let fileName: string;
  let write: (out: Writable) => Promise<void>;
  let notes: string[] = [];
  if (format === 'zip') {
    const zip = await referencesZip(db, ids, today, rules, includeNotAgreed, tally);
    fileName = `reference-lists-${today}.zip`;
    write = writeWhole(zip.content);
    notes = zip.notes;
  } else {
    fileName = `references-${today}.${format}`;
    write = writeTable(format, {
      ...referencesLayout(today),
      batches: referenceBatches(db, ids, today, rules, includeNotAgreed, tally),
    });
  }
  const content = await destination(write, (keep) => {
    const details = {
      format,
      fileName,
      filter: describeFilter(filter),
      students: tally.students,
      fields: referenceListFields,
      rows: tally.rows,
      withheld,
      includeNotAgreed,
    };
    changeWithAudit(db, { action: 'export', entity: 'references', count: tally.students.length, details }, keep);
  });
  const summary = {
    fileName,
    mimeType: mime[format],
    rows: tally.rows,
    withheld,
    warnings: [...withheldWarning(withheld), ...notes],
  };
  return { summary, content };
};

export const exportsReferences = inMemory(exportReferencesTo);

async function referencesZip(
  db: Db,
  ids: readonly number[],
  today: string,
  rules: ReadinessRules,
  includeNotAgreed: boolean,
  tally: Tally,
): Promise<{ content: Uint8Array; notes: string[] }> {
  if (ids.length > maxZipStudents) {
    throw new AppError(
      'invalid_input',
      `A ZIP of reference lists holds at most ${maxZipStudents.toLocaleString('en-US')} students; this filter selects ${ids.length.toLocaleString('en-US')}. Narrow it (for example by class year or cohort), or export CSV/XLSX.`,
      { field: 'format' },
    );
  }
  const students = exportStudents(db, ids);
  const byStudent = groupByStudent(referencesOf(db, ids, today, rules, includeNotAgreed));
  const files: Record<string, Uint8Array> = {};
  let empty = 0;
  for (const student of students) {
    const own = (byStudent.get(student.id) ?? []).slice(0, maxReferences);
    if (own.length === 0) {
      empty += 1;
      continue;
    }
    const name = `${slug(student.displayName, 'student')}${student.externalId ? `-${slug(student.externalId, 'student')}` : `-${student.id}`}-references.pdf`;
    files[name] = await referenceListPdf(documentOf(student, own));
    tally.rows += 1;
  }
  if (tally.rows === 0) {
    throw new AppError('conflict', 'None of the selected students has a reference who agreed yet, so there are no reference lists to put in a ZIP.', {
      reason: 'no_agreed_references',
    });
  }
  tally.students.push(...students.map(studentLabel));
  const notes = empty > 0 ? [`${empty} student${empty === 1 ? ' has' : 's have'} no agreed references and no PDF in the ZIP.`] : [];
  return { content: zipSync(files, { level: 0 }), notes };
}

const readinessLayout = (today: string, rules: ReadinessRules): TableLayout => ({
  sheetName: 'Readiness',
  title: `Reference readiness — exported ${readableDate(today)} (target ${rules.targetReferences} references)`,
  header: [
    'Student',
    'Student ID',
    'Program',
    'Class year',
    'Cohort',
    'Advisor',
    'Readiness',
    'Ready references',
    'Target',
    'Score',
    'Candidates',
    'Next step',
  ],
  widths: [26, 14, 24, 10, 16, 22, 12, 10, 8, 8, 10, 60],
});

function* readinessBatches(db: Db, ids: readonly number[], today: string, rules: ReadinessRules, written: string[]): Generator<Cell[][]> {
  for (const students of studentBatches(db, ids, written)) {
    const batchIds = students.map((s) => s.id);
    const summaries = new Map(summariesOf(db, batchIds, today, rules).map((s) => [s.studentId, s]));
    const nextSteps = nextStepsOf(db, batchIds, today, rules);
    yield students.map((s) => {
      const summary = summaries.get(s.id);
      return [
        s.displayName,
        s.externalId,
        s.program,
        s.classYear,
        s.cohort,
        s.advisorName,
        readinessLevelLabels[summary?.level ?? 'not_started'],
        summary?.readyReferences ?? 0,
        rules.targetReferences,
        summary?.score ?? 0,
        summary?.candidates ?? 0,
        nextSteps.get(s.id) ?? null,
      ];
    });
  }
}

/** One row per student to `destination`: level, ready references against the target, score and the next step. */
export const exportReadinessReportTo: BulkExport<'exports.readinessReport'> = async (db, input, destination, today = officeToday(db)) => {
  const { format, ...filter } = input;
  const rules = readinessRules(db);
  const { ids, withheld } = studentIdsForExport(db, filter, today, rules);
  const layout = readinessLayout(today, rules);
  const students: string[] = [];
  const fileName = `reference-readiness-${today}.${format}`;
  const content = await destination(writeTable(format, { ...layout, batches: readinessBatches(db, ids, today, rules, students) }), (keep) => {
    const details = { format, fileName, filter: describeFilter(filter), students, fields: layout.header, withheld };
    changeWithAudit(db, { action: 'export', entity: 'readiness_report', count: students.length, details }, keep);
  });
  return {
    summary: { fileName, mimeType: mime[format], rows: students.length, withheld, warnings: withheldWarning(withheld) },
    content,
  };
};

export const exportsReadinessReport = inMemory(exportReadinessReportTo);

/** The most relevant candidate's next action per student (the first candidate that still needs one). */
function nextStepsOf(db: Db, studentIds: readonly number[], today: string, rules: ReadinessRules): Map<number, string> {
  const steps = new Map<number, string>();
  for (const row of candidatesOf(db, studentIds, today, rules)) {
    if (steps.has(row.studentId)) continue;
    const action = explainCandidate(row, row.studentFirstName, today, rules).nextAction;
    if (action) steps.set(row.studentId, action);
  }
  return steps;
}

function describeFilter(filter: ExportFilter): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}
