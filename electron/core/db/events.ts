import { z } from 'zod';
import { eventSchema } from '../../../shared/api/events';
import { eventFormats, eventKinds, eventStatuses, type EventFormat, type EventKind, type EventStatus } from '../../../shared/domain';
import type { Db } from './client';
import { movingGoals } from './goal-refresh';
import { parseRows } from './rows';
import { studentsWithEventGoals } from './goals';

const summaryRow = z.object({
  id: z.number(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(eventStatuses),
});

export function findEventSummary(db: Db, id: number) {
  return parseRows(summaryRow, db.sqlite.prepare('select id, title, starts_at as startsAt, ends_at as endsAt, status from events where id = ?').all(id))[0];
}

/** Events (not cancelled) whose time overlaps [startsAt, endsAt). */
export function overlappingEvents(db: Db, startsAt: string, endsAt: string, exceptId: number | null) {
  return parseRows(
    summaryRow,
    db.sqlite
      .prepare(
        `select id, title, starts_at as startsAt, ends_at as endsAt, status from events
         where status <> 'cancelled' and julianday(starts_at) < julianday(:endsAt) and julianday(ends_at) > julianday(:startsAt)
           and id <> :exceptId
         order by starts_at limit 20`,
      )
      .all({ startsAt, endsAt, exceptId: exceptId ?? -1 }),
  );
}

const detailRow = eventSchema.omit({ employers: true, counts: true, conflicts: true }).extend({
  kind: z.enum(eventKinds),
  format: z.enum(eventFormats),
  status: z.enum(eventStatuses),
});

export function findEvent(db: Db, id: number) {
  const event = parseRows(
    detailRow,
    db.sqlite
      .prepare(
        `select id, title, kind, format, starts_at as startsAt, ends_at as endsAt, location, link, capacity, description,
           prep_notes as prepNotes, status, version from events where id = ?`,
      )
      .all(id),
  )[0];
  if (!event) return undefined;
  const employers = parseRows(
    z.object({ id: z.number(), name: z.string(), industry: z.string().nullable() }),
    db.sqlite
      .prepare('select e.id, e.name, e.industry from event_employers ee join employers e on e.id = ee.employer_id where ee.event_id = ? order by e.name')
      .all(id),
  );
  const counts = z
    .object({
      invited: z.number(),
      registered: z.number(),
      declined: z.number(),
      waitlisted: z.number(),
      checkedIn: z.number(),
    })
    .parse(
      db.sqlite
        .prepare(
          `select count(*) as invited, coalesce(sum(rsvp = 'registered'), 0) as registered, coalesce(sum(rsvp = 'declined'), 0) as declined,
             coalesce(sum(rsvp = 'waitlisted'), 0) as waitlisted, coalesce(sum(checked_in_at is not null), 0) as checkedIn
           from attendance where event_id = ?`,
        )
        .get(id),
    );
  return { ...event, employers, counts, conflicts: overlappingEvents(db, event.startsAt, event.endsAt, id) };
}

export interface EventValues {
  title: string;
  kind: EventKind;
  format: EventFormat;
  startsAt: string;
  endsAt: string;
  location: string | null;
  link: string | null;
  capacity: number | null;
  description: string | null;
  prepNotes: string | null;
  status: EventStatus;
}

export function insertEvent(db: Db, v: EventValues): number {
  return Number(
    db.sqlite
      .prepare(
        `insert into events (title, kind, format, starts_at, ends_at, location, link, capacity, description, prep_notes, status)
         values (:title, :kind, :format, :startsAt, :endsAt, :location, :link, :capacity, :description, :prepNotes, :status)`,
      )
      .run(v).lastInsertRowid,
  );
}

export function updateEvent(db: Db, id: number, v: EventValues): void {
  // New times: goals tied to the event have a new window.
  return movingGoals(db, { students: studentsWithEventGoals(db, id) }, () => {
    db.sqlite
      .prepare(
        `update events set title = :title, kind = :kind, format = :format, starts_at = :startsAt, ends_at = :endsAt, location = :location,
           link = :link, capacity = :capacity, description = :description, prep_notes = :prepNotes, status = :status,
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
      )
      .run({ ...v, id });
  });
}

export function setEventEmployers(db: Db, eventId: number, employerIds: readonly number[]): void {
  db.sqlite.prepare('delete from event_employers where event_id = ?').run(eventId);
  const insert = db.sqlite.prepare('insert into event_employers (event_id, employer_id) values (?, ?)');
  for (const employerId of new Set(employerIds)) insert.run(eventId, employerId);
}

export function eventsInMonth(db: Db, month: string) {
  return parseRows(
    summaryRow.extend({ kind: z.enum(eventKinds), registered: z.number(), capacity: z.number().nullable() }),
    db.sqlite
      .prepare(
        `select e.id, e.title, e.starts_at as startsAt, e.ends_at as endsAt, e.status, e.kind, e.capacity,
           (select count(*) from attendance a where a.event_id = e.id and a.rsvp = 'registered') as registered
         from events e
         where e.starts_at < date(:month || '-01', '+1 month') and e.ends_at >= :month || '-01'
         order by e.starts_at`,
      )
      .all({ month }),
  );
}
