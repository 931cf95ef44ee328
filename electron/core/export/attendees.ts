import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { rsvpStatusLabels, type RsvpStatus } from '../../../shared/domain';
import { safeCell } from './safe-cell';

export interface AttendeeExportRow {
  studentName: string;
  externalId: string | null;
  schoolEmail: string | null;
  program: string | null;
  classYear: number | null;
  rsvp: RsvpStatus;
  checkedInAt: string | null;
}

const header = ['Student', 'Student ID', 'School email', 'Program', 'Class year', 'RSVP', 'Checked in'];

function cells(row: AttendeeExportRow): (string | number)[] {
  return [
    safeCell(row.studentName),
    safeCell(row.externalId),
    safeCell(row.schoolEmail),
    safeCell(row.program),
    safeCell(row.classYear),
    rsvpStatusLabels[row.rsvp],
    safeCell(row.checkedInAt ? new Date(row.checkedInAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : ''),
  ];
}

/** UTF-8 with a BOM so spreadsheet programs read accents correctly; names, not ids. */
export function attendeesCsv(rows: readonly AttendeeExportRow[]): Buffer {
  const text = stringify([header, ...rows.map(cells)], { record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function attendeesXlsx(rows: readonly AttendeeExportRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rapport';
  const sheet = workbook.addWorksheet('Attendees');
  sheet.addRow([safeCell(title)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(cells(row));
  sheet.columns.forEach((column, index) => {
    column.width = [28, 14, 32, 26, 11, 12, 22][index] ?? 16;
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
