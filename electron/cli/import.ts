import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { importKinds, importReportSchema, importResultSchema, maxImportBytes, type ImportKind, type ImportReport } from '../../shared/api/imports';
import type { Db } from '../core/office/database';
import { dispatch } from '../core/dispatch';
import { AppError } from '../core/errors';
import { writeFileAtomic } from '../core/export/write-file';
import { UsageError } from './usage';

export interface ImportArgs {
  kind: string | undefined;
  file: string | undefined;
  eventId?: string;
  dryRun: boolean;
  skipInvalid: boolean;
}

function isKind(value: string | undefined): value is ImportKind {
  return importKinds.some((k) => k === value);
}

function readInput(file: string): Buffer {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`Cannot read ${file}: no such file.`);
  }
  // Refused before reading: a 2 GB file should not be loaded to be told it is too big.
  if (size > maxImportBytes)
    throw new AppError('invalid_input', `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; imports take files up to 50 MB. Split it and import the parts.`);
  return readFileSync(file);
}

/** `rapport import students|contacts|attendees FILE`: the same dry run and commit as the Import screen. */
export function runImport(db: Db, args: ImportArgs): { report: ImportReport; committed: boolean; errorFile: string | null } {
  if (!isKind(args.kind)) throw new UsageError(`Import what? Use one of ${importKinds.join(', ')}, got "${args.kind ?? ''}".`);
  if (!args.file) throw new UsageError('Which file? rapport import <kind> FILE');
  let eventId: number | undefined;
  if (args.eventId !== undefined) {
    if (!/^\d+$/.test(args.eventId)) throw new UsageError(`--event must be an event id (a whole number), got "${args.eventId}".`);
    eventId = Number(args.eventId);
  }
  if (args.kind === 'attendees' && eventId === undefined) throw new UsageError('Attendees need the event they came to: --event ID.');
  const input = {
    kind: args.kind,
    fileName: basename(args.file),
    content: readInput(args.file).toString('base64'),
    ...(eventId === undefined ? {} : { eventId }),
    ...(args.dryRun ? {} : { skipInvalid: args.skipInvalid }),
  };
  const result = dispatch(db, args.dryRun ? 'imports.preview' : 'imports.commit', input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  if (args.dryRun) return { report: importReportSchema.parse(result.data), committed: false, errorFile: null };
  const committed = importResultSchema.parse(result.data);
  let errorFile: string | null = null;
  if (committed.errorFile) {
    errorFile = join(dirname(args.file), committed.errorFile.fileName);
    writeFileAtomic(errorFile, Buffer.from(committed.errorFile.base64, 'base64'));
  }
  return { report: committed, committed: committed.committed, errorFile };
}

/** The report for people: counts, then every problem line by line. */
export function describeImport(report: ImportReport, outcome: { dryRun: boolean; committed: boolean; errorFile: string | null }): string {
  const c = report.counts;
  const head = outcome.dryRun
    ? `Dry run (nothing written): ${c.rows} rows — ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected.`
    : outcome.committed
      ? `Imported ${c.rows - c.rejected} of ${c.rows} rows — ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged${c.rejected > 0 ? `, ${c.rejected} skipped` : ''}.`
      : `Nothing imported: ${c.rejected} of ${c.rows} rows have problems. Fix them, or use --skip-invalid to import the rest.`;
  const lines = [head, `Read as ${report.encoding}, delimiter "${report.delimiter}".`];
  if (report.ignoredColumns.length > 0) lines.push(`Ignored columns: ${report.ignoredColumns.join(', ')}.`);
  for (const p of report.problems) lines.push(`  line ${p.line}: ${p.message}`);
  if (report.problemCount > report.problems.length) lines.push(`  … and ${report.problemCount - report.problems.length} more problems.`);
  if (outcome.errorFile) lines.push(`Skipped rows written to ${outcome.errorFile}.`);
  return lines.join('\n');
}
