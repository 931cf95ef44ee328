import { zipSync } from 'fflate';
import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportResult, ReadinessRules } from '../../../shared/api/readiness';
import { readinessLevelLabels, readinessStatusLabels, referenceStatusLabels, relationshipKindLabels, contactMethodLabels } from '../../../shared/domain';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/client';
import { candidatesOf, summariesOf, type CandidateRow } from '../db/readiness';
import { studentsForExport, type ExportStudent } from '../db/reference-exports';
import { findStudent } from '../db/students';
import { localToday, readableDate, readableDuration } from '../dates';
import { AppError, notFound } from '../errors';
import type { ReferenceDocument, ReferenceEntry } from '../export/reference-document';
import { referenceListDocx } from '../export/reference-list-docx';
import { referenceListPdf } from '../export/reference-list-pdf';
import { slug } from '../export/file-name';
import { tableCsv, tableXlsx, type ExportTable } from '../export/table';
import { readinessRules } from '../office/readiness-rules';
import { currentActor } from '../office/settings';
import { explainCandidate } from './explain';

// Reference lists an employer can receive, and the office's bulk exports. Confidential students are
// never exported; every export leaves one audit row naming who, which students, which fields and the file.

const maxReferences = 5;
/** A ZIP renders one PDF per student; beyond this the advisor should narrow the filter. */
export const maxZipStudents = 1_000;

const mime = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
} as const;

const referenceListFields = ['student name', 'student email', 'student phone', 'reference name', 'title', 'organisation', 'email', 'phone', 'relationship', 'known for'];

function studentLabel(student: { externalId: string | null; displayName: string }): string {
  return student.externalId ? `${student.displayName} (${student.externalId})` : student.displayName;
}

function relationshipText(row: CandidateRow): string {
  const label = relationshipKindLabels[row.relationship];
  const context = row.context ?? (row.placementRole ? `${row.placementRole}${row.placementEmployer ? ` at ${row.placementEmployer}` : ''}` : null);
  return context ? `${label}, ${context}` : label;
}

function entryOf(row: CandidateRow, today: string): ReferenceEntry {
  return {
    name: row.contactName,
    title: row.contactTitle,
    organisation: row.employerName ?? row.placementEmployer,
    email: row.email,
    phone: row.phone,
    preferredMethod: row.preferredMethod,
    relationship: relationshipText(row),
    knownFor: row.knownSinceOn ? `Known for ${readableDuration(row.knownSinceOn, today)} (since ${readableDate(row.knownSinceOn)})` : null,
    agreed: row.referenceStatus === 'agreed',
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
      throw new AppError('invalid_input', `connectionIds: connection ${id} is not one of ${studentName}'s candidate references (eligible, not declined).`, {
        field: 'connectionIds',
      });
    }
    return row;
  });
}

function documentOf(student: ExportStudent, rows: readonly CandidateRow[], today: string): ReferenceDocument {
  return { student: { name: student.displayName, email: student.email, phone: student.phone }, entries: rows.map((row) => entryOf(row, today)) };
}

function result(fileName: string, format: keyof typeof mime, content: Buffer, rows: number, withheld: number, warnings: string[]): ExportResult {
  return { fileName, mimeType: mime[format], base64: content.toString('base64'), rows, withheld, warnings };
}

function withheldWarning(withheld: number): string[] {
  if (withheld === 0) return [];
  return [`${withheld} student${withheld === 1 ? ' is' : 's are'} under a confidentiality hold and ${withheld === 1 ? 'was' : 'were'} left out.`];
}

/** One student's reference list (PDF or DOCX). */
export async function exportsReferenceList(db: Db, input: ParsedInput<'exports.referenceList'>, today = localToday()): Promise<ExportResult> {
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
  const doc = documentOf(student, chosen, today);
  const content = input.format === 'pdf' ? await referenceListPdf(doc) : await referenceListDocx(doc);
  const fileName = `${slug(student.displayName, 'student')}-references.${input.format}`;
  const notAgreed = chosen.filter((row) => row.referenceStatus !== 'agreed');
  const warnings = notAgreed.map((row) => `${row.contactName} has not agreed to be a reference yet (${referenceStatusLabels[row.referenceStatus].toLowerCase()}).`);
  writeAudit(db, {
    actor: currentActor(db),
    action: 'export',
    entity: 'reference_list',
    entityId: student.id,
    count: 1,
    details: { format: input.format, fileName, students: [studentLabel(student)], fields: referenceListFields, references: chosen.length, notAgreed: notAgreed.length },
  });
  return result(fileName, input.format, content, chosen.length, 0, warnings);
}

type ExportFilter = Omit<ParsedInput<'exports.references'>, 'format' | 'includeNotAgreed'>;

function referencesTable(students: readonly ExportStudent[], rows: readonly CandidateRow[], today: string): ExportTable {
  const byId = new Map(students.map((s) => [s.id, s]));
  return {
    sheetName: 'References',
    title: `References — exported ${readableDate(today)}`,
    header: ['Student', 'Student ID', 'Program', 'Class year', 'Order', 'Reference', 'Title', 'Organisation', 'Email', 'Phone', 'Preferred method', 'Relationship', 'Known since', 'Reference status', 'Readiness'],
    widths: [26, 14, 24, 10, 7, 26, 26, 24, 30, 18, 12, 34, 14, 14, 10],
    rows: rows.map((row) => {
      const student = byId.get(row.studentId);
      return [
        student?.displayName ?? '',
        student?.externalId ?? null,
        student?.program ?? null,
        student?.classYear ?? null,
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
    }),
  };
}

/** Every selected student's references: CSV or XLSX (one row per reference), or a ZIP of reference-list PDFs. */
export async function exportsReferences(db: Db, input: ParsedInput<'exports.references'>, today = localToday()): Promise<ExportResult> {
  const { format, includeNotAgreed, ...filter } = input;
  const rules = readinessRules(db);
  const { students, withheld } = studentsForExport(db, filter, today, rules);
  const all = candidatesOf(db, students.map((s) => s.id), today, rules);
  const rows = includeNotAgreed ? all : all.filter((row) => row.referenceStatus === 'agreed');
  const warnings = withheldWarning(withheld);
  let built: ExportResult;
  if (format === 'zip') {
    built = await referencesZip(students, rows, today, warnings);
  } else {
    const table = referencesTable(students, rows, today);
    const name = `references-${today}.${format}`;
    built = result(name, format, format === 'csv' ? tableCsv(table) : await tableXlsx(table), rows.length, withheld, warnings);
  }
  writeAudit(db, {
    actor: currentActor(db),
    action: 'export',
    entity: 'references',
    count: students.length,
    details: { format, fileName: built.fileName, filter: describeFilter(filter), students: students.map(studentLabel), fields: referenceListFields, rows: built.rows, withheld, includeNotAgreed },
  });
  return built;
}

async function referencesZip(students: readonly ExportStudent[], rows: readonly CandidateRow[], today: string, warnings: string[]): Promise<ExportResult> {
  if (students.length > maxZipStudents) {
    throw new AppError('invalid_input', `A ZIP of reference lists holds at most ${maxZipStudents.toLocaleString('en-US')} students; this filter selects ${students.length.toLocaleString('en-US')}. Narrow it (for example by class year or cohort), or export CSV/XLSX.`, { field: 'format' });
  }
  const byStudent = new Map<number, CandidateRow[]>();
  for (const row of rows) byStudent.set(row.studentId, [...(byStudent.get(row.studentId) ?? []), row]);
  const files: Record<string, Uint8Array> = {};
  let documents = 0;
  let empty = 0;
  for (const student of students) {
    const own = (byStudent.get(student.id) ?? []).slice(0, maxReferences);
    if (own.length === 0) {
      empty += 1;
      continue;
    }
    const name = `${slug(student.displayName, 'student')}${student.externalId ? `-${slug(student.externalId, 'student')}` : `-${student.id}`}-references.pdf`;
    files[name] = await referenceListPdf(documentOf(student, own, today));
    documents += 1;
  }
  if (documents === 0) {
    throw new AppError('conflict', 'None of the selected students has a reference who agreed yet, so there are no reference lists to put in a ZIP.', { reason: 'no_agreed_references' });
  }
  const notes = empty > 0 ? [`${empty} student${empty === 1 ? ' has' : 's have'} no agreed references and no PDF in the ZIP.`] : [];
  return result(`reference-lists-${today}.zip`, 'zip', Buffer.from(zipSync(files, { level: 0 })), documents, 0, [...warnings, ...notes]);
}

/** One row per student: level, ready references against the target, score and the next step. */
export async function exportsReadinessReport(db: Db, input: ParsedInput<'exports.readinessReport'>, today = localToday()): Promise<ExportResult> {
  const { format, ...filter } = input;
  const rules = readinessRules(db);
  const { students, withheld } = studentsForExport(db, filter, today, rules);
  const ids = students.map((s) => s.id);
  const summaries = new Map(summariesOf(db, ids, today, rules).map((s) => [s.studentId, s]));
  const nextSteps = nextStepsOf(db, students, today, rules);
  const table: ExportTable = {
    sheetName: 'Readiness',
    title: `Reference readiness — exported ${readableDate(today)} (target ${rules.targetReferences} references)`,
    header: ['Student', 'Student ID', 'Program', 'Class year', 'Cohort', 'Advisor', 'Readiness', 'Ready references', 'Target', 'Score', 'Candidates', 'Next step'],
    widths: [26, 14, 24, 10, 16, 22, 12, 10, 8, 8, 10, 60],
    rows: students.map((s) => {
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
    }),
  };
  const fileName = `reference-readiness-${today}.${format}`;
  const built = result(fileName, format, format === 'csv' ? tableCsv(table) : await tableXlsx(table), students.length, withheld, withheldWarning(withheld));
  writeAudit(db, {
    actor: currentActor(db),
    action: 'export',
    entity: 'readiness_report',
    count: students.length,
    details: { format, fileName, filter: describeFilter(filter), students: students.map(studentLabel), fields: table.header, withheld },
  });
  return built;
}

/** The most relevant candidate's next action per student (the first candidate that still needs one). */
function nextStepsOf(db: Db, students: readonly ExportStudent[], today: string, rules: ReadinessRules): Map<number, string> {
  const steps = new Map<number, string>();
  for (const row of candidatesOf(db, students.map((s) => s.id), today, rules)) {
    if (steps.has(row.studentId)) continue;
    const action = explainCandidate(row, row.studentFirstName, today, rules).nextAction;
    if (action) steps.set(row.studentId, action);
  }
  return steps;
}

function describeFilter(filter: ExportFilter): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}
