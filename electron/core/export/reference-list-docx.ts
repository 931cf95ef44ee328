import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { contactLines, isRightToLeft, knownSinceLine, type ReferenceDocument, type ReferenceEntry } from './reference-document';

type RunStyle = Omit<IRunOptions, 'text' | 'rightToLeft'>;
type ParagraphStyle = Omit<IParagraphOptions, 'children' | 'bidirectional'>;

/**
 * One paragraph of one run. A line that reads right to left (a Hebrew or Arabic name) is marked so for Word: the
 * paragraph runs right to left and the run is complex-script text. Alignment LEFT keeps it in the column; docx writes it
 * the way Word reads alignment in a right-to-left paragraph.
 */
function line(text: string, run: RunStyle = {}, paragraph: ParagraphStyle = {}): Paragraph {
  const rightToLeft = isRightToLeft(text);
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    ...paragraph,
    ...(rightToLeft && { bidirectional: true }),
    children: [new TextRun({ ...run, text, ...(rightToLeft && { rightToLeft: true }) })],
  });
}

function studentHeader(student: ReferenceDocument['student']): Paragraph[] {
  const contact = [student.email, student.phone].filter((part): part is string => Boolean(part)).join(' · ');
  const rule = { bottom: { style: BorderStyle.SINGLE, size: 6, color: '9A9A9A', space: 8 } };
  const name = line(student.name, { bold: true, size: 44 }, { alignment: AlignmentType.CENTER, spacing: { after: 60 }, border: contact ? undefined : rule });
  if (!contact) return [name];
  return [name, line(contact, { size: 19, color: '444444' }, { alignment: AlignmentType.CENTER, border: rule })];
}

interface Line {
  text: string;
  run?: RunStyle;
  paragraph?: ParagraphStyle;
}

const detail: RunStyle = { size: 17, color: '666666' };

function entryParagraphs(entry: ReferenceEntry): Paragraph[] {
  const knownSince = knownSinceLine(entry);
  const lines = [
    { text: entry.name, run: { bold: true, size: 22 } },
    entry.title ? { text: entry.title } : null,
    entry.organisation ? { text: entry.organisation } : null,
    ...contactLines(entry).map((contact) => ({ text: contact })),
    { text: entry.relationship, run: detail, paragraph: { spacing: { before: 60 } } },
    // Internal status (agreed or not) never goes on the page: the app warns the advisor instead.
    knownSince ? { text: knownSince, run: detail } : null,
  ].filter((item): item is Line => item !== null);

  // keepNext on every line but the last holds the entry on one page, as wrap={false} does in the PDF.
  return lines.map(({ text, run, paragraph }, i) => {
    const last = i === lines.length - 1;
    return line(text, run, {
      ...paragraph,
      keepLines: true,
      ...(!last && { keepNext: true }),
      spacing: { ...paragraph?.spacing, after: last ? 260 : 0 },
    });
  });
}

/** The student's reference list as an editable Word document, with the same structure and wording as the PDF. */
export async function referenceListDocx(doc: ReferenceDocument): Promise<Buffer> {
  const document = new Document({
    title: `References — ${doc.student.name}`,
    creator: doc.student.name,
    lastModifiedBy: 'Rapport',
    styles: {
      default: {
        // Calibri for Latin text; Word takes Hebrew and Arabic from the complex-script font, and Arial has both. The
        // labels are English (the PDF says en-US too): without it Word proofs and reads them in the reader's language.
        document: { run: { size: 20, font: { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial' }, language: { value: 'en-US' } } },
        heading1: {
          run: { size: 26, bold: true, color: '1A1A1A' },
          paragraph: { spacing: { before: 320, after: 160 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: '8.5in', height: '11in' },
            margin: { top: '0.9in', right: '0.9in', bottom: '0.9in', left: '0.9in' },
          },
        },
        children: [
          ...studentHeader(doc.student),
          new Paragraph({ text: 'References', heading: HeadingLevel.HEADING_1 }),
          ...doc.entries.flatMap(entryParagraphs),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
