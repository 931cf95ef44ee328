import { z } from 'zod';
import { eventSchema } from '../../../shared/api/events';
import type { Db } from './client';
import { parseRows } from './rows';

// The events a calendar file carries, with what iCalendar needs beyond the event page: its SEQUENCE (migration
// 0020's trigger keeps it), when it was created (part of its UID) and when it last changed.

export const calendarEventSchema = eventSchema
  .pick({ id: true, title: true, format: true, startsAt: true, endsAt: true, location: true, link: true, description: true, status: true })
  .extend({ sequence: z.number().int().min(0), createdAt: z.string(), updatedAt: z.string() });
export type CalendarEvent = z.infer<typeof calendarEventSchema>;

const columns = `id, title, format, starts_at as startsAt, ends_at as endsAt, location, link, description, status, sequence, created_at as createdAt, updated_at as updatedAt`;

/**
 * Events not yet over: the scheduled ones, and the cancelled ones so that a calendar which imported them earlier
 * takes them off. Drafts never leave the office. At most 500, the soonest first.
 */
export function upcomingCalendarEvents(db: Db, nowIso: string): CalendarEvent[] {
  return parseRows(
    calendarEventSchema,
    db.sqlite.prepare(`select ${columns} from events where ends_at >= ? and status in ('scheduled', 'cancelled') order by starts_at limit 500`).all(nowIso),
  );
}

export function calendarEvent(db: Db, id: number): CalendarEvent | undefined {
  return parseRows(calendarEventSchema, db.sqlite.prepare(`select ${columns} from events where id = ?`).all(id))[0];
}

/** Each event as calendars were last sent it (its UID's parts, SEQUENCE and what moves it), read before a restore. */
export function sentCalendarState(db: Db): string {
  return JSON.stringify(
    db.sqlite
      .prepare(`select id, created_at as createdAt, sequence, starts_at as startsAt, ends_at as endsAt, location, link, format, status from events`)
      .all(),
  );
}

/**
 * A restore must not wind SEQUENCE back: calendars ignore an update whose SEQUENCE is below the copy they hold, so an
 * event restored to its earlier time would stay at the later one there. Each restored event that is the same event
 * (same id and creation instant) keeps the higher of the two sequences, one more when the restore changes its time,
 * place or cancellation (the rule of migration 0020's trigger, which a direct write of `sequence` does not fire).
 */
export function keepSequencesAhead(staged: Db, sent: string): void {
  staged.sqlite
    .prepare(
      `with sent as (
         select json_extract(value, '$.id') as id, json_extract(value, '$.createdAt') as created_at, json_extract(value, '$.sequence') as sequence,
           json_extract(value, '$.startsAt') as starts_at, json_extract(value, '$.endsAt') as ends_at, json_extract(value, '$.location') as location,
           json_extract(value, '$.link') as link, json_extract(value, '$.format') as format, json_extract(value, '$.status') as status
         from json_each(?))
       update events set sequence = max(events.sequence, sent.sequence)
         + (events.starts_at is not sent.starts_at or events.ends_at is not sent.ends_at or events.location is not sent.location
            or events.format is not sent.format or (events.link is not sent.link and events.format <> 'in_person')
            or (events.status = 'cancelled') <> (sent.status = 'cancelled'))
       from sent where sent.id = events.id and sent.created_at = events.created_at`,
    )
    .run(sent);
}
