import type { ParsedInput } from '../../../shared/api/contract';
import { importFields, type ImportKind, type ImportResult } from '../../../shared/api/imports';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { officeToday } from '../db/office-day';
import { AppError } from '../errors';
import { tableCsv } from '../export/table';
import { readEvent } from '../events/service';
import { currentActor } from '../office/settings';
import { importAttendees } from './attendees';
import { importContacts } from './contacts';
import { ignoredColumns, resolveMapping, type ColumnMapping } from './mapping';
import { readCsv, type CsvTable } from './read-file';
import type { RowOutcome } from './rows';
import { importStudents } from './students';

// A whole import in one transaction: the rows are written as they are read, and the transaction is
// rolled back for a dry run, or when any row is rejected and the import is all-or-nothing. The counts
// of a dry run are therefore exactly what the commit will do.

const maxProblems = 1_000;
const previewRows = 20;

/** Thrown inside the transaction to undo it; never leaves this module. */
class Undo extends Error {}

/** Without one of these columns a row cannot be matched or created. */
const keyFields: Record<ImportKind, string[][]> = {
  students: [['externalId'], ['schoolEmail'], ['firstName', 'lastName']],
  contacts: [['email'], ['firstName', 'lastName']],
  attendees: [['email'], ['externalId']],
};

function missingKey(kind: ImportKind, mapping: readonly ColumnMapping[]): string | null {
  const mapped = new Set(mapping.map((m) => m.field));
  if (keyFields[kind].some((fields) => fields.every((f) => mapped.has(f)))) return null;
  const labels: Record<string, string> = importFields[kind];
  const options = keyFields[kind].map((fields) => fields.map((f) => labels[f] ?? f).join(' + ')).join(', or ');
  return `No column is mapped to ${options}: choose which column holds it in the mapping.`;
}

interface Run {
  table: CsvTable;
  mapping: ColumnMapping[];
  outcomes: RowOutcome[];
  committed: boolean;
  details: Record<string, unknown>;
}

function run(db: Db, input: ParsedInput<'imports.preview'>, write: { commit: boolean; skipInvalid: boolean }): Run {
  const table = readCsv(Buffer.from(input.content, 'base64'));
  const mapping = resolveMapping(input.kind, table.headers, input.mapping);
  const missing = missingKey(input.kind, mapping);
  if (missing) {
    const outcomes = table.records.map((r): RowOutcome => ({
      line: r.line,
      action: 'reject',
      values: {},
      problems: [],
    }));
    const first = outcomes[0];
    if (first) first.problems.push({ line: 1, column: null, message: missing });
    return { table, mapping, outcomes, committed: false, details: {} };
  }
  const event = input.kind === 'attendees' ? eventFor(db, input.eventId) : null;
  let outcomes: RowOutcome[] = [];
  let committed = false;
  const details: Record<string, unknown> = {};
  try {
    // IMMEDIATE (through transaction()): the import reads before it writes, so it must hold the write lock first.
    transaction(db, () => {
      if (input.kind === 'students') outcomes = importStudents(db, table, mapping, officeToday(db));
      else if (input.kind === 'contacts') {
        const result = importContacts(db, table, mapping);
        outcomes = result.outcomes;
        details.employersCreated = result.employersCreated;
      } else if (event) {
        outcomes = importAttendees(db, table, mapping, event);
        details.event = event.title;
      }
      const rejected = outcomes.filter((o) => o.action === 'reject').length;
      if (!write.commit || (rejected > 0 && !write.skipInvalid)) throw new Undo();
      // Recorded in the same transaction: an import is never there without its audit row, nor the reverse.
      // A file of headers only changes nothing and leaves no row in the log.
      const counts = countOf(outcomes);
      if (outcomes.length > 0)
        writeAudit(db, {
          actor: currentActor(db),
          action: 'import',
          entity: input.kind,
          entityId: input.kind === 'attendees' ? (input.eventId ?? null) : null,
          count: counts.created + counts.updated,
          details: { fileName: input.fileName, kind: input.kind, ...counts, skipped: counts.rejected, ...details },
        });
      committed = true;
    });
  } catch (error) {
    if (!(error instanceof Undo)) throw error;
  }
  return { table, mapping, outcomes, committed, details };
}

function eventFor(db: Db, eventId: number | undefined) {
  if (eventId === undefined) throw new AppError('invalid_input', 'Choose the event these attendees came to.', { field: 'eventId' });
  return readEvent(db, eventId);
}

function countOf(outcomes: readonly RowOutcome[]) {
  const count = (action: RowOutcome['action']) => outcomes.filter((o) => o.action === action).length;
  return {
    rows: outcomes.length,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    rejected: count('reject'),
  };
}

function report(input: ParsedInput<'imports.preview'>, r: Run) {
  const problems = r.outcomes.flatMap((o) => o.problems);
  return {
    kind: input.kind,
    encoding: r.table.encoding,
    delimiter: r.table.delimiter,
    headers: r.table.headers,
    mapping: r.mapping,
    ignoredColumns: ignoredColumns(r.mapping),
    preview: r.outcomes.slice(0, previewRows).map((o) => ({ line: o.line, action: o.action, values: o.values })),
    counts: countOf(r.outcomes),
    problems: problems.slice(0, maxProblems),
    problemCount: problems.length,
  };
}

export function importsPreview(db: Db, input: ParsedInput<'imports.preview'>) {
  return report(input, run(db, input, { commit: false, skipInvalid: false }));
}

export function importsCommit(db: Db, input: ParsedInput<'imports.commit'>): ImportResult {
  const r = run(db, input, { commit: true, skipInvalid: input.skipInvalid });
  const result = report(input, r);
  const skipped = r.committed ? r.outcomes.filter((o) => o.action === 'reject') : [];
  return {
    ...result,
    committed: r.committed,
    errorFile: skipped.length > 0 ? errorFile(input.fileName, r.table, skipped) : null,
    changed: r.committed
      ? r.outcomes
          .flatMap((o) => (o.changed && (o.action === 'create' || o.action === 'update') ? [{ ...o.changed, action: o.action }] : []))
          .slice(0, previewRows)
      : [],
    studentIds:
      r.committed && result.kind === 'students'
        ? r.outcomes.flatMap((o) => (o.changed && (o.action === 'create' || o.action === 'update') ? [o.changed.id] : []))
        : [],
  };
}

/** The skipped rows as they were, with the reason in a last column, to fix and import again. */
function errorFile(fileName: string, table: CsvTable, skipped: readonly RowOutcome[]) {
  const byLine = new Map(table.records.map((r) => [r.line, r.values]));
  const content = tableCsv({
    sheetName: 'Skipped',
    title: '',
    header: [...table.headers, 'Problem'],
    widths: [],
    // Short rows are padded so the reason always lands in the Problem column.
    rows: skipped.map((o) => {
      const values = byLine.get(o.line) ?? [];
      const padded = [...values, ...Array.from({ length: Math.max(0, table.headers.length - values.length) }, () => '')];
      return [...padded, o.problems.map((p) => `Line ${p.line}: ${p.message}`).join(' ')];
    }),
  });
  const base = fileName.replace(/\.[^.]+$/, '');
  return {
    fileName: `${base}-skipped-rows.csv`,
    mimeType: 'text/csv; charset=utf-8',
    base64: content.toString('base64'),
  };
}
