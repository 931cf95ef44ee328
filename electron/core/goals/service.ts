import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Goal } from '../../../shared/api/goals';
import { changeWithAudit, deleteRecorded } from '../audit/record';
import { transaction, type Db } from '../db/client';
import {
  deleteGoal,
  goalOwner,
  goalsOf,
  insertGoal,
  lastMetRung,
  overlappingGoals,
  setMetOn,
  listTemplates,
  saveTemplates,
  setGoalDropped,
  updateGoal,
  type GoalValues,
} from '../db/goals';
import { findStudent } from '../db/students';
import { officeToday } from '../db/office-day';
import { AppError, notFound } from '../errors';
import { invalidReference } from '../validate';
import { findEventSummary } from '../db/events';
import { saveEdit } from '../record-edit';

export function readGoal(db: Db, id: number): Goal {
  const [goal] = goalsOf(db, 'goal', id, officeToday(db));
  if (!goal) throw notFound('goal', id);
  return goal;
}

function assertWritable(db: Db, v: GoalValues, exceptId?: number): void {
  if (!findStudent(db, v.studentId)) throw invalidReference('studentId', 'student', v.studentId);
  if (v.eventId !== null && !findEventSummary(db, v.eventId)) throw invalidReference('eventId', 'event', v.eventId);
  if (v.windowStartOn !== null && v.windowEndOn !== null) {
    const [other] = overlappingGoals(db, {
      studentId: v.studentId,
      kind: v.kind,
      from: v.windowStartOn,
      to: v.windowEndOn,
      exceptId: exceptId ?? null,
    });
    if (other) {
      throw new AppError(
        'conflict',
        `“${other.description}” (${other.windowStartOn} to ${other.windowEndOn}) already counts the same things in this window; change its dates or drop it first.`,
        { field: 'windowStartOn', goalId: other.id },
      );
    }
  }
}

/** Saves; the write layer brings the goal's status in line with the records in the same transaction. */
function save(db: Db, v: GoalValues, id?: number): number {
  return transaction(db, () => {
    if (id === undefined) return insertGoal(db, v);
    updateGoal(db, id, v);
    return id;
  });
}

export function goalsForStudent(db: Db, input: ParsedInput<'goals.forStudent'>): Goal[] {
  if (!findStudent(db, input.studentId)) throw notFound('student', input.studentId);
  return goalsOf(db, 'student', input.studentId, officeToday(db));
}

export function goalsCreate(db: Db, input: GoalValues): Goal {
  assertWritable(db, input);
  return readGoal(db, save(db, input));
}

export function goalsUpdate(db: Db, input: ParsedInput<'goals.update'>): Goal {
  const { id, version, ...values } = input;
  saveEdit(db, { table: 'goals', entity: 'goal', id, version, current: () => readGoal(db, id), name: (g) => `The goal "${g.description}"` }, () => {
    const owner = goalOwner(db, id);
    if (!owner) throw notFound('goal', id);
    if (owner.studentId !== values.studentId) throw new AppError('invalid_input', 'A goal stays with its student.', { field: 'studentId' });
    assertWritable(db, values, id);
    save(db, values, id);
  });
  return readGoal(db, id);
}

export function goalsSetDropped(db: Db, input: ParsedInput<'goals.setDropped'>): Goal {
  const owner = goalOwner(db, input.id);
  if (!owner) throw notFound('goal', input.id);
  setGoalDropped(db, input.id, input.dropped);
  return readGoal(db, input.id);
}

/** For what cannot be logged (custom goals, questions asked): the student reports it done. */
export function goalsMarkMet(db: Db, input: ParsedInput<'goals.markMet'>): Goal {
  const goal = readGoal(db, input.id);
  transaction(db, () => {
    save(
      db,
      {
        ...goal,
        manualAdjustment: Math.max(goal.manualAdjustment, goal.targetCount - (goal.progress - goal.manualAdjustment)),
      },
      goal.id,
    );
    setMetOn(db, goal.id, input.metOn);
  });
  return readGoal(db, input.id);
}

/** A missed goal, offered again with a new window: kindness, not a record of failure. */
export function goalsTryAgain(db: Db, input: ParsedInput<'goals.tryAgain'>): Goal {
  const goal = readGoal(db, input.id);
  const id = save(db, {
    studentId: goal.studentId,
    kind: goal.kind,
    description: goal.description,
    targetCount: goal.targetCount,
    windowStartOn: input.windowStartOn,
    windowEndOn: input.windowEndOn,
    eventId: null,
    templateId: goal.templateId,
    manualAdjustment: 0,
    reflection: null,
  });
  return readGoal(db, id);
}

export function goalsDelete(db: Db, input: ParsedInput<'goals.delete'>): ProcedureOutput<'goals.delete'> {
  const goal = readGoal(db, input.id);
  return deleteRecorded(db, 'goal', input.id, () => deleteGoal(db, input.id), { studentId: goal.studentId, description: goal.description });
}

export function goalsNextRung(db: Db, input: ParsedInput<'goals.nextRung'>): ProcedureOutput<'goals.nextRung'> {
  if (!findStudent(db, input.studentId)) throw notFound('student', input.studentId);
  const ladder = listTemplates(db);
  const last = lastMetRung(db, input.studentId);
  if (last === null) {
    const first = ladder[0] ?? null;
    return { template: first, reason: 'No ladder goal met yet: start with the first, easiest step.' };
  }
  const next = ladder.find((t) => t.rung > last) ?? null;
  const met = ladder.find((t) => t.rung === last);
  return next
    ? { template: next, reason: `Last met: “${met?.title ?? `rung ${last}`}”. This is the next step up.` }
    : { template: null, reason: 'Every rung of the ladder is met. Set a custom goal to keep going.' };
}

export function goalsApplyTemplate(db: Db, input: ParsedInput<'goals.applyTemplate'>): Goal {
  const template = listTemplates(db).find((t) => t.id === input.templateId);
  if (!template) throw invalidReference('templateId', 'ladder rung', input.templateId);
  return goalsCreate(db, {
    studentId: input.studentId,
    kind: template.kind,
    description: template.title,
    targetCount: template.targetCount,
    windowStartOn: input.windowStartOn,
    windowEndOn: input.windowEndOn,
    eventId: input.eventId ?? null,
    templateId: template.id,
    manualAdjustment: 0,
    reflection: null,
  });
}

export function goalTemplatesList(db: Db): ProcedureOutput<'goalTemplates.list'> {
  return listTemplates(db);
}

export function goalTemplatesSave(db: Db, input: ParsedInput<'goalTemplates.save'>): ProcedureOutput<'goalTemplates.save'> {
  const known = new Set(listTemplates(db).map((t) => t.id));
  const unknown = input.templates.find((t) => t.id && !known.has(t.id));
  if (unknown?.id) throw invalidReference('templates', 'ladder rung', unknown.id);
  changeWithAudit(db, { action: 'update', entity: 'goal_templates', count: input.templates.length }, () => saveTemplates(db, input.templates));
  return listTemplates(db);
}
