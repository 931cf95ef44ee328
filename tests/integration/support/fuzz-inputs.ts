import fc from 'fast-check';
import { z } from 'zod';
import { contract, type ProcedureName } from '../../../shared/api/contract';
import { apiResultSchema } from '../../../shared/api/errors';
import type { Db } from '../../../electron/core/db/client';
import { sourceRoot } from '../../../electron/core/paths';
import type { Reply } from '../http-reply';

// The API fuzz test's inputs and checks, shared by the browser-mode run (fuzz.test.ts) and the office server's run
// per role (office-fuzz.test.ts): hostile values and bodies, inputs shaped by each procedure's contract, the
// procedures allowed to write, a snapshot of every table, and the rules a reply must keep.

/** Exports may add their audit row on success, and must not touch any other table. */
export const exportProcedures = new Set<ProcedureName>([
  'exports.referenceList',
  'exports.references',
  'exports.readinessReport',
  'events.exportIcs',
  'events.exportAttendees',
  'events.checkInSheet',
  'dashboard.export',
]);

/**
 * Procedures allowed to change the database when (and only when) they succeed. A failed call must leave
 * every table, the audit log included, exactly as it was; a procedure missing from this list must never
 * change anything. Hostile input rarely succeeds, but `{}` or `null` is a complete input for some.
 */
export const mayWrite = new Map<ProcedureName, string>([
  // Domain writes: creating, editing and deleting records is their purpose.
  ...(
    [
      'app.startEmpty',
      'settings.update',
      'advisors.create',
      'students.create',
      'students.update',
      'students.setStatus',
      'contacts.create',
      'contacts.update',
      'contacts.delete',
      'contacts.merge',
      'employers.create',
      'employers.update',
      'connections.create',
      'connections.update',
      'connections.delete',
      'placements.create',
      'placements.update',
      'placements.delete',
      'interactions.create',
      'interactions.bulkCreate',
      'interactions.update',
      'interactions.delete',
      'keepInTouch.updateWindows',
      'wrapUp.updateTemplates',
      'milestones.create',
      'milestones.markSent',
      'goals.create',
      'goals.update',
      'goals.setDropped',
      'goals.markMet',
      'goals.tryAgain',
      'goals.delete',
      'goals.applyTemplate',
      'goalTemplates.save',
      'events.create',
      'events.update',
      'events.invite',
      'attendance.setRsvp',
      'attendance.checkIn',
      'attendance.pairBuddies',
      'events.logMeeting',
      'readiness.updateRules',
      'students.bulkChange',
      'students.bulkUndo',
      'notes.create',
      'notes.update',
      'notes.delete',
      'tasks.create',
      'tasks.update',
      'tasks.setDone',
      'tasks.delete',
      'sso.updateSettings',
      'events.walkIn',
      'events.setHeld',
      'events.dropNoShowGoals',
      'events.setSelfCheckIn',
    ] satisfies ProcedureName[]
  ).map((name): [ProcedureName, string] => [name, 'writes domain records']),
  // Loads a whole office, and only into an empty database (so here it always refuses).
  ['app.loadDemo', 'fills an empty database'],
  // Imports write the file's rows and their audit entry in one transaction.
  ['imports.commit', 'writes the imported rows'],
  // A phone's check-in: counted for the rate limit and audited even when refused (on the office server).
  ['events.selfCheckIn', 'checks a student in, counts the attempt'],
  // Every export is recorded in the audit log, and only there (exportProcedures).
  ...[...exportProcedures].map((name): [ProcedureName, string] => [name, 'records the export in the audit log']),
  // Backups write files beside the database and an audit entry; `{}` is a complete input for backups.create.
  ['backups.create', 'audits the backup'],
  ['backups.setKeep', 'stores the setting'],
  ['backups.restore', 'replaces the database'],
  // Two-step sign-in: the caller's own secret and recovery codes, and the admin's switch and reset.
  ...(
    [
      'auth.startTwoStep',
      'auth.confirmTwoStep',
      'auth.turnOffTwoStep',
      'auth.newRecoveryCodes',
      'auth.resetTwoStep',
      'auth.requireTwoStepForAdmins',
    ] satisfies ProcedureName[]
  ).map((name): [ProcedureName, string] => [name, 'changes two-step sign-in']),
  // Saved views are the advisor's own named lists.
  ['views.save', 'stores the view'],
  ['views.delete', 'removes the view'],
]);

// Values that break naive code: wrong types, boundary numbers, FTS/SQL/CSV/path syntax, odd Unicode, sizes.
const hostileValues: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 53),
  1e308,
  '',
  ' ',
  '0',
  '1',
  '-1',
  'null',
  'true',
  'NaN',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T25:61:61Z',
  '2026-13-01',
  '"',
  '*',
  '"unbalanced',
  'NEAR(a b)',
  'a OR',
  'AND',
  '-x',
  '^x',
  'first_name:x',
  '(',
  ')',
  "'",
  "'); DROP TABLE students; --",
  '%',
  '_',
  '\\',
  '=HYPERLINK("http://x")',
  '+1',
  '@SUM(A1)',
  '\t=1',
  '\u0000',
  '\u202e',
  '\ud800',
  '😀',
  'a'.repeat(10_241),
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '..\\..\\x.db',
  'x.db',
  'file:///etc/passwd',
  'javascript:alert(1)',
  [],
  [null],
  [1, 2, 3],
  [-1],
  ['a'],
  Array.from({ length: 1001 }, (_, i) => i + 1),
  {},
  { id: 1 },
  { nested: { deeper: [1, '2', null] } },
];

// Bodies no generator writes: not JSON, prototype keys, deep nesting, top-level non-objects.
export const rawBodies = [
  '',
  'null',
  '[]',
  '"text"',
  '42',
  '{',
  '{"a":1}{',
  '\u0000',
  '{"__proto__":{"id":1,"admin":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"id":${'9'.repeat(400)}}`,
];

export const hostileStrings = hostileValues.filter((v): v is string => typeof v === 'string');
// Well-formed values of the formats the contract checks (dates, times, emails, links), so calls get past it.
const wellFormed = [
  'Ada',
  'Lovelace',
  'Data Science',
  'ada@uni.edu',
  'https://example.edu/x',
  '2026-03-01',
  '2025-09-15',
  '2026-03-20T18:00:00.000Z',
  '2026-03',
  'x.db',
];

/** Values of the right JSON type for a contract schema, drawn from hostile and well-formed ones: they reach the handlers. */
function typed(schema: z.core.$ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return fc.option(typed(schema.unwrap(), depth + 1), { nil: undefined, freq: 4 });
  if (schema instanceof z.ZodNullable) return fc.option(typed(schema.unwrap(), depth + 1), { nil: null, freq: 4 });
  if (schema instanceof z.ZodPipe) return typed(schema.in, depth + 1);
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.core.$ZodType> = schema.shape;
    return fc.record(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, typed(field, depth + 1)])));
  }
  if (schema instanceof z.ZodArray) return fc.array(typed(schema.element, depth + 1), { maxLength: 4 });
  if (schema instanceof z.ZodRecord)
    return fc.dictionary(fc.constantFrom(...hostileStrings, ...wellFormed), typed(schema.valueType, depth + 1), {
      maxKeys: 3,
    });
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...schema.options);
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...schema.values);
  if (schema instanceof z.ZodUnion) return fc.oneof(...schema.options.map((option: z.core.$ZodType) => typed(option, depth + 1)));
  switch (schema._zod.def.type) {
    case 'string':
      return fc.oneof(fc.constantFrom(...hostileStrings), fc.constantFrom(...wellFormed), fc.string({ maxLength: 12 }));
    case 'number':
      // Small ids exist in the demo office; the rest are boundaries.
      return fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(0, -1, 2 ** 31, 100_000, 2 ** 53 - 1, 0.5));
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

/** The procedure's own keys with wrong-typed or hostile values, any subset of them, sometimes with a key it does not know. */
function nearMiss(name: ProcedureName): fc.Arbitrary<unknown> {
  const input: z.ZodType = contract[name].input;
  const keys = input instanceof z.ZodObject ? Object.keys(input.shape) : [];
  const value = fc.oneof({ arbitrary: fc.constantFrom(...hostileValues), weight: 3 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 });
  const shaped = fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] });
  return fc.oneof(
    shaped,
    shaped.map((fields) => ({ ...fields, notAField: 1 })),
  );
}

/**
 * Too slow to call with inputs that pass the contract 25 times over (a ZIP of reference-list PDFs for the
 * whole office, a DOCX/PDF per call): they get only the inputs the contract rejects, which still prove
 * the host answers them with a structured error and writes nothing.
 */
const slow = new Set<ProcedureName>(['exports.references', 'exports.referenceList']);

export const fuzzInputs = (name: ProcedureName): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: nearMiss(name), weight: 2 },
    { arbitrary: slow.has(name) ? nearMiss(name) : typed(contract[name].input), weight: 3 },
    { arbitrary: fc.jsonValue(), weight: 1 },
    { arbitrary: fc.object(), weight: 1 },
  );

/** A fixed seed per procedure, so runs are repeatable and procedures do not all get the same inputs. */
export const seedOf = (name: string): number => [...name].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) | 0, 7);

const tableRow = z.object({ name: z.string(), sql: z.string().nullable() });

/** Every stored table's rows as text (FTS shadow tables included; the virtual tables only mirror them). */
export function snapshot(db: Db): Map<string, string> {
  const tables = z
    .array(tableRow)
    .parse(db.sqlite.prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all());
  const rows = new Map<string, string>();
  for (const { name, sql } of tables) {
    if (sql?.startsWith('CREATE VIRTUAL')) continue;
    rows.set(name, JSON.stringify(db.sqlite.prepare(`select * from "${name}"`).raw().all()));
  }
  return rows;
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name));
}

// A stack frame ("at fn (/path/file.ts:12:3)") or a source path of the server must never reach a client.
const stackTrace = /\n\s+at |\bat (?:\S+ \()?(?:\/|[A-Za-z]:\\|file:|node:)\S*:\d+|\.(?:[cm]?js|tsx?):\d+:\d+/;

/** Checks one reply against the transport's rules (and the procedure's output schema); returns the problem in words, or null. */
export function problemWith(output: z.core.$ZodType, reply: Reply): string | null {
  if (reply.status >= 500 || reply.status < 200 || (reply.status > 200 && reply.status < 400)) return `HTTP ${reply.status}: ${reply.text.slice(0, 300)}`;
  let body: unknown;
  try {
    body = JSON.parse(reply.text);
  } catch {
    return `body is not JSON: ${reply.text.slice(0, 300)}`;
  }
  const result = apiResultSchema.safeParse(body);
  if (!result.success) return `body is not { ok, data } or { ok: false, error: { code, message } }: ${reply.text.slice(0, 300)}`;
  if (result.data.ok) {
    if (reply.status !== 200) return `ok: true with HTTP ${reply.status}`;
    const data = z.safeParse(output, result.data.data);
    if (!data.success) return `output does not match the contract: ${data.error.message.slice(0, 300)}`;
    return null;
  }
  if (reply.status === 200) return `an error with HTTP 200: ${reply.text.slice(0, 300)}`;
  const errorText = JSON.stringify(result.data.error);
  if (stackTrace.test(errorText) || errorText.includes(sourceRoot)) return `stack trace or source path in the error: ${errorText.slice(0, 300)}`;
  return null;
}

/** Whether a call that succeeded may have changed these tables (exports: only their audit entry). */
export function mayChange(name: ProcedureName, changed: readonly string[]): boolean {
  return mayWrite.has(name) && (!exportProcedures.has(name) || changed.every((table) => table === 'audit_log'));
}
