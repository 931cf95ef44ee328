// iCalendar (RFC 5545) for events: text escaped, lines folded at 75 octets, CRLF line ends.

export interface CalendarEvent {
  id: number;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  link: string | null;
  description: string | null;
  status: string;
  updatedAt: string;
}

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

export function toIcs(events: readonly CalendarEvent[], officeName: string, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport//Career Services//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(officeName)}`,
  ];
  for (const e of events) {
    const description = [e.description, e.link ? `Join: ${e.link}` : null].filter((x): x is string => Boolean(x)).join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:event-${e.id}@rapport.local`,
      `DTSTAMP:${utcStamp(now.toISOString())}`,
      `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
      `DTSTART:${utcStamp(e.startsAt)}`,
      `DTEND:${utcStamp(e.endsAt)}`,
      `SUMMARY:${escapeText(e.title)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      ...(e.link ? [`URL:${e.link}`] : []),
      `STATUS:${e.status === 'cancelled' ? 'CANCELLED' : e.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
