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
