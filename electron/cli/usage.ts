import { busyMessage, isBusy } from '../core/office/database';
import { AppError, DatabaseOpenError } from '../core/errors';
import { complain } from './output';

/** A mistake in the command line itself: exit code 64 and a one-line message. */
export class UsageError extends Error {}

// 75 is sysexits' EX_TEMPFAIL: another program held the database; the same command may simply be run again.
export const exitCodes = { ok: 0, failure: 1, usage: 64, databaseUnavailable: 66, checkFailed: 65, busy: 75 } as const;

const commands: Record<string, string> = {
  demo: `rapport demo [--students N] [--seed S] [--today YYYY-MM-DD] [--json]
  Fills an empty database with a realistic demo office (default 300 students, seed 1), dated
  around today (or --today). The same seed and date always give the same office.
  Refuses a database that already holds students.`,
  stats: `rapport stats [--json]
  Prints the number of rows in every table.`,
  check: `rapport check [--json]
  Runs SQLite's full integrity and foreign-key checks without changing the file, then recomputes every
  stored derived fact (goal status, goal summaries, keep-in-touch clocks, readiness windows, reference
  candidates, follow-ups, last activity) from the records and names the first mismatch of each.
  Exit code 0 when healthy, ${exitCodes.checkFailed} when a problem is found.`,
  export: `rapport export references --student EXTERNAL_ID --format pdf|docx --out FILE [--include-not-agreed | --reference ID ...]
  rapport export references --format csv|xlsx|zip --out FILE [filters] [--include-not-agreed]
  rapport export readiness --format csv|xlsx --out FILE [filters]
  One student's reference list (agreed references, most relevant first; --include-not-agreed: the most
  relevant candidates whether they agreed or not; --reference CONNECTION_ID, repeated, in print order: the
  ones you pick, at most 5); every selected student's references (one row per reference, or a ZIP of
  reference-list PDFs); or the readiness report (one row per student). The list never prints who has not
  agreed: the command warns instead. Filters: --class-year Y, --program P, --cohort C, --readiness ready|building|not_started|not_ready.
  Confidential students are never exported. The file is written whole or not at all; each export is audited.`,
  backup: `rapport backup [--out FILE]
  Writes a verified copy of the database (SQLite online backup, then quick_check and row counts against
  the source, then renamed into place) into the backups folder beside it, or to FILE.`,
  restore: `rapport restore FILE
  Verifies FILE is a healthy Rapport database, keeps the current data aside as a verified backup, and
  puts FILE in its place (migrated if it is from an older version). A file that is not a valid Rapport
  backup is refused and nothing changes.`,
  import: `rapport import students|contacts|attendees FILE [--event ID] [--dry-run] [--skip-invalid] [--json]
  Reads a CSV (UTF-8 or UTF-16; comma, semicolon or tab; Handshake and generic headers recognised) and
  upserts by student ID, else email: re-importing the same file changes nothing, blank cells never erase.
  All or nothing unless --skip-invalid, which imports the valid rows and writes the rest, with the reason,
  to FILE-skipped-rows.csv. --dry-run reports every problem and writes nothing. Attendees need --event.
  Exit code 0 when clean, 1 when rows were rejected.`,
  users: `rapport users list [--json]
  rapport users add --email E --name N --role R [--advisor ID] --password-stdin
  rapport users set-role --email E --role R
  rapport users disable|enable --email E
  rapport users reset-password --email E --password-stdin
  The office server's accounts. Roles: admin, director, advisor, frontdesk, viewer; --advisor links the
  account to an advisor (their caseload). The password is read from standard input, never the command
  line: at least 12 characters, not a common password, not containing the email's name. A role change,
  disabling or a new password ends the user's sessions. Each change is audited as "cli".`,
};

export function usage(command?: string): string {
  if (command && commands[command])
    return `${commands[command]}\n\nCommon options:\n  --db PATH   database file (default: the desktop app's file)\n  --help      this help`;
  return `Rapport command line: the same core as the desktop app.

Usage: npm run rapport -- [--db PATH] <command> [options]

Commands:
${Object.values(commands)
  .map((text) => `  ${text.replace(/\n/g, '\n  ')}`)
  .join('\n\n')}

Options:
  --db PATH   database file (default: the desktop app's file in the user-data folder)
  --json      machine-readable output
  --help      show help (also: rapport help <command>)`;
}

/** Prints one clear line for an error and returns the exit code. */
export function printError(error: unknown, usageError: new (...args: never[]) => Error): number {
  if (error instanceof usageError) {
    complain(`rapport: ${error.message}`);
    return exitCodes.usage;
  }
  if (error instanceof DatabaseOpenError) {
    complain(`rapport: ${error.message}`);
    // Locked by another program: nothing is wrong with the file, the same command can simply run again.
    return error.problem === 'busy' ? exitCodes.busy : exitCodes.databaseUnavailable;
  }
  if (error instanceof AppError) {
    complain(`rapport: ${error.message}`);
    return error.details?.reason === 'busy' ? exitCodes.busy : exitCodes.failure;
  }
  if (isBusy(error)) {
    complain(`rapport: ${busyMessage}`);
    return exitCodes.busy;
  }
  if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    complain(`rapport: ${error.message}. Run with --help to see the options.`);
    return exitCodes.usage;
  }
  complain(`rapport: ${error instanceof Error ? error.message : String(error)}`);
  return exitCodes.failure;
}
