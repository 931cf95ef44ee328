import PDFDocument from 'pdfkit';
import { rsvpStatusLabels } from '../../../shared/domain';
import type { AttendeeCounts, AttendeeExportRow } from '../db/exports';
import type { AttendeeExportEvent } from './attendees';

/** A printable sheet for the door: one line per attendee with a box to tick. */
export function checkInSheetPdf({
  event,
  rows,
  counts,
}: {
  event: AttendeeExportEvent;
  rows: readonly AttendeeExportRow[];
  counts: AttendeeCounts;
}): Promise<Buffer> {
  const withheld = counts.withheld;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margin: 48,
      info: { Title: `Check-in: ${event.title}`, Creator: 'Rapport' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const when = event.when;
    doc.fontSize(18).font('Helvetica-Bold').text(event.title);
    doc.fontSize(10).font('Helvetica').fillColor('#555').text([when, event.location].filter(Boolean).join(' · '));
    doc.moveDown(0.8).fillColor('#000');
    const columns = [48, 70, 260, 350, 470];
    const headerRow = (y: number) => {
      doc.font('Helvetica-Bold').fontSize(9);
      ['', 'Student', 'Student ID', 'Program', 'RSVP'].forEach((label, i) => doc.text(label, columns[i] ?? 48, y, { width: 180 }));
      doc.font('Helvetica').fontSize(10);
    };
    let y = doc.y;
    headerRow(y);
    y += 16;
    for (const row of rows) {
      if (y > 730) {
        doc.addPage();
        y = 48;
        headerRow(y);
        y += 16;
      }
      doc.rect(48, y, 10, 10).stroke();
      doc.text(row.studentName, 70, y, { width: 185, ellipsis: true, lineBreak: false });
      doc.text(row.externalId ?? '', 260, y, { width: 85, lineBreak: false });
      doc.text(row.program ?? '', 350, y, { width: 115, ellipsis: true, lineBreak: false });
      doc.text(rsvpStatusLabels[row.rsvp], 470, y, { width: 90, lineBreak: false });
      y += 18;
    }
    doc.moveDown(2).fontSize(8).fillColor('#777');
    const footer = `${rows.length} attendee${rows.length === 1 ? '' : 's'}${withheld > 0 ? `; ${withheld} with a confidentiality hold not listed` : ''}.`;
    doc.text(footer, 48, Math.min(y + 12, 740));
    doc.end();
  });
}
