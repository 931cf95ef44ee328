import { taskSchema } from '../../../shared/api/tasks';
import type { Db } from './client';
import { insertRow, updateRow } from './row-writes';
import { parseRows } from './rows';
import { visibleStudentsSql } from './visible-students';

const selectTasks = `
  select t.id, t.title, t.due_on as dueOn, t.student_id as studentId, s.display_name as studentName,
    t.contact_id as contactId, ct.first_name || ' ' || ct.last_name as contactName,
    t.advisor_id as advisorId, a.name as advisorName, t.done_on as doneOn, t.version
  from tasks t
  left join students s on s.id = t.student_id
  left join contacts ct on ct.id = t.contact_id
  left join advisors a on a.id = t.advisor_id`;

/** Open tasks by due date, then done ones, most recently done first. */
const openFirst = `order by t.done_on is not null, case when t.done_on is null then t.due_on end, t.done_on desc, t.id`;

/** Tasks that name a student the caller may not see are left out (a task on a contact alone is seen by all staff). */
function visibleStudentOrNone(db: Db): string {
  const visible = visibleStudentsSql(db, 's');
  return visible === null ? '' : ` and (t.student_id is null or coalesce(${visible}, 0))`;
}

export function tasksOfStudent(db: Db, studentId: number) {
  return parseRows(taskSchema, db.sqlite.prepare(`${selectTasks} where t.student_id = ? ${openFirst}`).all(studentId));
}

export function tasksOfContact(db: Db, contactId: number) {
  return parseRows(taskSchema, db.sqlite.prepare(`${selectTasks} where t.contact_id = ?${visibleStudentOrNone(db)} ${openFirst}`).all(contactId));
}

/** One advisor's open tasks due on or before `until`, overdue first (by due date): read from tasks_advisor_open_due_idx. */
export function openTasksOf(db: Db, advisorId: number, until: string) {
  return parseRows(
    taskSchema,
    db.sqlite
      .prepare(`${selectTasks} where t.advisor_id = ? and t.done_on is null and t.due_on <= ?${visibleStudentOrNone(db)} order by t.due_on, t.id`)
      .all(advisorId, until),
  );
}

export function findTask(db: Db, id: number) {
  return parseRows(taskSchema, db.sqlite.prepare(`${selectTasks} where t.id = ?`).all(id))[0];
}

export interface TaskValues {
  title: string;
  dueOn: string;
  studentId: number | null;
  contactId: number | null;
  advisorId: number | null;
}

/** Exactly the task's own columns: callers pass wider objects (a parsed input), and every key becomes a column. */
const taskColumns = (v: TaskValues) => ({ title: v.title, dueOn: v.dueOn, studentId: v.studentId, contactId: v.contactId, advisorId: v.advisorId });

export function insertTask(db: Db, v: TaskValues): number {
  return insertRow(db, 'tasks', taskColumns(v));
}

export function updateTask(db: Db, id: number, v: TaskValues): void {
  updateRow(db, 'tasks', id, taskColumns(v));
}

export function setTaskDone(db: Db, id: number, doneOn: string | null): void {
  updateRow(db, 'tasks', id, { doneOn });
}

export function deleteTask(db: Db, id: number): void {
  db.sqlite.prepare('delete from tasks where id = ?').run(id);
}
