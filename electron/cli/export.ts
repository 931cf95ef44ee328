import { z } from 'zod';
import { procedureSchemas, type ParsedInput } from '../../shared/api/contract';
import { exportResultSchema, type ExportResult } from '../../shared/api/exports';
import { readinessFilters } from '../../shared/api/students';
import { findStudentIdByExternalId, type Db } from '../core/office/database';
import { dispatchAsync, invalidInput, toApiError } from '../core/dispatch';
import { AppError } from '../core/errors';
import { assertWritable, fileDestination, writeFileAtomic, type Destination } from '../core/export/write-file';
import { exportReadinessReportTo, exportReferencesTo, type ExportSummary } from '../core/exports/references';
import { UsageError } from './usage';

export interface ExportArgs {
  what: string | undefined;
  student?: string;
  format?: string;
  out?: string;
  classYear?: string;
  program?: string;
  cohort?: string;
  readiness?: string;
  includeNotAgreed: boolean;
  /** Connection ids picked for one student's list, in print order (--reference, repeated). */
  references?: string[];
}

const classYear = z.coerce.number().int().min(1950).max(2100);

function filterOf(args: ExportArgs) {
  const filter: {
    classYear?: number;
    program?: string;
    cohort?: string;
    readiness?: (typeof readinessFilters)[number];
  } = {};
  if (args.classYear !== undefined) {
    const parsed = classYear.safeParse(args.classYear);
    if (!parsed.success) throw new UsageError(`--class-year must be a year like 2027, got "${args.classYear}".`);
    filter.classYear = parsed.data;
  }
  if (args.program !== undefined) filter.program = args.program;
  if (args.cohort !== undefined) filter.cohort = args.cohort;
  if (args.readiness !== undefined) {
    const parsed = z.enum(readinessFilters).safeParse(args.readiness);
    if (!parsed.success) throw new UsageError(`--readiness must be one of ${readinessFilters.join(', ')}, got "${args.readiness}".`);
    filter.readiness = parsed.data;
  }
  return filter;
}

const candidatesDetail = z.array(z.object({ connectionId: z.number(), name: z.string(), status: z.string() }));

/**
 * The core's refusal for a student with no agreed references is worded for any host; the CLI names its own two ways
 * out, with the connection ids --reference takes (nothing else in the CLI shows them).
 */
function withCliOptions(message: string, details: Record<string, unknown> | undefined): string {
  if (details?.reason !== 'no_agreed_references') return message;
  const candidates = candidatesDetail.safeParse(details.candidates);
  if (!candidates.success || candidates.data.length === 0) return `${message}\nWith the CLI: --include-not-agreed includes references who have not agreed yet.`;
  const listed = candidates.data.map((c) => `  ${c.connectionId}  ${c.name} (${c.status.toLowerCase()})`).join('\n');
  return `${message}\nWith the CLI: --include-not-agreed prints the most relevant candidates, or --reference CONNECTION_ID (repeated, in print order) picks them:\n${listed}`;
}

async function call(db: Db, name: 'exports.referenceList', input: unknown): Promise<ExportResult> {
  const result = await dispatchAsync(db, name, input);
  if (!result.ok) throw new AppError(result.error.code, withCliOptions(result.error.message, result.error.details), result.error.details);
  return exportResultSchema.parse(result.data);
}

const connectionId = z.coerce.number().int().positive();

function pickedReferences(args: ExportArgs): number[] | undefined {
  if (!args.references || args.references.length === 0) return undefined;
  if (args.includeNotAgreed) throw new UsageError('Use either --include-not-agreed or --reference, not both: --reference prints exactly the ones you pick.');
  return args.references.map((value) => {
    const parsed = connectionId.safeParse(value);
    if (!parsed.success) throw new UsageError(`--reference must be a connection id (a whole number), got "${value}".`);
    return parsed.data;
  });
}

/**
 * A bulk export streamed straight into the file (an office's workbook never sits in memory, nor crosses as
 * base64): the same contract check and the same error shape as the API, without the round trip.
 */
async function save<K extends 'exports.references' | 'exports.readinessReport'>(
  db: Db,
  name: K,
  input: unknown,
  out: string,
  run: (db: Db, input: ParsedInput<K>, destination: Destination<void>) => Promise<{ summary: ExportSummary }>,
): Promise<ExportSummary> {
  const parsed = procedureSchemas[name].input.safeParse(input);
  if (!parsed.success) {
    const error = invalidInput(name, parsed.error);
    throw new AppError(error.code, error.message, error.details);
  }
  try {
    return (await run(db, parsed.data, fileDestination(out))).summary;
  } catch (error) {
    const shape = toApiError(error);
    throw new AppError(shape.code, withCliOptions(shape.message, shape.details), shape.details);
  }
}

const singleFormats = ['pdf', 'docx'];

/** What --student cannot be combined with, said in the CLI's own words rather than silently ignored. */
function refuseWithStudent(args: ExportArgs): void {
  if (args.format !== undefined && !singleFormats.includes(args.format)) {
    throw new UsageError(
      `One student's reference list is --format pdf or docx, got "${args.format}". CSV, XLSX and ZIP hold every selected student: leave out --student and filter instead.`,
    );
  }
  const given: [string, string | undefined][] = [
    ['--class-year', args.classYear],
    ['--program', args.program],
    ['--cohort', args.cohort],
    ['--readiness', args.readiness],
  ];
  const filters = given.filter(([, value]) => value !== undefined).map(([flag]) => flag);
  if (filters.length > 0)
    throw new UsageError(`${filters.join(', ')} select${filters.length === 1 ? 's' : ''} students for a bulk export; --student names one already.`);
}

/** `rapport export references|readiness …`: the same exports as the app, written to --out whole or not at all. */
export async function runExport(db: Db, args: ExportArgs): Promise<{ file: string; result: ExportSummary }> {
  if (!args.out) throw new UsageError('--out FILE is required: where to write the export.');
  if (!args.format) throw new UsageError('--format is required.');
  // Checked first: an export that cannot be saved must not be built or recorded in the audit log.
  assertWritable(args.out);
  if (args.what === 'readiness' && args.includeNotAgreed) {
    throw new UsageError('--include-not-agreed is for "export references": the readiness report has one row per student, not their references.');
  }
  if (args.what === 'references' && args.student !== undefined) {
    refuseWithStudent(args);
    const studentId = findStudentIdByExternalId(db, args.student);
    if (studentId === undefined) throw new AppError('not_found', `No student with the external id "${args.student}".`);
    const connectionIds = pickedReferences(args);
    const { base64, ...result } = await call(db, 'exports.referenceList', {
      studentId,
      format: args.format,
      ...(connectionIds ? { connectionIds } : { includeNotAgreed: args.includeNotAgreed }),
    });
    writeFileAtomic(args.out, Buffer.from(base64, 'base64'));
    return { file: args.out, result };
  }
  if (args.references && args.references.length > 0) throw new UsageError('--reference picks the references of one student: use it with --student.');
  let result: ExportSummary;
  if (args.what === 'references') {
    const input = { ...filterOf(args), format: args.format, includeNotAgreed: args.includeNotAgreed };
    result = await save(db, 'exports.references', input, args.out, exportReferencesTo);
  } else if (args.what === 'readiness') {
    result = await save(db, 'exports.readinessReport', { ...filterOf(args), format: args.format }, args.out, exportReadinessReportTo);
  } else {
    throw new UsageError(`Export what? Use "export references" or "export readiness", got "${args.what ?? ''}".`);
  }
  return { file: args.out, result };
}
