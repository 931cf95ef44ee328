import { z } from 'zod';
import { connectionSchema } from '../../../shared/api/connections';
import type { ReferenceStatus, RelationshipKind } from '../../../shared/domain';
import type { Db } from './client';
import { movingGoals } from './goal-refresh';
import { cadenceSql, daysSinceTouchSql } from './cadence';
import { officeToday } from './office-day';
import { parseRows } from './rows';
import { andVisible } from './visible-students';

const selectConnections = `
  select c.id, c.student_id as studentId,
    s.display_name as studentName,
    c.contact_id as contactId, ct.first_name || ' ' || ct.last_name as contactName, ct.title as contactTitle,
    e.name as employerName, c.relationship, c.context, c.since_on as sinceOn, c.placement_id as placementId,
    c.reference_status as referenceStatus, c.reference_status_on as referenceStatusOn, c.resume_shared_on as resumeSharedOn,
    (select count(*) from interactions i where i.connection_id = c.id) as interactionCount,
    c.last_interaction_on as lastTouchOn, ${daysSinceTouchSql} as daysSinceTouch, w.ideal_days as idealDays, w.max_days as maxDays,
    ${cadenceSql} as cadence, c.version
  from connections c
  join students s on s.id = c.student_id
  join contacts ct on ct.id = c.contact_id
  left join employers e on e.id = ct.employer_id
  join keep_in_touch_windows w on w.relationship = c.relationship`;

const orderByCadence = `order by case ${cadenceSql} when 'stale' then 0 when 'cooling' then 1 else 2 end, daysSinceTouch desc, c.id`;

export function connectionsOfStudent(db: Db, studentId: number, today: string) {
  return parseRows(connectionSchema, db.sqlite.prepare(`${selectConnections} where c.student_id = :id ${orderByCadence}`).all({ id: studentId, today }));
}

export function connectionsOfContact(db: Db, contactId: number, today: string) {
  return parseRows(
    connectionSchema,
    db.sqlite.prepare(`${selectConnections} where c.contact_id = :id${andVisible(db)} order by studentName, c.id`).all({ id: contactId, today }),
  );
}

export function findConnection(db: Db, id: number, today: string) {
  return parseRows(connectionSchema, db.sqlite.prepare(`${selectConnections} where c.id = :id`).all({ id, today }))[0];
}

export interface ConnectionValues {
  studentId: number;
  contactId: number;
  relationship: RelationshipKind;
  context: string | null;
  sinceOn: string | null;
  placementId: number | null;
  referenceStatus: ReferenceStatus;
  referenceStatusOn: string | null;
  resumeSharedOn: string | null;
}

// A connection's since-date says whether its contact is someone the student knew before a "new people" goal's
// window: adding or editing one can move those goals.
export function insertConnection(db: Db, v: ConnectionValues): number {
  return movingGoals(db, { students: [v.studentId] }, () =>
    Number(
      db.sqlite
        .prepare(
          `insert into connections (student_id, contact_id, relationship, context, since_on, placement_id, reference_status, reference_status_on, resume_shared_on, recorded_on)
         values (:studentId, :contactId, :relationship, :context, :sinceOn, :placementId, :referenceStatus, :referenceStatusOn, :resumeSharedOn, :recordedOn)`,
        )
        // The day it is recorded on the office's calendar: the clock's start until a touch or a since-date.
        .run({ ...v, recordedOn: officeToday(db) }).lastInsertRowid,
    ),
  );
}

export function updateConnection(db: Db, id: number, v: Omit<ConnectionValues, 'studentId' | 'contactId'>): void {
  movingGoals(db, { connections: [id] }, () =>
    db.sqlite
      .prepare(
        `update connections set relationship = :relationship, context = :context, since_on = :sinceOn, placement_id = :placementId,
         reference_status = :referenceStatus, reference_status_on = :referenceStatusOn, resume_shared_on = :resumeSharedOn,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       where id = :id`,
      )
      .run({ ...v, id }),
  );
}

/** The connection that already ties this student to this contact in this relationship, if any. */
export function findSameConnection(db: Db, studentId: number, contactId: number, relationship: RelationshipKind, exceptId?: number) {
  return z
    .object({ id: z.number() })
    .optional()
    .parse(
      db.sqlite
        .prepare(`select id from connections where student_id = ? and contact_id = ? and relationship = ? and id <> ?`)
        .get(studentId, contactId, relationship, exceptId ?? -1),
    );
}

export function deleteConnection(db: Db, id: number): number {
  // Its interactions go with it: goals that counted them may no longer be met.
  const owner = connectionOwner(db, id);
  return movingGoals(db, { students: owner ? [owner.studentId] : [] }, () => {
    const interactions = db.sqlite.prepare('select count(*) from interactions where connection_id = ?').pluck().get(id);
    db.sqlite.prepare('delete from connections where id = ?').run(id);
    return z.number().parse(interactions);
  });
}

/** The student's first connection to this contact, whatever the relationship. */
export function firstConnectionBetween(db: Db, studentId: number, contactId: number) {
  return z
    .object({ id: z.number() })
    .optional()
    .parse(db.sqlite.prepare('select id from connections where student_id = ? and contact_id = ? order by id limit 1').get(studentId, contactId));
}

export function connectionOwner(db: Db, id: number) {
  return z
    .object({ studentId: z.number(), contactId: z.number() })
    .optional()
    .parse(db.sqlite.prepare('select student_id as studentId, contact_id as contactId from connections where id = ?').get(id));
}

/** Ties a connection to a placement unless it already belongs to one. */
export function linkConnectionToPlacement(db: Db, connectionId: number, placementId: number): void {
  db.sqlite.prepare('update connections set placement_id = ? where id = ? and placement_id is null').run(placementId, connectionId);
}
