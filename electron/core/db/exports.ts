import { z } from 'zod';
import { rsvpStatuses } from '../../../shared/domain';
import type { Db } from './client';
import { parseRows } from './rows';
import { andVisible } from './visible-students';

/** Attendees for an export: never students under a confidentiality (FERPA) hold. */
export function attendeesForExport(db: Db, eventId: number) {
  const rows = parseRows(
    z.object({
      studentName: z.string(),
      externalId: z.string().nullable(),
      schoolEmail: z.string().nullable(),
      program: z.string().nullable(),
      classYear: z.number().nullable(),
      rsvp: z.enum(rsvpStatuses),
      checkedInAt: z.string().nullable(),
    }),
    db.sqlite
      .prepare(
        `select s.display_name as studentName, s.external_id as externalId,
           s.school_email as schoolEmail, s.program, s.class_year as classYear, a.rsvp, a.checked_in_at as checkedInAt
         from attendance a join students s on s.id = a.student_id
         where a.event_id = ? and s.confidential = 0${andVisible(db)}
         order by s.last_name, s.first_name, a.id`,
      )
      .all(eventId),
  );
  const withheld = z.number().parse(
    db.sqlite
      .prepare(`select count(*) from attendance a join students s on s.id = a.student_id where a.event_id = ? and s.confidential = 1${andVisible(db)}`)
      .pluck()
      .get(eventId),
  );
  return { rows, withheld };
}
