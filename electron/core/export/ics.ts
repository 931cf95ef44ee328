// iCalendar (RFC 5545) for events: text escaped, lines folded at 75 octets, CRLF line ends.
import type { CalendarEvent } from '../db/calendar';

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; newlines become \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF and a space. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Unique across offices (the office's random id) and the same in every export of the event, so a re-import updates it.
 * The row id alone is not the event: restoring an older backup winds the id counter back, and the next new event
 * would take the id of one that calendars already hold (and replace it there, or be ignored for its lower SEQUENCE);
 * the instant the event was created tells the two apart. So does it for a backup of another office from before
 * migration 0020, which restores with this office's id.
 */
function eventUid(officeId: string, event: { id: number; createdAt: string }): string {
  return `event-${event.id}-${event.createdAt.replace(/\D/g, '')}@${officeId}.rapport`;
}

function icsStatus(event: CalendarEvent): string {
  // Drafts are refused before a file is made (core/events/exports.ts); one here is a bug, not a tentative event.
  if (event.status === 'draft') throw new Error(`Event ${event.id} is a draft and cannot go into a calendar file.`);
  return event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED';
}

/** Where the event is: its room, or for a virtual event without one, its link (the place people go to). */
function place(event: CalendarEvent): string | null {
  return event.location ?? (event.format === 'virtual' ? event.link : null);
}

export function toIcs(events: readonly CalendarEvent[], office: { name: string; id: string }, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport//Career Services//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(office.name)}`,
  ];
  for (const e of events) {
    const description = [e.description, e.link ? `Join: ${e.link}` : null].filter((x): x is string => Boolean(x)).join('\n\n');
    const where = place(e);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(office.id, e)}`,
      // With METHOD the stamp is when this file was made (RFC 5545 §3.8.7.2); LAST-MODIFIED is the event's own change.
      `DTSTAMP:${utcStamp(now.toISOString())}`,
      `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTART:${utcStamp(e.startsAt)}`,
      `DTEND:${utcStamp(e.endsAt)}`,
      `SUMMARY:${escapeText(e.title)}`,
      ...(where ? [`LOCATION:${escapeText(where)}`] : []),
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      ...(e.link ? [`URL:${e.link}`] : []),
      `STATUS:${icsStatus(e)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
