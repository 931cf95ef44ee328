import { z } from 'zod';
import type { Db } from './client';
import { followUpKindsSql } from './goals';
import { parseRows } from './rows';
import { andStudentVisible, andVisible } from './visible-students';

// "Met at the event": a conversation logged on the event (or on its day, for a connection tied to it).
const metAtEvent = `
  select a.id as attendanceId, a.student_id as studentId, c.id as connectionId, ct.first_name || ' ' || ct.last_name as contactName,
    min(i.occurred_on) as metOn
  from attendance a
  join events ev on ev.id = a.event_id
  join connections c on c.student_id = a.student_id
  join contacts ct on ct.id = c.contact_id
  join interactions i on i.connection_id = c.id and i.kind = 'conversation'
    and (i.event_id = ev.id or (i.event_id is null and i.occurred_on between office_day(ev.starts_at) and office_day(ev.ends_at)))
  where a.event_id = :eventId and a.checked_in_at is not null
  group by a.id, c.id`;

// The first follow-up on the connection met (row `m` of `met`) from the day they met.
const firstFollowUpOn = `(select min(f.occurred_on) from interactions f where f.connection_id = m.connectionId
  and f.kind in ${followUpKindsSql} and f.occurred_on >= m.metOn)`;

const followUpRow = z.object({
  attendanceId: z.number(),
  studentId: z.number(),
  studentName: z.string(),
  connectionId: z.number().nullable(),
  contactName: z.string().nullable(),
  metOn: z.string().nullable(),
  followedUpOn: z.string().nullable(),
});

/** Every checked-in attendee with the people they met and the first thank-you/LinkedIn touch after. */
export function followUpRows(db: Db, eventId: number) {
  return parseRows(
    followUpRow,
    db.sqlite
      .prepare(
        `with met as (${metAtEvent})
         select a.id as attendanceId, a.student_id as studentId,
           s.display_name as studentName,
           m.connectionId, m.contactName, m.metOn,
           ${firstFollowUpOn} as followedUpOn
         from attendance a join students s on s.id = a.student_id
         left join met m on m.attendanceId = a.id
         where a.event_id = :eventId and a.checked_in_at is not null${andVisible(db)}
         order by s.name_key, a.id, m.metOn`,
      )
      .all({ eventId }),
  );
}

export function eventOutcome(db: Db, eventId: number) {
  // Counted over the students the caller may see (no condition in single-user mode).
  const among = andStudentVisible(db, 'student_id');
  return z
    .object({
      invited: z.number(),
      registered: z.number(),
      attended: z.number(),
      goalsSet: z.number(),
      goalsMet: z.number(),
      peopleMet: z.number(),
      followUpsSent: z.number(),
      followUpsWithinTwoDays: z.number(),
    })
    .parse(
      db.sqlite
        .prepare(
          `with met as (${metAtEvent}),
           followed as (select m.connectionId, m.metOn, ${firstFollowUpOn} as firstOn from met m)
           select (select count(*) from attendance where event_id = :eventId${among}) as invited,
             (select count(*) from attendance where event_id = :eventId and rsvp = 'registered'${among}) as registered,
             (select count(*) from attendance where event_id = :eventId and checked_in_at is not null${among}) as attended,
             (select count(*) from goals where event_id = :eventId${among}) as goalsSet,
             (select count(*) from goals where event_id = :eventId and status = 'met'${among}) as goalsMet,
             (select count(*) from met) as peopleMet,
             (select count(*) from followed where firstOn is not null) as followUpsSent,
             (select count(*) from followed where firstOn is not null and julianday(firstOn) - julianday(metOn) <= 2) as followUpsWithinTwoDays`,
        )
        .get({ eventId }),
    );
}
