import { assertPrintable, createPdf, horizontalRule, numberPages, type Paragraph, type Pdf, type TextStyle } from './pdf/pdf';
import { contactLines, knownSinceLine, type ReferenceDocument, type ReferenceEntry } from './reference-document';

const inch = 72;
const margin = 0.9 * inch;

const styles = {
  studentName: { size: 22, weight: 'bold', color: '#1a1a1a' },
  studentContact: { size: 9.5, color: '#444444' },
  heading: { size: 13, weight: 'bold', color: '#1a1a1a' },
  entryName: { size: 11, weight: 'bold', color: '#1a1a1a' },
  body: { size: 9.5, color: '#1a1a1a' },
  note: { size: 8.5, color: '#666666' },
} satisfies Record<string, TextStyle>;

/** Vertical gaps in points. */
const gap = { afterContact: 10, afterRule: 16, afterHeading: 8, beforeNote: 4, betweenEntries: 13 };

/** One printed line and the gap above it. */
interface Printed {
  paragraph: Paragraph;
  above: number;
}

/** An entry laid out for the column; its height decides the page it starts on (entries are never split). */
interface EntryBlock {
  lines: Printed[];
  height: number;
}

/** The lines an employer reads for one reference, in order. Internal status (agreed or not) is never printed. */
function entryFields(entry: ReferenceEntry): Array<{ label: string; text: string | null; style: TextStyle; above?: number }> {
  return [
    { label: 'the name', text: entry.name, style: styles.entryName },
    { label: 'the title', text: entry.title, style: styles.body },
    { label: 'the organisation', text: entry.organisation, style: styles.body },
    ...contactLines(entry).map((line) => ({ label: 'the contact details', text: line, style: styles.body })),
    { label: 'the relationship', text: entry.relationship, style: styles.note, above: gap.beforeNote },
    { label: 'the known-since date', text: knownSinceLine(entry), style: styles.note },
  ];
}

function studentContact(doc: ReferenceDocument): string | null {
  const parts = [doc.student.email, doc.student.phone].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Refuses the export, naming the field and the person, when a printed text has a character no bundled font has. */
function assertAllPrintable(doc: ReferenceDocument): void {
  const student = doc.student.name;
  assertPrintable(student, `the name of student ${student}`);
  const contact = studentContact(doc);
  if (contact) assertPrintable(contact, `the contact details of student ${student}`);
  for (const entry of doc.entries) {
    for (const field of entryFields(entry)) {
      if (field.text) assertPrintable(field.text, `${field.label} of reference ${entry.name} (on ${student}'s reference list)`);
    }
  }
}

function layoutEntry(pdf: Pdf, entry: ReferenceEntry): EntryBlock {
  const lines = entryFields(entry)
    .filter((field): field is typeof field & { text: string } => Boolean(field.text))
    .map((field) => ({ paragraph: pdf.layout(field.text, field.style, pdf.box.width), above: field.above ?? 0 }));
  return { lines, height: lines.reduce((sum, line) => sum + line.above + line.paragraph.height, 0) };
}

/** Which page each entry starts on: greedy, an entry that does not fit the rest of a page starts the next one. */
function paginate(blocks: readonly EntryBlock[], firstTop: number, nextTop: number, bottom: number): number[] {
  let page = 0;
  let y = firstTop;
  return blocks.map((block, i) => {
    let top = i === 0 ? y : y + gap.betweenEntries;
    if (i > 0 && top + block.height > bottom) {
      page += 1;
      top = nextTop;
    }
    y = top + block.height;
    return page;
  });
}

/** The header block: name, contact line, rule, "References". Returns where the list starts. */
function drawHeader(pdf: Pdf, doc: ReferenceDocument): number {
  const { left, top, width } = pdf.box;
  let y = top;
  const name = pdf.layout(doc.student.name, styles.studentName, width);
  pdf.tag(pdf.root, 'H1', () => pdf.draw(name, left, y, width, 'center'));
  y += name.height;
  const contactText = studentContact(doc);
  if (contactText) {
    const contact = pdf.layout(contactText, styles.studentContact, width);
    y += 2;
    pdf.tag(pdf.root, 'P', () => pdf.draw(contact, left, y, width, 'center'));
    y += contact.height;
  }
  y += gap.afterContact;
  horizontalRule(pdf, y, '#9a9a9a', 0.75);
  y += gap.afterRule;
  const heading = pdf.layout('References', styles.heading, width);
  pdf.tag(pdf.root, 'H2', () => pdf.draw(heading, left, y, width));
  return y + heading.height + gap.afterHeading;
}

/**
 * The student's reference list as a tagged Letter PDF headed like their resume. Five references fit on one page; a
 * longer list moves whole entries to the next page, and every page then carries the student's name and its number.
 */
export async function referenceListPdf(doc: ReferenceDocument): Promise<Buffer> {
  assertAllPrintable(doc);
  const pdf = createPdf({ title: `References — ${doc.student.name}`, lang: 'en-US', author: doc.student.name, margin });
  const { left, top, width, bottom } = pdf.box;
  const listTop = drawHeader(pdf, doc);
  const blocks = doc.entries.map((entry) => layoutEntry(pdf, entry));
  // The page furniture of a longer list sits in the bottom margin, below `bottom`.
  const pages = paginate(blocks, listTop, top, bottom);

  const list = pdf.tag(pdf.root, 'L');
  let page = 0;
  let y = listTop;
  blocks.forEach((block, i) => {
    const target = pages[i] ?? page;
    if (target !== page) {
      pdf.doc.addPage();
      page = target;
      y = top;
    } else if (i > 0) {
      y += gap.betweenEntries;
    }
    const item = pdf.tag(list, 'LI');
    const body = pdf.tag(item, 'LBody');
    for (const line of block.lines) {
      y += line.above;
      const lineTop = y;
      pdf.tag(body, 'P', () => pdf.draw(line.paragraph, left, lineTop, width));
      y += line.paragraph.height;
    }
    body.end();
    item.end();
  });
  list.end();
  // A longer list names the student on every page, so a page that comes loose still says whose it is.
  if (page > 0) numberPages(pdf, doc.student.name);
  return pdf.finish();
}
