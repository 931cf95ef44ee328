import { z } from 'zod';
import { noShowGoalSchema } from '../../../shared/api/event-desk';
import type { EventStatus } from '../../../shared/domain';
import type { Db } from './client';
import { attendeeRow, selectAttendees } from './attendance';
import { ftsPrefixQuery } from './fts';
import { movingGoals } from './goal-refresh';
import { studentsWithEventGoals } from './goals';
import { parseRows } from './rows';
import { andVisible } from './visible-students';

// The door's queries (issue 17). "Expected" is one condition everywhere: registered or invited, or already in
// (a walk-in, or someone who came after declining). Waitlisted students have no place and declined ones said no.
const expected = `(a.rsvp in ('registered', 'invited') or a.checked_in_at is not null)`;

// The one name order (shared/name-order.ts, stored as students.name_key), then the row for a stable order.
const byName = 's.name_key, a.id';

/** The expected attendees the caller may see, by name, as the desk lists them (one query for a 300-person door). */
export function expectedAttendees(db: Db, eventId: number, limit: number) {
  return parseRows(
    attendeeRow,
    db.sqlite.prepare(`${selectAttendees(db)} where a.event_id = ? and ${expected}${andVisible(db)} order by ${byName} limit ?`).all(eventId, limit),
  );
}

export function expectedCounts(db: Db, eventId: number) {
  return z.object({ expected: z.number(), arrived: z.number(), walkIns: z.number() }).parse(
    db.sqlite
      .prepare(
        `select count(*) as expected, coalesce(sum(a.checked_in_at is not null), 0) as arrived, coalesce(sum(a.walk_in), 0) as walkIns
         from attendance a join students s on s.id = a.student_id where a.event_id = ? and ${expected}${andVisible(db)}`,
      )
      .get(eventId),
  );
}

/**
 * The kiosk: expected attendees whose school email, student ID or whole name is exactly what was typed (case and
 * spacing aside). At most two come back: the handler shows one only when it is the only one.
 */
export function kioskCandidates(db: Db, eventId: number, typed: string): number[] {
  const q = typed.toLowerCase().replace(/\s+/g, ' ');
  return z.array(z.number()).parse(
    db.sqlite
      .prepare(
        `select a.id from attendance a join students s on s.id = a.student_id
           where a.event_id = :eventId and ${expected}${andVisible(db)}
             and (lower(s.school_email) = :q or lower(s.external_id) = :q or lower(s.display_name) = :q
               or lower(s.first_name || ' ' || s.last_name) = :q
               or lower(coalesce(nullif(trim(s.preferred_name), ''), s.first_name) || ' ' || s.last_name) = :q)
           limit 2`,
      )
      .pluck()
      .all({ eventId, q }),
  );
}

export function attendanceOfStudent(db: Db, eventId: number, studentId: number): number | undefined {
  return z.number().optional().parse(db.sqlite.prepare('select id from attendance where event_id = ? and student_id = ?').pluck().get(eventId, studentId));
}

/** A walk-in takes a registered place and is in at once. */
export function insertWalkIn(db: Db, v: { eventId: number; studentId: number; at: string }): number {
  return Number(
    db.sqlite
      .prepare(
        `insert into attendance (event_id, student_id, rsvp, responded_at, checked_in_at, walk_in) values (:eventId, :studentId, 'registered', :at, :at, 1)`,
      )
      .run(v).lastInsertRowid,
  );
}

/** Held or back to scheduled; goals tied to the event are refreshed as an edit of the event would. */
export function setEventStatus(db: Db, eventId: number, status: EventStatus): void {
  movingGoals(db, { students: studentsWithEventGoals(db, eventId) }, () => {
    db.sqlite.prepare(`update events set status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = ?`).run(status, eventId);
  });
}

/** Goals given with the invitation (attendance.goal_id) to students registered who did not come, still open. */
const noShowJoin = `from attendance a join goals g on g.id = a.goal_id join students s on s.id = a.student_id
  where a.event_id = :eventId and a.rsvp = 'registered' and a.checked_in_at is null`;

export function noShowGoals(db: Db, eventId: number) {
  return parseRows(
    noShowGoalSchema,
    db.sqlite
      .prepare(
        `select g.id as goalId, s.id as studentId, s.display_name as studentName, g.description
         ${noShowJoin} and g.status in ('active', 'not_met_yet')${andVisible(db)} order by ${byName}`,
      )
      .all({ eventId }),
  );
}

/** Of these goals, the ones given with an invitation to this event (any attendee): what an undo may take up again. */
export function eventInvitationGoals(db: Db, eventId: number, goalIds: readonly number[]): Set<number> {
  return new Set(
    z
      .array(z.number())
      .parse(
        db.sqlite
          .prepare('select goal_id from attendance where event_id = ? and goal_id in (select value from json_each(?))')
          .pluck()
          .all(eventId, JSON.stringify(goalIds)),
      ),
  );
}

/** Active students the caller may see who are not on the event's list yet, matching the typed name, email or ID. */
export function walkInCandidates(db: Db, eventId: number, query: string, limit: number) {
  const match = ftsPrefixQuery(query);
  if (!match) return [];
  return parseRows(
    z.object({ studentId: z.number(), studentName: z.string(), externalId: z.string().nullable(), classYear: z.number().nullable() }),
    db.sqlite
      .prepare(
        `select s.id as studentId, s.display_name as studentName, s.external_id as externalId, s.class_year as classYear from students s
         where s.id in (select rowid from students_fts where students_fts match :match) and s.status = 'active'
           and not exists (select 1 from attendance a where a.event_id = :eventId and a.student_id = s.id)${andVisible(db)}
         order by s.name_key, s.id limit :limit`,
      )
      .all({ match, eventId, limit }),
  );
}

export function studentName(db: Db, studentId: number): string {
  return z.string().parse(db.sqlite.prepare('select display_name from students where id = ?').pluck().get(studentId));
}
