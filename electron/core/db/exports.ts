import { z } from 'zod';
import { rsvpStatuses } from '../../../shared/domain';
import type { Db } from './client';
import { parseRows, sqliteBoolean } from './rows';
import { andVisible } from './visible-students';

const attendeeExportRow = z.object({
  studentName: z.string(),
  /** The name the desk looks people up by, and the one the list is sorted on (as the app's attendee list). */
  lastName: z.string(),
  /** The preferred name when there is one, else the first name: what the student answers to at the door. */
  givenName: z.string(),
  externalId: z.string().nullable(),
  schoolEmail: z.string().nullable(),
  program: z.string().nullable(),
  classYear: z.number().nullable(),
  rsvp: z.enum(rsvpStatuses),
  checkedInAt: z.string().nullable(),
  walkIn: sqliteBoolean,
});
export type AttendeeExportRow = z.infer<typeof attendeeExportRow>;

/** How many are on an event's list, by RSVP, among the students an export may name; `withheld`: those it may not. */
const attendeeCounts = z.object({
  invited: z.number(),
  registered: z.number(),
  waitlisted: z.number(),
  declined: z.number(),
  checkedIn: z.number(),
  withheld: z.number(),
});
export type AttendeeCounts = z.infer<typeof attendeeCounts>;

/**
 * Attendees for an export: never students under a confidentiality (FERPA) hold, who are only counted
 * (`withheld`). `atTheDoor` leaves out those who declined (unless they came anyway): the check-in sheet lists
 * who may walk in; the attendee file lists everyone invited.
 */
export function attendeesForExport(db: Db, eventId: number, { atTheDoor = false } = {}) {
  const rows = parseRows(
    attendeeExportRow,
    db.sqlite
      .prepare(
        `select s.display_name as studentName, s.last_name as lastName, coalesce(nullif(trim(s.preferred_name), ''), s.first_name) as givenName,
           s.external_id as externalId, s.school_email as schoolEmail, s.program, s.class_year as classYear, a.rsvp, a.checked_in_at as checkedInAt, a.walk_in as walkIn
         from attendance a join students s on s.id = a.student_id
         where a.event_id = ? and s.confidential = 0${atTheDoor ? ` and (a.rsvp <> 'declined' or a.checked_in_at is not null)` : ''}${andVisible(db)}
         order by s.name_key, a.id`,
      )
      .all(eventId),
  );
  const counts = attendeeCounts.parse(
    db.sqlite
      .prepare(
        `select coalesce(sum(s.confidential = 0), 0) as invited,
           coalesce(sum(s.confidential = 0 and a.rsvp = 'registered'), 0) as registered,
           coalesce(sum(s.confidential = 0 and a.rsvp = 'waitlisted'), 0) as waitlisted,
           coalesce(sum(s.confidential = 0 and a.rsvp = 'declined'), 0) as declined,
           coalesce(sum(s.confidential = 0 and a.checked_in_at is not null), 0) as checkedIn,
           coalesce(sum(s.confidential = 1), 0) as withheld
         from attendance a join students s on s.id = a.student_id
         where a.event_id = ?${andVisible(db)}`,
      )
      .get(eventId),
  );
  return { rows, counts };
}
