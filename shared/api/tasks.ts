import { z } from 'zod';
import { caseload, caseloadRead } from './access';
import { type AreaProcedures, read, write } from './areas';
import { id, isoDate, loadedVersion, recordVersion, requiredText } from './fields';

// Tasks: something an advisor means to do by a day, about a student, a contact or both ("check back with Yara on 15 Jan").

export const taskSchema = z.object({
  id,
  title: z.string(),
  dueOn: z.string(),
  studentId: z.number().int().nullable(),
  studentName: z.string().nullable(),
  contactId: z.number().int().nullable(),
  contactName: z.string().nullable(),
  /** The owner: whose My day lists it. */
  advisorId: z.number().int().nullable(),
  advisorName: z.string().nullable(),
  /** The office day it was completed; null while open. */
  doneOn: z.string().nullable(),
  ...recordVersion,
});
export type Task = z.infer<typeof taskSchema>;

const taskFields = {
  title: requiredText(200),
  dueOn: isoDate,
  studentId: id.nullish().transform((v) => v ?? null),
  contactId: id.nullish().transform((v) => v ?? null),
  /** The owner; absent: the advisor making it (the signed-in user's advisor, or "I am"). */
  advisorId: id.nullish(),
};

/** How far ahead "My tasks" looks, in days after today. */
export const myTasksDaysAhead = 7;

const taskEffects = ['tasks', 'audit'] as const;

export const tasksProcedures = {
  /** A student's tasks: open ones by due date, then done ones, latest first. */
  'tasks.forStudent': read(
    caseloadRead,
    () => z.strictObject({ studentId: id }),
    () => z.array(taskSchema),
  ),
  /** A contact's tasks, as `tasks.forStudent`; tasks that also name a student the caller may not see are left out. */
  'tasks.forContact': read(
    caseloadRead,
    () => z.strictObject({ contactId: id }),
    () => z.array(taskSchema),
  ),
  /** The caller's open tasks (the signed-in user's advisor, or "I am") due up to `myTasksDaysAhead` days from today, overdue first. */
  'tasks.mine': read(
    caseloadRead,
    () => z.strictObject({}),
    () => z.object({ advisorId: z.number().int().nullable(), today: z.string(), until: z.string(), tasks: z.array(taskSchema) }),
  ),
  'tasks.create': write(
    caseload,
    taskEffects,
    () => z.strictObject(taskFields),
    () => taskSchema,
  ),
  'tasks.update': write(
    caseload,
    taskEffects,
    () => z.strictObject({ id, ...loadedVersion, ...taskFields }),
    () => taskSchema,
  ),
  /** Completes a task today (done: true) or opens it again (done: false). */
  'tasks.setDone': write(
    caseload,
    taskEffects,
    () => z.strictObject({ id, done: z.boolean() }),
    () => taskSchema,
  ),
  /** Answers with the task as it was, so the renderer can offer to put it back (tasks.create). */
  'tasks.delete': write(
    caseload,
    taskEffects,
    () => z.strictObject({ id }),
    () => z.object({ deleted: z.literal(true), task: taskSchema }),
  ),
} as const satisfies AreaProcedures<'tasks'>;
