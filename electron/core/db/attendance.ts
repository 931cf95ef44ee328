import { z } from 'zod';
import { attendeeSchema } from '../../../shared/api/events';
import { goalStatuses, rsvpStatuses, type RsvpStatus } from '../../../shared/domain';
import type { Db } from './client';
import { Conditions } from './conditions';
import { movingGoals } from './goal-refresh';
import { ftsPrefixQuery } from './fts';
import { parseRows, sqliteBoolean } from './rows';
import { andVisible, visibleStudentsSql } from './visible-students';

export const attendeeRow = attendeeSchema.extend({ rsvp: z.enum(rsvpStatuses), goalStatus: z.enum(goalStatuses).nullable(), walkIn: sqliteBoolean });

/** An attendee's row; the buddy is named only when the caller may see them (visible-students.ts). */
export const selectAttendees = (db: Db) => `
  select a.id as attendanceId, a.student_id as studentId,
    s.display_name as studentName,
    s.external_id as externalId, s.program, s.class_year as classYear, a.rsvp, a.responded_at as respondedAt, a.checked_in_at as checkedInAt, a.walk_in as walkIn,
    case when a.rsvp = 'waitlisted' then (select count(*) from attendance w where w.event_id = a.event_id and w.rsvp = 'waitlisted'
      and (w.responded_at < a.responded_at or (w.responded_at = a.responded_at and w.id <= a.id))) end as waitlistPosition,
    b.id as buddyAttendanceId,
    case when b.id is not null${andVisible(db, 'bs')} then bs.display_name end as buddyName,
    a.goal_id as goalId, g.description as goalDescription, g.status as goalStatus
  from attendance a
  join students s on s.id = a.student_id
  left join attendance b on b.event_id = a.event_id and b.student_id = a.buddy_student_id
  left join students bs on bs.id = b.student_id
  left join goals g on g.id = a.goal_id`;

export function findAttendee(db: Db, attendanceId: number) {
  return parseRows(attendeeRow, db.sqlite.prepare(`${selectAttendees(db)} where a.id = ?`).all(attendanceId))[0];
}

export function attendeesPage(db: Db, q: { eventId: number; rsvp?: RsvpStatus; search?: string; page: number; pageSize: number }) {
  const match = q.search ? ftsPrefixQuery(q.search) : null;
  const conditions = ['a.event_id = :eventId'];
  if (q.rsvp) conditions.push('a.rsvp = :rsvp');
  if (match) conditions.push('a.student_id in (select rowid from students_fts where students_fts match :match)');
  const visible = visibleStudentsSql(db);
  if (visible) conditions.push(visible);
  const where = conditions.join(' and ');
  const params = { eventId: q.eventId, ...(q.rsvp ? { rsvp: q.rsvp } : {}), ...(match ? { match } : {}) };
  const rows = db.sqlite
    .prepare(`${selectAttendees(db)} where ${where} order by s.name_key, a.id limit :limit offset :offset`)
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const total = z.number().parse(
    db.sqlite
      .prepare(`select count(*) from attendance a${visible ? ' join students s on s.id = a.student_id' : ''} where ${where}`)
      .pluck()
      .get(params),
  );
  return { rows: parseRows(attendeeRow, rows), total };
}

/** Search-as-you-type at the door: only this event's attendees, by name, email or student ID. */
export function searchAttendees(db: Db, eventId: number, query: string, limit: number) {
  const match = ftsPrefixQuery(query);
  if (!match) return [];
  return parseRows(
    attendeeRow,
    db.sqlite
      .prepare(
        `${selectAttendees(db)}
         where a.event_id = :eventId and a.student_id in (select rowid from students_fts where students_fts match :match)${andVisible(db)}
         order by a.checked_in_at is not null, s.name_key, s.id limit :limit`,
      )
      .all({ eventId, match, limit }),
  );
}

export interface InviteFilterValues {
  classYear?: number;
  program?: string;
  label?: string;
  noGoalMetThisTerm: boolean;
  fewerReferencesThan?: number;
}

/** Active students matching an invitation filter, as SQL (ids only), among those `within` selects (a condition over `s`). */
export function filterStudentsSql(filter: InviteFilterValues, term: { startOn: string; endOn: string }, within: string | null) {
  const where = new Conditions(`s.status = 'active'`);
  if (within !== null) where.add(within);
  if (filter.classYear !== undefined) where.add('s.class_year = :classYear', { classYear: filter.classYear });
  if (filter.program !== undefined) where.add('s.program = :program', { program: filter.program });
  if (filter.label !== undefined)
    where.add('exists (select 1 from student_labels l where l.student_id = s.id and l.label = :label)', {
      label: filter.label,
    });
  if (filter.noGoalMetThisTerm) {
    where.add(`not exists (select 1 from goals g where g.student_id = s.id and g.status = 'met' and g.met_on between :termStart and :termEnd)`, {
      termStart: term.startOn,
      termEnd: term.endOn,
    });
  }
  if (filter.fewerReferencesThan !== undefined) {
    where.add(`(select count(*) from connections c where c.student_id = s.id and c.reference_status = 'agreed') < :fewer`, {
      fewer: filter.fewerReferencesThan,
    });
  }
  return { sql: `select s.id from students s where ${where.sql}`, params: where.params };
}

export function countFiltered(db: Db, eventId: number, filtered: { sql: string; params: Record<string, string | number> }) {
  return z.object({ matching: z.number(), alreadyInvited: z.number() }).parse(
    db.sqlite
      .prepare(
        `with f as (${filtered.sql})
           select count(*) as matching, (select count(*) from f join attendance a on a.student_id = f.id and a.event_id = :eventId) as alreadyInvited from f`,
      )
      .get({ ...filtered.params, eventId }),
  );
}

export function filteredStudentIds(db: Db, filtered: { sql: string; params: Record<string, string | number> }): number[] {
  return z.array(z.number()).parse(db.sqlite.prepare(filtered.sql).pluck().all(filtered.params));
}

export function studentStatuses(db: Db, ids: readonly number[]) {
  return parseRows(
    z.object({ id: z.number(), status: z.string() }),
    db.sqlite.prepare('select id, status from students where id in (select value from json_each(?))').all(JSON.stringify(ids)),
  );
}

export function invitedStudentIds(db: Db, eventId: number): Set<number> {
  return new Set(z.array(z.number()).parse(db.sqlite.prepare('select student_id from attendance where event_id = ?').pluck().all(eventId)));
}

export function insertInvitation(db: Db): (v: { eventId: number; studentId: number; goalId: number | null; at: string }) => number {
  const statement = db.sqlite.prepare(
    `insert into attendance (event_id, student_id, rsvp, invited_at, goal_id) values (:eventId, :studentId, 'invited', :at, :goalId)`,
  );
  return (v) => Number(statement.run(v).lastInsertRowid);
}

export function registeredCount(db: Db, eventId: number): number {
  return z.number().parse(db.sqlite.prepare(`select count(*) from attendance where event_id = ? and rsvp = 'registered'`).pluck().get(eventId));
}

export function setRsvp(db: Db, attendanceId: number, rsvp: RsvpStatus, at: string): void {
  db.sqlite
    .prepare(`update attendance set rsvp = :rsvp, responded_at = :at, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`)
    .run({ id: attendanceId, rsvp, at });
}

/** The longest-waiting student on the waitlist (first come, first served). */
export function firstWaitlisted(db: Db, eventId: number) {
  return z
    .object({ id: z.number() })
    .optional()
    .parse(db.sqlite.prepare(`select id from attendance where event_id = ? and rsvp = 'waitlisted' order by responded_at, id limit 1`).get(eventId));
}

export function attendanceOwner(db: Db, attendanceId: number) {
  return z
    .object({
      eventId: z.number(),
      studentId: z.number(),
      rsvp: z.enum(rsvpStatuses),
      checkedInAt: z.string().nullable(),
    })
    .optional()
    .parse(
      db.sqlite
        .prepare('select event_id as eventId, student_id as studentId, rsvp, checked_in_at as checkedInAt from attendance where id = ?')
        .get(attendanceId),
    );
}

export function setCheckedIn(db: Db, attendanceId: number, at: string | null): void {
  return movingGoals(db, { students: studentOfAttendance(db, attendanceId) }, () => {
    db.sqlite
      .prepare(`update attendance set checked_in_at = :at, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`)
      .run({ id: attendanceId, at });
  });
}

function studentOfAttendance(db: Db, attendanceId: number): number[] {
  return z.array(z.number()).parse(db.sqlite.prepare('select student_id from attendance where id = ?').pluck().all(attendanceId));
}

/** A new pair replaces old ones: whoever either student was paired with at the event is left without a buddy. */
export function unpairBuddies(db: Db, eventId: number, studentIds: readonly [number, number]): void {
  db.sqlite.prepare('update attendance set buddy_student_id = null where event_id = ? and buddy_student_id in (?, ?)').run(eventId, ...studentIds);
}

/** The attendance row of a student at an event, if invited. */
export function attendanceAt(db: Db, eventId: number, studentId: number) {
  return z
    .object({ id: z.number() })
    .optional()
    .parse(db.sqlite.prepare('select id from attendance where event_id = ? and student_id = ?').get(eventId, studentId));
}

export function setBuddy(db: Db, attendanceId: number, buddyStudentId: number | null, goalId: number | null): void {
  db.sqlite
    .prepare(
      `update attendance set buddy_student_id = :buddy, goal_id = coalesce(:goalId, goal_id), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
    )
    .run({ id: attendanceId, buddy: buddyStudentId, goalId });
}

/** Students who would gain most from this event: goals that want an event, and ties to the attending employers' industries. */
export function suggestionsFor(db: Db, eventId: number, today: string, limit: number) {
  return parseRows(
    z.object({
      studentId: z.number(),
      studentName: z.string(),
      program: z.string().nullable(),
      wantsEvent: z.number(),
      industryTies: z.number(),
    }),
    db.sqlite
      .prepare(
        `with industries as (select distinct e.industry from event_employers ee join employers e on e.id = ee.employer_id where ee.event_id = :eventId and e.industry is not null),
         wanting as (select distinct student_id from goals where status = 'active' and kind in ('events_attended', 'people_met', 'questions_asked')
                       and event_id is null and coalesce(window_end_on, :today) >= :today),
         tied as (select c.student_id, count(distinct e.industry) as n from connections c join contacts ct on ct.id = c.contact_id
                    join employers e on e.id = ct.employer_id where e.industry in (select industry from industries) group by c.student_id),
         candidates as (select student_id from wanting union select student_id from tied)
         select s.id as studentId, s.display_name as studentName, s.program,
           (s.id in (select student_id from wanting)) as wantsEvent, coalesce((select n from tied where tied.student_id = s.id), 0) as industryTies
         from candidates c join students s on s.id = c.student_id
         where s.status = 'active' and not exists (select 1 from attendance a where a.event_id = :eventId and a.student_id = s.id)${andVisible(db)}
         order by wantsEvent * 2 + industryTies desc, s.name_key, s.id
         limit :limit`,
      )
      .all({ eventId, today, limit }),
  );
}
