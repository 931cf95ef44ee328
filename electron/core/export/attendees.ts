import { rsvpStatusLabels, type RsvpStatus } from '../../../shared/domain';
import { tableCsv, tableXlsx, type ExportTable } from './table';

export interface AttendeeExportRow {
  studentName: string;
  externalId: string | null;
  schoolEmail: string | null;
  program: string | null;
  classYear: number | null;
  rsvp: RsvpStatus;
  checkedInAt: string | null;
}

/** The attendee list as a table: names, not ids; the shared writers make every text cell formula-safe. */
function attendeesTable(rows: readonly AttendeeExportRow[], title: string): ExportTable {
  return {
    sheetName: 'Attendees',
    title,
    header: ['Student', 'Student ID', 'School email', 'Program', 'Class year', 'RSVP', 'Checked in'],
    widths: [28, 14, 32, 26, 11, 12, 22],
    rows: rows.map((row) => [
      row.studentName,
      row.externalId,
      row.schoolEmail,
      row.program,
      row.classYear,
      rsvpStatusLabels[row.rsvp],
      row.checkedInAt ? new Date(row.checkedInAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '',
    ]),
  };
}

/** UTF-8 with a BOM so spreadsheet programs read accents correctly. */
export function attendeesCsv(rows: readonly AttendeeExportRow[]): Buffer {
  return tableCsv(attendeesTable(rows, ''));
}

export function attendeesXlsx(rows: readonly AttendeeExportRow[], title: string): Promise<Buffer> {
  return tableXlsx(attendeesTable(rows, title));
}
