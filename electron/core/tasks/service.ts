import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { myTasksDaysAhead, type Task } from '../../../shared/api/tasks';
import { deleteWithAudit } from '../audit/record';
import { findAdvisor } from '../db/advisors';
import type { Db } from '../db/client';
import { findContact } from '../db/contacts';
import { officeToday } from '../db/office-day';
import { findStudent } from '../db/students';
import { deleteTask, findTask, insertTask, openTasksOf, setTaskDone, tasksOfContact, tasksOfStudent, updateTask, type TaskValues } from '../db/tasks';
import { addDays } from '../dates';
import { AppError, notFound } from '../errors';
import { actingAdvisorId } from '../office/settings';
import { saveEdit } from '../record-edit';
import { invalidReference } from '../validate';

function readTask(db: Db, id: number): Task {
  const task = findTask(db, id);
  if (!task) throw notFound('task', id);
  return task;
}

/**
 * A task on a contact alone names no student, so the access rules let any staff member reach it: on the office
 * server an advisor changes only their own (directors and admins any). A task on a student is checked against the
 * caseload before the handler runs (core/access/touches.ts).
 */
function assertMayChange(db: Db, task: Pick<Task, 'studentId' | 'advisorId'>): void {
  const caller = db.request?.caller;
  if (!caller || caller.role !== 'advisor' || task.studentId !== null || task.advisorId === caller.advisorId) return;
  throw new AppError('forbidden', "This task is another advisor's; ask them, a director or an admin to change it.", { rule: 'caseload' });
}

/**
 * Deleting a contact deletes the tasks on them (ON DELETE CASCADE): an advisor on the office server may do that only
 * when each is a task they could delete one by one. Tasks that also name a student are checked with the contact's
 * students (core/db/student-access.ts).
 */
export function assertMayDropTasksOf(db: Db, contactId: number): void {
  const caller = db.request?.caller;
  if (!caller || caller.role !== 'advisor') return;
  const others = tasksOfContact(db, contactId).filter((task) => task.studentId === null && task.advisorId !== caller.advisorId);
  if (others.length === 0) return;
  throw new AppError(
    'forbidden',
    `This contact has ${others.length === 1 ? 'a task' : `${others.length} tasks`} of another advisor (${others.map((task) => `“${task.title}”`).join(', ')}); ask them, a director or an admin to delete it.`,
    { rule: 'caseload' },
  );
}

function checkedValues(db: Db, input: ParsedInput<'tasks.create'>): TaskValues {
  if (input.studentId === null && input.contactId === null) {
    throw new AppError('invalid_input', 'A task is about a student, a contact or both: choose at least one.', { field: 'studentId' });
  }
  if (input.studentId !== null && !findStudent(db, input.studentId)) throw invalidReference('studentId', 'student', input.studentId);
  if (input.contactId !== null && !findContact(db, input.contactId)) throw invalidReference('contactId', 'contact', input.contactId);
  const advisorId = input.advisorId === undefined || input.advisorId === null ? actingAdvisorId(db) : input.advisorId;
  if (advisorId !== null && !findAdvisor(db, advisorId)) throw invalidReference('advisorId', 'advisor', advisorId);
  return { title: input.title, dueOn: input.dueOn, studentId: input.studentId, contactId: input.contactId, advisorId };
}

export function tasksForStudent(db: Db, input: ParsedInput<'tasks.forStudent'>): Task[] {
  if (!findStudent(db, input.studentId)) throw notFound('student', input.studentId);
  return tasksOfStudent(db, input.studentId);
}

export function tasksForContact(db: Db, input: ParsedInput<'tasks.forContact'>): Task[] {
  if (!findContact(db, input.contactId)) throw notFound('contact', input.contactId);
  return tasksOfContact(db, input.contactId);
}

export function tasksMine(db: Db): ProcedureOutput<'tasks.mine'> {
  const advisorId = actingAdvisorId(db);
  const today = officeToday(db);
  const until = addDays(today, myTasksDaysAhead);
  return { advisorId, today, until, tasks: advisorId === null ? [] : openTasksOf(db, advisorId, until) };
}

export function tasksCreate(db: Db, input: ParsedInput<'tasks.create'>): Task {
  const values = checkedValues(db, input);
  assertMayChange(db, values);
  return readTask(db, insertTask(db, values));
}

export function tasksUpdate(db: Db, input: ParsedInput<'tasks.update'>): Task {
  assertMayChange(db, readTask(db, input.id));
  const values = checkedValues(db, input);
  assertMayChange(db, values);
  saveEdit(
    db,
    { table: 'tasks', entity: 'task', id: input.id, version: input.version, current: () => readTask(db, input.id), name: (task) => `“${task.title}”` },
    () => updateTask(db, input.id, values),
  );
  return readTask(db, input.id);
}

/** One click: done today, or open again. Doing it twice changes nothing the second time. */
export function tasksSetDone(db: Db, input: ParsedInput<'tasks.setDone'>): Task {
  const task = readTask(db, input.id);
  assertMayChange(db, task);
  if (input.done !== (task.doneOn !== null)) setTaskDone(db, input.id, input.done ? officeToday(db) : null);
  return readTask(db, input.id);
}

export function tasksDelete(db: Db, input: ParsedInput<'tasks.delete'>): ProcedureOutput<'tasks.delete'> {
  const task = readTask(db, input.id);
  assertMayChange(db, task);
  deleteWithAudit(
    db,
    'task',
    input.id,
    () => deleteTask(db, input.id),
    () => ({ title: task.title, dueOn: task.dueOn, studentId: task.studentId, contactId: task.contactId }),
  );
  return { deleted: true, task };
}
