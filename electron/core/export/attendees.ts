import { rsvpStatusLabels } from '../../../shared/domain';
import type { AttendeeExportRow } from '../db/exports';
import { tableCsv, tableXlsx, type ExportTable } from './table';

/** The event as the files name it, its times already read on the office's clock. */
export interface AttendeeExportEvent {
  title: string;
  /** "Thu 3 Dec 2026 17:00–19:00". */
  when: string;
  location: string | null;
  /** A stored check-in instant as the office's wall time: "17:42" on the event's day (the sheet). */
  checkInTime(checkedInAt: string): string;
  /** The same as a date-time cell's value (see officeWallClock). */
  checkInClock(checkedInAt: string): Date | null;
}

/** "2 students with a confidentiality hold are not listed.", or null when nobody was left out. */
export function withheldSentence(withheld: number): string | null {
  if (withheld === 0) return null;
  return withheld === 1 ? '1 student with a confidentiality hold is not listed.' : `${withheld} students with a confidentiality hold are not listed.`;
}

/** The attendee list as a table: names, not ids; the shared writers make every text cell formula-safe. */
function attendeesTable(event: AttendeeExportEvent, rows: readonly AttendeeExportRow[]): ExportTable {
  return {
    sheetName: 'Attendees',
    title: [`${event.title} — attendees`, event.when, event.location].filter(Boolean).join(' · '),
    header: ['Student', 'Student ID', 'School email', 'Program', 'Class year', 'RSVP', 'Checked in'],
    widths: [28, 14, 32, 26, 11, 12, 22],
    kinds: { 'Class year': 'year', 'Checked in': 'datetime' },
    rows: rows.map((row) => [
      row.studentName,
      row.externalId,
      row.schoolEmail,
      row.program,
      row.classYear,
      // A walk-in took a registered place at the door: the file says how they came.
      row.walkIn ? 'Walk-in' : rsvpStatusLabels[row.rsvp],
      row.checkedInAt ? event.checkInClock(row.checkedInAt) : null,
    ]),
  };
}

/**
 * A plain header-and-rows table (UTF-8 with a BOM so spreadsheet programs read accents): a title line above
 * the header would be read as the header by every CSV reader, so the event and its date go in the file name.
 */
export function attendeesCsv(event: AttendeeExportEvent, rows: readonly AttendeeExportRow[]): Buffer {
  return tableCsv(attendeesTable(event, rows));
}

/** The event, its date and place in the title row; under it, how many were left out for confidentiality. */
export function attendeesXlsx(event: AttendeeExportEvent, rows: readonly AttendeeExportRow[], withheld: number): Promise<Buffer> {
  return tableXlsx({ ...attendeesTable(event, rows), note: withheldSentence(withheld) ?? undefined });
}
