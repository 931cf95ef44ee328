import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { careerFair, worldNames } from './support/career-fair';
import { freshDbForEachTest } from './helpers';

const t = freshDbForEachTest();
const { call, callAsync } = t;

/** Today in New York as the files print it ("Sun 6 Dec 2026") and as file names carry it ("2026-12-06"). */
function newYorkDay(): { readable: string; iso: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })
      .formatToParts(new Date(Date.now() - 3_600_000))
      .map((p) => [p.type, p.value]),
  );
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(Date.now() - 3_600_000));
  return { readable: `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`, iso };
}

describe('attendee files', () => {
  it('XLSX names the event, its date and place in the title, says who was left out, and lists every name exactly', async () => {
    const fair = careerFair(call, 30);
    const day = newYorkDay();
    const file = await callAsync('events.exportAttendees', { eventId: fair.eventId, format: 'xlsx' });
    expect(file.fileName).toBe(`Spring-Career-Fair-Engineering-Computing-${day.iso}-attendees.xlsx`);
    expect(file).toMatchObject({ rows: 29, withheld: 1, warnings: ['1 student with a confidentiality hold is not listed.'] });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.base64, 'base64')).buffer);
    const sheet = workbook.getWorksheet('Attendees');
    if (!sheet) throw new Error('no Attendees sheet');
    const title = String(sheet.getCell('A1').value);
    expect(title).toContain('Spring Career Fair — Engineering & Computing — attendees');
    expect(title).toContain(day.readable);
    expect(title).toContain('Memorial Union, Great Hall');
    expect(sheet.getCell('A2').value).toBe('1 student with a confidentiality hold is not listed.');
    expect(sheet.getRow(3).values).toEqual([undefined, 'Student', 'Student ID', 'School email', 'Program', 'Class year', 'RSVP', 'Checked in']);

    const students = sheet.getColumn(1).values.slice(4).map(String);
    for (const [first, last] of worldNames) expect(students).toContain(`${first} ${last}`);
    expect(students).toContain(fair.declined);
    expect(students).not.toContain(fair.hidden);
    // Check-in times are date-time cells holding the office's wall time (New York), not text and not UTC.
    const checkedIn = sheet
      .getColumn(7)
      .values.slice(4)
      .filter((v) => v !== null && v !== undefined);
    expect(checkedIn).toHaveLength(fair.checkedIn);
    const stored = t.db.sqlite.prepare(`select checked_in_at from attendance where checked_in_at is not null limit 1`).pluck().get();
    const first = checkedIn[0];
    if (!(first instanceof Date) || typeof stored !== 'string') throw new Error('the check-in time is not a date-time cell');
    const newYork = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' });
    expect(first.toISOString().slice(0, 16).replace('T', ', ')).toBe(newYork.format(new Date(stored)));
    expect(sheet.getCell('G4').numFmt ?? sheet.getColumn(7).numFmt).toMatch(/h+:mm/);
  });

  it('CSV stays a plain header-and-rows table: the event and date are in the file name, the withheld count in the result', async () => {
    const fair = careerFair(call, 20);
    const file = await callAsync('events.exportAttendees', { eventId: fair.eventId, format: 'csv' });
    expect(file.fileName).toBe(`Spring-Career-Fair-Engineering-Computing-${newYorkDay().iso}-attendees.csv`);
    expect(file).toMatchObject({ rows: 19, withheld: 1, warnings: ['1 student with a confidentiality hold is not listed.'] });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFStudent,Student ID,School email,Program,Class year,RSVP,Checked in');
    expect(lines).toHaveLength(20);
    for (const [first, last] of worldNames) expect(text).toContain(`${first} ${last}`);
    expect(text).not.toContain('Hidden');
    // A checked-in row ends with the office's wall time, as a spreadsheet reads a date-time ("2026-12-06 17:42").
    expect(lines.filter((line) => /,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(line))).toHaveLength(fair.checkedIn);
    expect(call('audit.list', { action: 'export', page: 1, pageSize: 5 }).rows[0]).toMatchObject({
      entity: 'attendance',
      count: 19,
      details: { format: 'csv', withheld: 1 },
    });
  });
});
