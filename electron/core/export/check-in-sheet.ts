import { rsvpStatusLabels } from '../../../shared/domain';
import type { AttendeeCounts, AttendeeExportRow } from '../db/exports';
import { withheldSentence, type AttendeeExportEvent } from './attendees';
import { assertPrintable, createPdf, horizontalRule, numberPages, type Paragraph, type Pdf, type TextStyle } from './pdf/pdf';

/** What the door needs: the event, who may walk in (sorted as the app lists attendees) and the counts. */
export interface CheckInSheet {
  event: AttendeeExportEvent;
  rows: readonly AttendeeExportRow[];
  counts: AttendeeCounts;
  /** "Sun 6 Dec 2026 16:40": a check-in after this is not on the paper. */
  printedAt: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * "12 registered · 30 invited · 3 already checked in", as an advisor says it: invited is everyone on the list
 * (as the event page counts it), registered those with a place; waitlisted and declined only when there are some.
 */
export function countsSentence(counts: AttendeeCounts): string {
  const parts = [`${count(counts.registered)} registered`, `${count(counts.invited)} invited`];
  if (counts.waitlisted > 0) parts.push(`${count(counts.waitlisted)} waitlisted`);
  if (counts.declined > 0) parts.push(`${count(counts.declined)} declined (not listed)`);
  parts.push(counts.checkedIn > 0 ? `${count(counts.checkedIn)} already checked in` : 'nobody checked in yet');
  return parts.join(' · ');
}

interface Column {
  header: string;
  width: number;
  cell(row: AttendeeExportRow): string;
}

/** Letter portrait, 532 points between the margins: a box to tick, then the names the desk looks people up by. */
function columnsFor(event: AttendeeExportEvent): Column[] {
  return [
    { header: 'In', width: 26, cell: () => '' },
    { header: 'Last name', width: 112, cell: (row) => row.lastName },
    { header: 'First name', width: 100, cell: (row) => row.givenName },
    { header: 'Student ID', width: 62, cell: (row) => row.externalId ?? '' },
    { header: 'Program', width: 102, cell: (row) => row.program ?? '' },
    { header: 'RSVP', width: 66, cell: (row) => rsvpStatusLabels[row.rsvp] },
    { header: 'Checked in', width: 64, cell: (row) => (row.checkedInAt ? event.checkInTime(row.checkedInAt) : '') },
  ];
}

const margin = 40;
const cellStyle: TextStyle = { size: 10 };
const headStyle: TextStyle = { size: 9, weight: 'bold', color: '#333333' };
/** Inside a cell: above and below the text, and on either side. */
const padY = 3;
const padX = 5;
const ink = '#222222';
const rule = '#bbbbbb';
const stripe = '#f2f2f2';

/** Every text that goes on the page, checked before anything is drawn: a name no font has is refused, never boxes. */
function assertSheetPrintable(sheet: CheckInSheet, columns: readonly Column[]): void {
  assertPrintable(sheet.event.title, 'the event title');
  if (sheet.event.location) assertPrintable(sheet.event.location, 'the event location');
  // A program or an RSVP label shared by hundreds of rows is checked once (refused, it names the first of them).
  const checked = new Set<string>();
  for (const row of sheet.rows) {
    const whose = `the record of student ${row.studentName}${row.externalId ? ` (${row.externalId})` : ''}`;
    for (const column of columns) {
      const text = column.cell(row);
      if (checked.has(text)) continue;
      assertPrintable(text, `the ${column.header.toLowerCase()} in ${whose}`);
      checked.add(text);
    }
  }
}

/** Draws one table row; `tag` puts each cell in the structure tree, or leaves it out for a repeated header. */
function drawRow(pdf: Pdf, columns: readonly Column[], cells: readonly Paragraph[], y: number, tag: (index: number, draw: () => void) => void): void {
  let x = pdf.box.left;
  columns.forEach((column, index) => {
    const paragraph = cells[index];
    const left = x;
    if (paragraph && paragraph.lines.length > 0) tag(index, () => pdf.draw(paragraph, left + padX, y + padY, column.width - 2 * padX));
    else tag(index, () => undefined);
    x += column.width;
  });
}

const rowHeight = (cells: readonly Paragraph[]) => Math.max(cellStyle.size * 1.45, ...cells.map((cell) => cell.height)) + 2 * padY;

/** The box to tick, ticked (and the time printed beside the name's row) for who is already in: never colour alone. */
function drawBox(pdf: Pdf, y: number, ticked: boolean): void {
  const size = 10;
  const x = pdf.box.left + padX + 2;
  const top = y + padY + 1;
  pdf.artifact(() => {
    // White inside, on a shaded row too, for the pen.
    pdf.doc.rect(x, top, size, size).lineWidth(0.8).fillAndStroke('#ffffff', ink);
    if (ticked)
      pdf.doc
        .moveTo(x + 2, top + 5.2)
        .lineTo(x + 4.2, top + 7.8)
        .lineTo(x + 8.4, top + 2.2)
        .lineWidth(1.6)
        .strokeColor(ink)
        .stroke();
  });
}

/** Each page after the first opens with the event (title · when · where) and the column names, all as artifacts. */
function continuationHeader(pdf: Pdf, sheet: CheckInSheet, header: readonly Paragraph[], columns: readonly Column[]): number {
  const { box } = pdf;
  const running = pdf.layout([sheet.event.title, sheet.event.when, sheet.event.location].filter(Boolean).join(' · '), { size: 9, color: '#444444' }, box.width);
  pdf.artifact(() => pdf.draw(running, box.left, box.top, box.width), 'Pagination');
  const top = box.top + running.height + 10;
  pdf.artifact(() => drawRow(pdf, columns, header, top, (_, draw) => draw()), 'Pagination');
  const bottom = top + rowHeight(header);
  horizontalRule(pdf, bottom, ink, 0.8);
  return bottom;
}

/**
 * A printable sheet for the door, tagged for screen readers: the event as a heading, the counts, then one table
 * row per person who may walk in (a box to tick, names, ID, program, RSVP, the time if already checked in).
 * Pages after the first repeat the event and the column names; every page says "Page x of y".
 */
export async function checkInSheetPdf(sheet: CheckInSheet): Promise<Buffer> {
  const columns = columnsFor(sheet.event);
  assertSheetPrintable(sheet, columns);
  const pdf = createPdf({ title: `Check-in: ${sheet.event.title}`, lang: 'en-US', margin });
  const { doc, box, root } = pdf;

  let y = box.top;
  const paragraph = (tagName: string, text: string, style: TextStyle, after: number) => {
    const laid = pdf.layout(text, style, box.width);
    const top = y;
    pdf.tag(root, tagName, () => pdf.draw(laid, box.left, top, box.width));
    y += laid.height + after;
  };
  paragraph('P', 'Check-in sheet', { size: 9, weight: 'bold', color: '#555555' }, 2);
  paragraph('H1', sheet.event.title, { size: 18, weight: 'bold' }, 4);
  paragraph('P', [sheet.event.when, sheet.event.location].filter(Boolean).join(' · '), { size: 11, color: '#333333' }, 8);
  paragraph('P', countsSentence(sheet.counts), { size: 10, weight: 'bold' }, 2);
  const withheld = withheldSentence(sheet.counts.withheld);
  if (withheld) paragraph('P', withheld, { size: 10, color: '#333333' }, 2);
  y += 10;

  if (sheet.rows.length === 0) {
    paragraph('P', 'Nobody is on the list for this event yet.', cellStyle, 0);
  } else {
    const header = columns.map((column) => pdf.layout(column.header, headStyle, column.width - 2 * padX));
    const table = pdf.tag(root, 'Table');
    const headRow = pdf.tag(pdf.tag(table, 'THead'), 'TR');
    drawRow(pdf, columns, header, y, (_, draw) => pdf.tag(headRow, 'TH', draw, { scope: 'Column' }));
    y += rowHeight(header);
    horizontalRule(pdf, y, ink, 0.8);
    const body = pdf.tag(table, 'TBody');
    // Programs, RSVP labels and times repeat down the sheet: each distinct text is laid out once per column.
    const laidOut = new Map<string, Paragraph>();
    const cellParagraph = (column: Column, text: string) => {
      const key = `${column.header}\u0000${text}`;
      let paragraph = laidOut.get(key);
      if (!paragraph) {
        paragraph = pdf.layout(text, cellStyle, column.width - 2 * padX);
        laidOut.set(key, paragraph);
      }
      return paragraph;
    };
    sheet.rows.forEach((row, index) => {
      const cells = columns.map((column) => cellParagraph(column, column.cell(row)));
      const height = rowHeight(cells);
      if (y + height > box.bottom) {
        doc.addPage();
        y = continuationHeader(pdf, sheet, header, columns);
      }
      // Every other row shaded, so the eye stays on one line from the name to the box.
      const top = y;
      if (index % 2 === 1) pdf.artifact(() => doc.rect(box.left, top, box.width, height).fillColor(stripe).fill());
      const tr = pdf.tag(body, 'TR');
      drawRow(pdf, columns, cells, top, (_, draw) => pdf.tag(tr, 'TD', draw));
      tr.end();
      drawBox(pdf, top, row.checkedInAt !== null);
      y += height;
      horizontalRule(pdf, y, rule);
    });
    table.end();
  }
  numberPages(pdf, `Printed ${sheet.printedAt}; check-ins after this are not on the sheet.`);
  return pdf.finish();
}
