import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportedFile } from '../../../shared/api/events';
import type { ExportResult } from '../../../shared/api/exports';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/client';
import { calendarEvent, upcomingCalendarEvents } from '../db/calendar';
import { attendeesForExport } from '../db/exports';
import { attendeesCsv, attendeesXlsx, withheldSentence, type AttendeeExportEvent } from '../export/attendees';
import { checkInSheetPdf } from '../export/check-in-sheet';
import { toIcs } from '../export/ics';
import { AppError, notFound } from '../errors';
import { officeId } from '../db/office-id';
import { currentActor, getSettings } from '../office/settings';
import { exportMimeTypes, slug } from '../export/file-name';
import { officeClock } from '../db/office-day';
import { officeDayOf, type OfficeClock, officeWallClock, readableCheckInTime, readableDateTime, readableEventTime } from '../office-time';
import { readEvent } from './service';

function file(fileName: string, mimeType: string, content: Buffer): ExportedFile {
  return { fileName, mimeType, base64: content.toString('base64') };
}

export function eventsExportIcs(db: Db, input: ParsedInput<'events.exportIcs'>): ExportedFile {
  const now = new Date();
  const events = input.eventId === undefined ? upcomingCalendarEvents(db, now.toISOString()) : [publishableEvent(db, input.eventId)];
  const text = toIcs(events, { name: getSettings(db).officeName, id: officeId(db) }, now);
  writeAudit(db, {
    actor: currentActor(db),
    action: 'export',
    entity: 'event',
    entityId: input.eventId ?? null,
    count: events.length,
    details: { format: 'ics' },
  });
  const name = input.eventId === undefined ? 'upcoming-events' : slug(events[0]?.title ?? 'event', 'event');
  return file(`${name}.ics`, 'text/calendar; charset=utf-8', Buffer.from(text, 'utf8'));
}

/** One event for its own calendar file: a draft is refused, since the file is made to be sent to people. */
function publishableEvent(db: Db, eventId: number) {
  const event = calendarEvent(db, eventId);
  if (!event) throw notFound('event', eventId);
  if (event.status === 'draft') {
    throw new AppError(
      'invalid_input',
      `${event.title} is a draft: a calendar file is for sending out, and a draft may still change or be dropped. Schedule the event first.`,
      { field: 'eventId', reason: 'draft' },
    );
  }
  return event;
}

/** The event as the attendee files and the check-in sheet name it, read on the office's clock. */
function eventForExport(db: Db, eventId: number): { named: AttendeeExportEvent; fileName: string; clock: OfficeClock } {
  const event = readEvent(db, eventId);
  const clock = officeClock(db);
  return {
    named: {
      title: event.title,
      when: readableEventTime(clock, event.startsAt, event.endsAt),
      location: event.location,
      checkInTime: (checkedInAt) => readableCheckInTime(clock, checkedInAt, event.startsAt),
      checkInClock: (checkedInAt) => officeWallClock(clock, checkedInAt),
    },
    // The date tells two runs of a recurring event apart in a downloads folder (and the CSV has no title line).
    fileName: `${slug(event.title, 'event')}-${officeDayOf(clock.timeZone, event.startsAt)}`,
    clock,
  };
}

/** Recorded once the file exists: a failed build is not an export. */
function exported(
  db: Db,
  eventId: number,
  fileName: string,
  format: keyof typeof exportMimeTypes,
  content: Buffer,
  rows: number,
  withheld: number,
): ExportResult {
  writeAudit(db, { actor: currentActor(db), action: 'export', entity: 'attendance', entityId: eventId, count: rows, details: { format, fileName, withheld } });
  const warning = withheldSentence(withheld);
  return { fileName, mimeType: exportMimeTypes[format], base64: content.toString('base64'), rows, withheld, warnings: warning ? [warning] : [] };
}

export async function eventsExportAttendees(db: Db, input: ParsedInput<'events.exportAttendees'>): Promise<ExportResult> {
  const { named, fileName } = eventForExport(db, input.eventId);
  const { rows, counts } = attendeesForExport(db, input.eventId);
  const content = input.format === 'csv' ? attendeesCsv(named, rows) : await attendeesXlsx(named, rows, counts.withheld);
  return exported(db, input.eventId, `${fileName}-attendees.${input.format}`, input.format, content, rows.length, counts.withheld);
}

export async function eventsCheckInSheet(db: Db, input: ParsedInput<'events.checkInSheet'>): Promise<ExportResult> {
  const { named, fileName, clock } = eventForExport(db, input.eventId);
  const { rows, counts } = attendeesForExport(db, input.eventId, { atTheDoor: true });
  const printedAt = readableDateTime(clock, new Date().toISOString());
  const content = await checkInSheetPdf({ event: named, rows, counts, printedAt });
  return exported(db, input.eventId, `${fileName}-check-in.pdf`, 'pdf', content, rows.length, counts.withheld);
}
