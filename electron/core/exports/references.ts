import type { Writable } from 'node:stream';
import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportResult } from '../../../shared/api/exports';
import type { ReadinessRules } from '../../../shared/api/readiness';
import { readinessLevelLabels, readinessStatusLabels, referenceStatusLabels, contactMethodLabels } from '../../../shared/domain';
import { writeAudit } from '../db/audit';
import { changeWithAudit } from '../audit/record';
import type { Db } from '../db/client';
import { candidatesOf, summariesOf, type CandidateRow } from '../db/readiness';
import { exportStudents, studentIdsForExport, type ExportStudent } from '../db/reference-exports';
import { findStudent } from '../db/students';
import type { DateFormat } from '../../../shared/date-format';
import { readableDate } from '../dates';
import { officeDateFormat, officeToday } from '../db/office-day';
import { AppError, notFound } from '../errors';
import type { ReferenceDocument } from '../export/reference-document';
import { referenceListDocx } from '../export/reference-list-docx';
import { referenceListPdf } from '../export/reference-list-pdf';
import { exportMimeTypes as mime, slug, uniqueNames } from '../export/file-name';
import { calendarDay, writeCsv, writeXlsx, type Cell, type StreamedTable, type TableLayout } from '../export/table';
import { memoryDestination, type Destination } from '../export/write-file';
import { readinessRules } from '../office/readiness-rules';
import { currentActor } from '../office/settings';
import { explainCandidate } from '../readiness/explain';
import { entryOf, organisationText, relationshipText } from './reference-entry';
import { streamZip, type ZipEntry } from '../export/zip-stream';

// Reference lists an employer can receive, and the office's bulk exports. Confidential students are
// never exported; every export leaves one audit row naming who, which students, which fields and the file.

const maxReferences = 5;
/**
 * A ZIP renders one PDF per student, streamed into the file as each is made (memory does not grow with it); a whole
 * office's class of 4,500 fits. Beyond this the advisor should narrow the filter: the wait grows with every PDF.
 */
export const maxZipStudents = 5_000;

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
  'known since',
];

function studentLabel(student: { externalId: string | null; displayName: string }): string {
  return student.externalId ? `${student.displayName} (${student.externalId})` : student.displayName;
}

/**
 * The references to print: the advisor's pick in their order, else the most relevant ones (agreed ones only unless
 * `includeNotAgreed`). The refusal is worded for any host and carries the candidates, so a host can name its own
 * way to pick them (the app's checkboxes, the CLI's --reference).
 */
function chooseReferences(
  rows: readonly CandidateRow[],
  studentName: string,
  input: { connectionIds?: readonly number[]; includeNotAgreed: boolean },
): CandidateRow[] {
  const { connectionIds } = input;
  if (connectionIds === undefined) {
    const chosen = rows.filter((row) => input.includeNotAgreed || row.referenceStatus === 'agreed').slice(0, maxReferences);
    if (chosen.length === 0) {
      const candidates = rows.map((row) => ({ connectionId: row.connectionId, name: row.contactName, status: referenceStatusLabels[row.referenceStatus] }));
      throw new AppError(
        'conflict',
        rows.length === 0
          ? `${studentName} has no candidate references (supervisors, mentors, faculty or coworkers who have not declined), so there is nothing to put on the list.`
          : `${studentName} has no references who have agreed yet, so there is nothing to put on the list. Ask one of their ${rows.length} candidate${rows.length === 1 ? '' : 's'} first, or choose the references to print yourself: the list never says who has not agreed, the export warns you instead.`,
        { reason: rows.length === 0 ? 'no_candidates' : 'no_agreed_references', candidates },
      );
    }
    return chosen;
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

/** The list as printed: entries numbered 1.. in print order. */
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
  const chosen = chooseReferences(candidatesOf(db, [student.id], today, rules), student.displayName, input);
  const doc = documentOf(student, chosen);
  const content = input.format === 'pdf' ? await referenceListPdf(doc) : await referenceListDocx(doc);
  const fileName = `${slug(student.displayName, 'student')}-references.${input.format}`;
  const notAgreed = doc.entries.filter((entry) => !entry.agreed);
  const warnings = notAgreed.map(
    (entry) =>
      `${entry.name} (number ${entry.order} on ${student.displayName}'s list) has not agreed to be a reference yet; the list does not say so. Ask them before it goes out.`,
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

/** The selected students a batch at a time. */
function* studentBatches(db: Db, ids: readonly number[]): Generator<ExportStudent[]> {
  for (let start = 0; start < ids.length; start += batchSize) yield exportStudents(db, ids.slice(start, start + batchSize));
}

const referencesLayout = (today: string, format: DateFormat): TableLayout => ({
  sheetName: 'References',
  title: `References — exported ${readableDate(today, format)}`,
  header: [
    'Student',
    'Student ID',
    'Program',
    'Class year',
    'Order',
    'On the list',
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
  widths: [26, 14, 24, 10, 7, 10, 26, 26, 24, 30, 18, 12, 34, 14, 14, 10],
  kinds: { 'Class year': 'year', Order: 'integer', 'Known since': 'date' },
});

/**
 * One reference. Order is its position on the student's printed list (the PDF in a ZIP made with the same options);
 * references beyond the five a list prints carry on the numbering and say "No" under "On the list".
 */
function referenceRow(student: ExportStudent, row: CandidateRow, order: number): Cell[] {
  return [
    student.displayName,
    student.externalId,
    student.program,
    student.classYear,
    order,
    order <= maxReferences ? 'Yes' : 'No',
    row.contactName,
    row.contactTitle,
    organisationText(row),
    row.email,
    row.phone,
    row.preferredMethod ? contactMethodLabels[row.preferredMethod] : null,
    relationshipText(row),
    row.knownSinceOn ? calendarDay(row.knownSinceOn) : null,
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

/**
 * Each student's references (most relevant first), the students in name order like every other export. The audit
 * names the students with at least one row: the others are not in the file.
 */
function* referenceBatches(db: Db, ids: readonly number[], today: string, rules: ReadinessRules, includeNotAgreed: boolean, tally: Tally): Generator<Cell[][]> {
  for (const students of studentBatches(db, ids)) {
    const byStudent = groupByStudent(
      referencesOf(
        db,
        students.map((s) => s.id),
        today,
        rules,
        includeNotAgreed,
      ),
    );
    const rows = students.flatMap((student) => {
      const own = byStudent.get(student.id) ?? [];
      if (own.length > 0) tally.students.push(studentLabel(student));
      return own.map((row, i) => referenceRow(student, row, i + 1));
    });
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
    const zip = referencesZip(db, { ids, withheld }, today, rules, includeNotAgreed, tally);
    fileName = `reference-lists-${today}.zip`;
    write = zip.write;
    notes = zip.notes;
  } else {
    fileName = `references-${today}.${format}`;
    write = writeTable(format, {
      ...referencesLayout(today, officeDateFormat(db)),
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

/** "Ana Silva, Ben Ito and 3 more": a warning names people, but stays readable for a whole office. */
function namesList(names: readonly string[], shown = 10): string {
  const named = names.slice(0, shown);
  const rest = names.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}` : (named[0] ?? '');
}

/**
 * The ZIP's lists, decided before any PDF is made: who gets one (the audit names exactly them), the file names
 * (unique, whatever names the students share), and what the advisor is told about who was left out and why.
 */
function referencesZip(
  db: Db,
  { ids, withheld }: { ids: readonly number[]; withheld: number },
  today: string,
  rules: ReadinessRules,
  includeNotAgreed: boolean,
  tally: Tally,
) {
  if (ids.length === 0) {
    // Not "has no agreed references": nobody could have any, and --include-not-agreed would not help.
    throw new AppError(
      'conflict',
      [withheldWarning(withheld)[0], 'No student the filter selects can be exported, so there are no reference lists to put in a ZIP.']
        .filter(Boolean)
        .join(' '),
      { reason: 'no_students' },
    );
  }
  if (ids.length > maxZipStudents) {
    throw new AppError(
      'invalid_input',
      `A ZIP of reference lists holds at most ${maxZipStudents.toLocaleString('en-US')} students; this filter selects ${ids.length.toLocaleString('en-US')}. Narrow it (for example by class year or cohort), or export CSV/XLSX.`,
      { field: 'format' },
    );
  }
  const byStudent = groupByStudent(referencesOf(db, ids, today, rules, includeNotAgreed));
  const fileName = uniqueNames();
  const lists: { fileName: string; doc: ReferenceDocument }[] = [];
  const leftOut: string[] = [];
  const notAgreed: string[] = [];
  for (const students of studentBatches(db, ids)) {
    for (const student of students) {
      const own = (byStudent.get(student.id) ?? []).slice(0, maxReferences);
      if (own.length === 0) {
        leftOut.push(studentLabel(student));
        continue;
      }
      const doc = documentOf(student, own);
      const stem = `${slug(student.displayName, 'student')}${student.externalId ? `-${slug(student.externalId, 'id')}` : ''}`;
      lists.push({ fileName: fileName(stem, '-references.pdf'), doc });
      tally.students.push(studentLabel(student));
      notAgreed.push(...doc.entries.filter((entry) => !entry.agreed).map((entry) => `${entry.name} (on ${student.displayName}'s list)`));
    }
  }
  if (lists.length === 0) {
    throw new AppError(
      'conflict',
      includeNotAgreed
        ? 'None of the selected students has a candidate reference, so there are no reference lists to put in a ZIP.'
        : 'None of the selected students has a reference who agreed yet, so there are no reference lists to put in a ZIP.',
      { reason: includeNotAgreed ? 'no_candidates' : 'no_agreed_references' },
    );
  }
  tally.rows = lists.length;
  const why = includeNotAgreed ? 'no candidate references' : 'no references who agreed yet';
  const notes = [
    ...(leftOut.length > 0
      ? [`${leftOut.length} student${leftOut.length === 1 ? ' has' : 's have'} ${why} and no PDF in the ZIP: ${namesList(leftOut)}.`]
      : []),
    ...(notAgreed.length > 0
      ? [
          `${notAgreed.length} reference${notAgreed.length === 1 ? ' has' : 's have'} not agreed yet, and the lists do not say so: ${namesList(notAgreed)}. Ask them before the lists go out.`,
        ]
      : []),
  ];
  const entries = lists.map((list): ZipEntry => ({ name: list.fileName, content: () => referenceListPdf(list.doc) }));
  return { write: (out: Writable) => streamZip(out, entries), notes };
}

const readinessLayout = (today: string, rules: ReadinessRules, format: DateFormat): TableLayout => ({
  sheetName: 'Readiness',
  title: `Reference readiness — exported ${readableDate(today, format)} (target ${rules.targetReferences} references)`,
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
  widths: [26, 14, 24, 10, 16, 22, 12, 10, 8, 8, 11, 60],
  kinds: { 'Class year': 'year', 'Ready references': 'integer', Target: 'integer', Score: 'integer', Candidates: 'integer' },
});

function* readinessBatches(db: Db, ids: readonly number[], today: string, rules: ReadinessRules, written: string[]): Generator<Cell[][]> {
  for (const students of studentBatches(db, ids)) {
    written.push(...students.map(studentLabel));
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
  const layout = readinessLayout(today, rules, officeDateFormat(db));
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
  const format = officeDateFormat(db);
  for (const row of candidatesOf(db, studentIds, today, rules)) {
    if (steps.has(row.studentId)) continue;
    const action = explainCandidate(row, row.studentFirstName, today, rules, format).nextAction;
    if (action) steps.set(row.studentId, action);
  }
  return steps;
}

function describeFilter(filter: ExportFilter): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}
