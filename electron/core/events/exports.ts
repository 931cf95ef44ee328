import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportedFile } from '../../../shared/api/events';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/client';
import { upcomingEventIds } from '../db/events';
import { attendeesForExport, eventsForCalendar } from '../db/exports';
import { attendeesCsv, attendeesXlsx } from '../export/attendees';
import { checkInSheetPdf } from '../export/check-in-sheet';
import { toIcs } from '../export/ics';
import { currentActor, getSettings } from '../office/settings';
import { slug } from '../export/file-name';
import { readEvent } from './service';

function file(fileName: string, mimeType: string, content: Buffer): ExportedFile {
  return { fileName, mimeType, base64: content.toString('base64') };
}

export function eventsExportIcs(db: Db, input: ParsedInput<'events.exportIcs'>): ExportedFile {
  const ids = input.eventId === undefined ? upcomingEventIds(db, new Date().toISOString()) : [readEvent(db, input.eventId).id];
  const events = eventsForCalendar(db, ids);
  const text = toIcs(events, getSettings(db).officeName, new Date());
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
