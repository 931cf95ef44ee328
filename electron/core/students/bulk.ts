import { z } from 'zod';
import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { bulkSelectionLimit, type BulkChange, type BulkResult } from '../../../shared/api/students';
import { studentStatuses } from '../../../shared/domain';
import { findAdvisor } from '../db/advisors';
import { lastAuditId, writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { readinessRules } from '../office/readiness-rules';
import { officeToday } from '../db/office-day';
import {
  addLabelTo,
  auditDetails,
  selectedStudents,
  setAdvisorOf,
  setStatusOf,
  stampBulk,
  studentStates,
  undoneBy,
  type StudentState,
} from '../db/student-bulk';
import { replaceLabels, selectStudents } from '../db/students';
import { AppError, notFound } from '../errors';
import { currentActor } from '../office/settings';

// Bulk changes from the caseload table: one transaction, one history entry holding every changed student's
// previous value (what Undo puts back), and the versions the list showed checked first — a student changed since
// it was selected refuses the whole change instead of being overwritten. Who may change which student is checked
// before this runs (access/touches.ts names every selected student).

/** What a change replaced for one student: the history entry keeps it, and Undo restores it. */
const previousSchema = z.object({
  id: z.number().int(),
  /** The version after the change: Undo refuses a student changed again since. */
  version: z.number().int(),
  advisorId: z.number().int().nullable().optional(),
  labels: z.array(z.string()).optional(),
  status: z.enum(studentStatuses).optional(),
});
type Previous = z.infer<typeof previousSchema>;
const bulkKind = z.enum(['assignAdvisor', 'addLabel', 'archive']);
/**
 * A bulk change's entry: `students` names them for History (as an export's entry does, which History previews as
 * "Ana Ruiz, Ben Ode, Cy Lam and 12 more"), `previous` holds what Undo restores. Entries written before names were
 * recorded kept the previous values under `students`; Undo still reads them.
 */
const entrySchema = z.union([
  z.object({ bulk: bulkKind, previous: z.array(previousSchema) }),
  z.object({ bulk: bulkKind, students: z.array(previousSchema) }).transform(({ bulk, students }) => ({ bulk, previous: students })),
]);

function names(states: readonly StudentState[]): string {
  const shown = states.slice(0, 3).map((s) => s.displayName);
  return states.length > 3 ? `${shown.join(', ')} and ${states.length - 3} more` : shown.join(', ');
}

function refuseStale(stale: readonly StudentState[], of: number, doing: string): never {
  throw new AppError(
    'conflict',
    `${stale.length} of the ${of} students ${stale.length === 1 ? 'was' : 'were'} changed since ${doing} (${names(stale)}); nothing was changed. Reload the list and try again.`,
    { reason: 'stale', students: stale.map((s) => ({ id: s.id, version: s.version, displayName: s.displayName })) },
  );
}

/** The students in the order asked (each once: a selection naming one twice still changes, counts and undoes them once), refusing unknown ids and versions that moved. */
function currentStates(db: Db, asked: readonly { id: number; version?: number }[], doing: string): StudentState[] {
  const wanted = [...new Map(asked.map((w) => [w.id, w] as const)).values()];
  const byId = new Map(
    studentStates(
      db,
      wanted.map((w) => w.id),
    ).map((s) => [s.id, s]),
  );
  const missing = wanted.find((w) => !byId.has(w.id));
  if (missing) throw notFound('student', missing.id);
  const states = wanted.flatMap((w) => byId.get(w.id) ?? []);
  const stale = wanted.flatMap((w) => {
    const state = byId.get(w.id);
    return state && w.version !== undefined && w.version !== state.version ? [state] : [];
  });
  if (stale.length > 0) refuseStale(stale, wanted.length, doing);
  return states;
}

/** Whether the change would leave this student as they are. */
function alreadySo(state: StudentState, change: BulkChange): boolean {
  if (change.kind === 'assignAdvisor') return state.advisorId === change.advisorId;
  if (change.kind === 'addLabel') return state.labels.includes(change.label);
  return state.status === 'archived';
}

function previousOf(state: StudentState, change: BulkChange): Previous {
  const version = state.version + 1;
  if (change.kind === 'assignAdvisor') return { id: state.id, version, advisorId: state.advisorId };
  if (change.kind === 'addLabel') return { id: state.id, version, labels: state.labels };
  return { id: state.id, version, status: state.status };
}

function applyChange(db: Db, ids: readonly number[], change: BulkChange): void {
  if (change.kind === 'assignAdvisor') setAdvisorOf(db, ids, change.advisorId);
  else if (change.kind === 'addLabel') addLabelTo(db, ids, change.label);
  else setStatusOf(db, ids, 'archived');
}

export function studentsSelection(db: Db, input: ParsedInput<'students.selection'>): ProcedureOutput<'students.selection'> {
  const today = officeToday(db);
  return selectedStudents(db, selectStudents(db, input, today, readinessRules(db)), bulkSelectionLimit);
}

export function studentsBulkChange(db: Db, input: ParsedInput<'students.bulkChange'>): BulkResult {
  const { change } = input;
  if (change.kind === 'assignAdvisor' && change.advisorId !== null && !findAdvisor(db, change.advisorId)) {
    throw new AppError('invalid_input', `There is no advisor with id ${change.advisorId} (they may have just been removed).`, { field: 'advisorId' });
  }
  return transaction(db, () => {
    const states = currentStates(db, input.students, 'you selected them');
    const changing = states.filter((s) => !alreadySo(s, change));
    const ids = changing.map((s) => s.id);
    if (ids.length > 0) {
      applyChange(db, ids, change);
      stampBulk(db, changing, currentActor(db));
    }
    writeAudit(db, {
      actor: currentActor(db),
      action: change.kind === 'archive' ? 'archive' : 'update',
      entity: 'student',
      count: ids.length,
      details: { bulk: change.kind, change, students: changing.map((s) => s.displayName), previous: changing.map((s) => previousOf(s, change)) },
    });
    return { changeId: lastAuditId(db), changed: ids.length, unchanged: states.length - ids.length };
  });
}

function restore(db: Db, previous: Previous, state: StudentState): void {
  if (previous.advisorId !== undefined) setAdvisorOf(db, [state.id], previous.advisorId);
  if (previous.labels !== undefined) replaceLabels(db, state.id, previous.labels);
  if (previous.status !== undefined) setStatusOf(db, [state.id], previous.status);
}

export function studentsBulkUndo(db: Db, input: ParsedInput<'students.bulkUndo'>): BulkResult {
  return transaction(db, () => {
    const parsed = entrySchema.safeParse(auditDetails(db, input.changeId));
    if (!parsed.success) throw notFound('bulk change', input.changeId);
    const entry = parsed.data;
    const sameStudents = new Set(input.studentIds);
    if (entry.previous.length !== sameStudents.size || entry.previous.some((s) => !sameStudents.has(s.id))) {
      throw new AppError('invalid_input', 'studentIds must be the students of the bulk change being undone.', { field: 'studentIds' });
    }
    if (undoneBy(db, input.changeId) !== undefined) throw new AppError('conflict', 'This change was undone already.', { reason: 'undone' });
    const states = currentStates(db, entry.previous, 'this change');
    entry.previous.forEach((previous, i) => {
      const state = states[i];
      if (state) restore(db, previous, state);
    });
    stampBulk(db, states, currentActor(db));
    writeAudit(db, {
      actor: currentActor(db),
      action: 'update',
      entity: 'student',
      count: states.length,
      details: { undoes: input.changeId, bulk: entry.bulk, students: states.map((s) => s.displayName) },
    });
    return { changeId: lastAuditId(db), changed: states.length, unchanged: 0 };
  });
}
