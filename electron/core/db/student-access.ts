import { z } from 'zod';
import type { Db } from './client';
import { parseRows, sqliteBoolean } from './rows';
import { changeableStudentsSql, visibleStudentsSql } from './visible-students';

/** The records a call names, by table: the students behind them are what its access rule is checked against. */
export interface Touch {
  students?: readonly number[];
  connections?: readonly number[];
  interactions?: readonly number[];
  placements?: readonly number[];
  goals?: readonly number[];
  milestones?: readonly number[];
  notes?: readonly number[];
  /** Tasks: the student a task names, if any (a task on a contact alone touches no student). */
  tasks?: readonly number[];
  attendance?: readonly number[];
  /**
   * Contacts: every student connected to them, supervised by them or recommended by them (deleting or merging a
   * contact changes those connections, placements and milestones).
   */
  contacts?: readonly number[];
}

const touchedRow = z.object({ id: z.number().int(), name: z.string(), visible: sqliteBoolean, changeable: sqliteBoolean });
export type TouchedStudent = z.infer<typeof touchedRow>;

const ids = (list: readonly number[] | undefined) => JSON.stringify(list ?? []);

/**
 * The students a call touches, with whether the caller may see and change each — one query, whatever the records
 * named. Records that do not exist touch nobody (the handler then answers not_found as it always did).
 */
export function touchedStudents(db: Db, touch: Touch): TouchedStudent[] {
  const rows = db.sqlite
    .prepare(
      `with touched(id) as (
         select value from json_each(:students)
         union select student_id from connections where id in (select value from json_each(:connections))
         union select c.student_id from interactions i join connections c on c.id = i.connection_id where i.id in (select value from json_each(:interactions))
         union select student_id from placements where id in (select value from json_each(:placements))
         union select student_id from goals where id in (select value from json_each(:goals))
         union select student_id from milestones where id in (select value from json_each(:milestones))
         union select student_id from attendance where id in (select value from json_each(:attendance))
         union select student_id from advising_notes where id in (select value from json_each(:notes))
         union select student_id from tasks where student_id is not null and id in (select value from json_each(:tasks))
         union select student_id from connections where contact_id in (select value from json_each(:contacts))
         union select student_id from tasks where student_id is not null and contact_id in (select value from json_each(:contacts))
         union select student_id from placements where supervisor_contact_id in (select value from json_each(:contacts))
         union select student_id from milestones where recommended_by_contact_id in (select value from json_each(:contacts))
       )
       -- coalesce: a condition over a NULL column (a student with no advisor) is NULL, which means "no" here.
       select s.id, s.display_name as name, coalesce(${visibleStudentsSql(db) ?? '1'}, 0) as visible, coalesce(${changeableStudentsSql(db) ?? '1'}, 0) as changeable
       from students s where s.id in (select id from touched) order by s.id`,
    )
    .all({
      students: ids(touch.students),
      connections: ids(touch.connections),
      interactions: ids(touch.interactions),
      placements: ids(touch.placements),
      goals: ids(touch.goals),
      milestones: ids(touch.milestones),
      attendance: ids(touch.attendance),
      notes: ids(touch.notes),
      tasks: ids(touch.tasks),
      contacts: ids(touch.contacts),
    });
  return parseRows(touchedRow, rows);
}
