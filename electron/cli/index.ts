import { parseArgs } from 'node:util';
import { checkDatabaseFile, closeDatabase, domainTableCounts, openDatabase, type Db } from '../core/office/database';
import { createDemoOffice } from '../core/office/service';
import { defaultDatabasePath, sourceMigrationsFolder } from '../core/paths';
import { runBackup, runRestore } from './backup';
import { runExport } from './export';
import { describeImport, runImport } from './import';
import { exitCodes, printError, usage, UsageError } from './usage';
import { runUsers } from './users';
import { complain, say, stopQuietlyWhenTheReaderLeaves } from './output';

// A path given to the CLI is never moved aside, whatever is wrong with it (openDatabase's default); `stats`
// only reads, so it neither migrates nor creates anything beside the file.
async function withDatabase<T>(path: string, fn: (db: Db) => T | Promise<T>, access: { readOnly?: boolean } = {}): Promise<T> {
  const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder, readOnly: access.readOnly === true });
  try {
    return await fn(db);
  } finally {
    closeDatabase(db);
  }
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, got "${value}".`);
  return Number(value);
}

function parseToday(value: string): Date {
  const date = new Date(`${value}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--today must be a date like 2026-11-25, got "${value}".`);
  }
  return date;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      students: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      student: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'class-year': { type: 'string' },
      program: { type: 'string' },
      cohort: { type: 'string' },
      readiness: { type: 'string' },
      'include-not-agreed': { type: 'boolean', default: false },
      reference: { type: 'string', multiple: true },
      event: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      advisor: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const [command] = positionals;
  if (values.help || command === 'help') {
    say(usage(command === 'help' ? positionals[1] : command));
    return exitCodes.ok;
  }
  // No command is a mistake: the help goes where errors go.
  if (!command) {
    complain(usage());
    return exitCodes.usage;
  }
  const dbPath = values.db ?? defaultDatabasePath();

  switch (command) {
    case 'demo': {
      const students = positiveInt(values.students, 'students', 300);
      const seed = positiveInt(values.seed, 'seed', 1);
      if (students < 1 || students > 200_000) throw new UsageError('--students must be between 1 and 200000.');
      const started = performance.now();
      const today = values.today === undefined ? new Date() : parseToday(values.today);
      const counts = await withDatabase(dbPath, (db) => createDemoOffice(db, { students, seed, today }));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (values.json) say(JSON.stringify({ database: dbPath, seconds: Number(seconds), counts }, null, 2));
      else say(`Demo office created in ${dbPath} in ${seconds} s: ${counts.students} students, ${counts.interactions} interactions.`);
      return exitCodes.ok;
    }
    case 'stats': {
      const counts = await withDatabase(dbPath, (db) => domainTableCounts(db), { readOnly: true });
      if (values.json) say(JSON.stringify(counts, null, 2));
      else for (const [table, count] of Object.entries(counts)) say(`${table.padEnd(18)} ${count}`);
      return exitCodes.ok;
    }
    case 'check': {
      const report = checkDatabaseFile(dbPath);
      if (values.json) say(JSON.stringify(report, null, 2));
      else say(report.ok ? `${dbPath}: ok` : `${dbPath}: ${report.problems.length} problem(s)\n${report.problems.join('\n')}`);
      return report.ok ? exitCodes.ok : exitCodes.checkFailed;
    }
    case 'export': {
      const { file, result } = await withDatabase(dbPath, (db) =>
        runExport(db, {
          what: positionals[1],
          student: values.student,
          format: values.format,
          out: values.out,
          classYear: values['class-year'],
          program: values.program,
          cohort: values.cohort,
          readiness: values.readiness,
          includeNotAgreed: values['include-not-agreed'],
          references: values.reference,
        }),
      );
      const summary = { file, rows: result.rows, withheld: result.withheld, warnings: result.warnings };
      if (values.json) say(JSON.stringify(summary, null, 2));
      else say([`Wrote ${file} (${result.rows} ${result.rows === 1 ? 'row' : 'rows'}).`, ...result.warnings].join('\n'));
      return exitCodes.ok;
    }
    case 'backup': {
      say(await runBackup(dbPath, values.out));
      return exitCodes.ok;
    }
    case 'restore': {
      say(await runRestore(dbPath, positionals[1]));
      return exitCodes.ok;
    }
    case 'import': {
      const dryRun = values['dry-run'];
      const outcome = await withDatabase(dbPath, (db) =>
        runImport(db, {
          kind: positionals[1],
          file: positionals[2],
          eventId: values.event,
          dryRun,
          skipInvalid: values['skip-invalid'],
        }),
      );
      if (values.json)
        say(
          JSON.stringify(
            {
              dryRun,
              committed: outcome.committed,
              counts: outcome.report.counts,
              problems: outcome.report.problems,
              problemCount: outcome.report.problemCount,
              ignoredColumns: outcome.report.ignoredColumns,
              errorFile: outcome.errorFile,
            },
            null,
            2,
          ),
        );
      else say(describeImport(outcome.report, { dryRun, committed: outcome.committed, errorFile: outcome.errorFile }));
      const clean = dryRun ? outcome.report.counts.rejected === 0 : outcome.committed;
      return clean ? exitCodes.ok : exitCodes.failure;
    }
    case 'users': {
      const outcome = await withDatabase(dbPath, (db) =>
        runUsers(db, {
          action: positionals[1],
          email: values.email,
          name: values.name,
          role: values.role,
          advisor: values.advisor,
          passwordStdin: values['password-stdin'],
          readStdin,
        }),
      );
      say(values.json ? JSON.stringify(outcome.json, null, 2) : outcome.text);
      return exitCodes.ok;
    }
    default:
      throw new UsageError(`Unknown command "${command}". Run with --help to see the commands.`);
  }
}

stopQuietlyWhenTheReaderLeaves();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = printError(error, UsageError);
  },
);
