import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportedFile } from '../../../shared/api/events';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/client';
import { calendarEvent, upcomingCalendarEvents } from '../db/calendar';
import { attendeesForExport } from '../db/exports';
import { attendeesCsv, attendeesXlsx } from '../export/attendees';
import { checkInSheetPdf } from '../export/check-in-sheet';
import { toIcs } from '../export/ics';
import { AppError, notFound } from '../errors';
import { officeId } from '../db/office-id';
import { currentActor, getSettings } from '../office/settings';
import { slug } from '../export/file-name';
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

export async function eventsExportAttendees(db: Db, input: ParsedInput<'events.exportAttendees'>): Promise<ExportedFile> {
  const event = readEvent(db, input.eventId);
  const { rows } = attendeesForExport(db, input.eventId);
  const name = `${slug(event.title, 'event')}-attendees`;
  const built =
    input.format === 'csv'
      ? file(`${name}.csv`, 'text/csv; charset=utf-8', attendeesCsv(rows))
      : file(`${name}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await attendeesXlsx(rows, `${event.title} — attendees`));
  // Recorded once the file exists: a failed build is not an export.
  writeAudit(db, {
    actor: currentActor(db),
    action: 'export',
    entity: 'attendance',
    entityId: input.eventId,
    count: rows.length,
    details: { format: input.format },
  });
  return built;
}

export async function eventsCheckInSheet(db: Db, input: ParsedInput<'events.checkInSheet'>): Promise<ExportedFile> {
  const event = readEvent(db, input.eventId);
  const { rows, withheld } = attendeesForExport(db, input.eventId);
  const invited = rows.filter((r) => r.rsvp !== 'declined');
  const built = file(`${slug(event.title, 'event')}-check-in.pdf`, 'application/pdf', await checkInSheetPdf(event, invited, withheld));
  writeAudit(db, {
    actor: currentActor(db),
    action: 'export',
    entity: 'attendance',
    entityId: input.eventId,
    count: invited.length,
    details: { format: 'pdf' },
  });
  return built;
}
