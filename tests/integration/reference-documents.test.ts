import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactLines, knownSinceLine, type ReferenceDocument, type ReferenceEntry } from '../../electron/core/export/reference-document';
import { referenceListDocx } from '../../electron/core/export/reference-list-docx';
import { referenceListPdf } from '../../electron/core/export/reference-list-pdf';
import { tempDir } from './helpers';
import { onPath, pdfText, run } from './support/poppler';

const temp = tempDir();
afterAll(() => temp.cleanup());

function entry(fields: Partial<ReferenceEntry> & Pick<ReferenceEntry, 'name' | 'relationship'>): ReferenceEntry {
  return {
    title: null,
    organisation: null,
    email: null,
    phone: null,
    preferredMethod: null,
    knownSince: null,
    agreed: true,
    order: 1,
    ...fields,
  };
}

const doc: ReferenceDocument = {
  student: { name: 'Élodie Marchetti', email: 'elodie.marchetti@student.example.edu', phone: '+1 (555) 010-2233' },
  entries: [
    entry({
      name: `O'Brien, "Jo"`,
      title: 'Director of Engineering',
      organisation: 'Acme Robotics, Inc.',
      email: 'jo.obrien@acme.example',
      phone: '+1 555 010 4411',
      preferredMethod: 'phone',
      relationship: 'Supervisor, Summer 2026 internship at Acme',
      knownSince: 'March 2025',
    }),
    entry({
      name: 'Zoë Ångström-Núñez',
      title: 'Associate Professor of Chemistry',
      organisation: 'Université de Montréal',
      email: 'zoe.angstrom@umontreal.example',
      relationship: 'Research advisor, Organic Synthesis Lab',
      knownSince: 'September 2024',
    }),
    entry({
      name: 'דנה לוי',
      title: 'מנהלת מוצר',
      organisation: 'Weizmann Institute',
      email: 'dana.levy@weizmann.example',
      phone: '+972 3 555 0101',
      relationship: 'Mentor, Women in Tech programme',
      knownSince: 'January 2026',
    }),
    entry({
      name: 'ليلى حداد',
      title: 'Senior Analyst',
      // Starts with ش, a letter drawn as a dotless base plus dots: the case react-pdf#3555 loses without the guard.
      organisation: 'شركة المدار',
      email: 'layla.haddad@data.example',
      phone: '+971 4 555 0199',
      preferredMethod: 'phone',
      relationship: 'Team lead, Data fellowship',
      knownSince: 'June 2025',
      agreed: false,
    }),
    entry({
      name: 'Sam 🚀 Lee',
      title: 'Founder',
      organisation: 'Launchpad Studio',
      email: 'sam@launchpad.example',
      phone: '+1 555 010 9988',
      relationship: 'Manager, part-time design role',
      knownSince: 'April 2023',
    }),
  ],
};

/** Internal status that must never reach the page an employer gets. */
const internalStatus = /not yet agreed|agreed to be|asked|declined/i;
const studentContact = `${doc.student.email} · ${doc.student.phone}`;
const rightToLeft = /[\u0590-\u08FF]/;

/** Every line the documents print, in order. */
function expectedLines(): string[] {
  const entryLines = (e: ReferenceEntry) =>
    [e.name, e.title, e.organisation, ...contactLines(e), e.relationship, knownSinceLine(e)].filter((text): text is string => text !== null);
  return [doc.student.name, studentContact, 'References', ...doc.entries.flatMap(entryLines)];
}

/** Asserts each needle occurs after the one before it. */
function expectInOrder(text: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `"${needle}" after offset ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

describe.skipIf(!onPath('pdftoppm', 'pdftotext', 'pdffonts', 'pdfinfo'))('reference list PDF (needs poppler-utils)', () => {
  const pdfPath = join(temp.dir, 'references.pdf');
  let text = '';

  beforeAll(async () => {
    writeFileSync(pdfPath, await referenceListPdf(doc));
    text = await pdfText(pdfPath);
  }, 60_000);

  it('rasterises to a single Letter page', async () => {
    const pages = join(temp.dir, 'pages');
    await run('pdftoppm', ['-r', '50', '-png', pdfPath, pages]);
    expect(readdirSync(temp.dir).filter((name) => name.startsWith('pages'))).toEqual(['pages-1.png']);
    const info = (await run('pdfinfo', [pdfPath])).stdout;
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
  });

  it('carries the title, author and creator', async () => {
    const info = (await run('pdfinfo', ['-enc', 'UTF-8', pdfPath])).stdout;
    expect(info).toMatch(/^Title:\s+References — Élodie Marchetti$/m);
    expect(info).toMatch(/^Author:\s+Élodie Marchetti$/m);
    expect(info).toMatch(/^Creator:\s+Rapport$/m);
  });

  it('prints the heading and every left-to-right line in order', () => {
    // pdftotext may reorder right-to-left lines visually, so they are checked letter by letter below.
    expectInOrder(
      text,
      expectedLines().filter((line) => !rightToLeft.test(line)),
    );
  });

  it('prints the Hebrew and Arabic lines inside their own entries', () => {
    // Each entry's section ends at its relationship line, which is always printed and left to right.
    const ends = doc.entries.map((e) => text.indexOf(e.relationship));
    expect(ends.every((end) => end >= 0)).toBe(true);
    doc.entries.forEach((e, i) => {
      const section = text.slice(i === 0 ? 0 : ends[i - 1], ends[i]);
      for (const line of [e.name, e.title, e.organisation].filter((t): t is string => t !== null && rightToLeft.test(t))) {
        for (const letter of line.replace(/\s/g, '')) expect(section, `${letter} of ${line}`).toContain(letter);
      }
    });
  });

  it('never prints internal status, even for the reference who has not agreed', () => {
    expect(text).not.toMatch(internalStatus);
  });

  it('draws the emoji with the embedded emoji font', async () => {
    const fonts = (await run('pdffonts', [pdfPath])).stdout;
    expect(fonts).toMatch(/^\S+\+NotoEmoji-Regular\s/m);
    expect(fonts).toMatch(/NotoSansHebrew/);
    expect(fonts).toMatch(/NotoSansArabic/);
    expect(text).toContain('Sam 🚀 Lee');
  });
});

describe.skipIf(!onPath('soffice'))('reference list DOCX (needs LibreOffice)', () => {
  const docxPath = join(temp.dir, 'references.docx');
  let parts: Record<string, Uint8Array> = {};
  const part = (name: string) => strFromU8(parts[name] ?? new Uint8Array());

  beforeAll(async () => {
    const docx = await referenceListDocx(doc);
    writeFileSync(docxPath, docx);
    parts = unzipSync(docx);
  });

  it('reads back in LibreOffice as the same lines in the same order', async () => {
    const outDir = join(temp.dir, 'txt');
    // A private profile: parallel runs (or a desktop LibreOffice) would otherwise fight over the user's one.
    const profile = `file://${join(temp.dir, 'lo-profile')}`;
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text', '--outdir', outDir, docxPath], { timeout: 120_000 });
    const lines = readFileSync(join(outDir, 'references.txt'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
    expect(lines).toEqual(expectedLines());
  }, 150_000);

  it('lays out right-to-left lines right to left, and only those', () => {
    const paragraphs = part('word/document.xml').match(/<w:p>.*?<\/w:p>/g) ?? [];
    const paragraphOf = (text: string) => {
      const paragraph = paragraphs.find((p) => p.includes(`>${text}<`));
      expect(paragraph, text).toBeDefined();
      return paragraph ?? '';
    };
    for (const text of ['דנה לוי', 'מנהלת מוצר', 'ليلى حداد', 'شركة المدار']) {
      expect(paragraphOf(text), text).toContain('<w:bidi/>');
      expect(paragraphOf(text), text).toContain('<w:rtl/>');
    }
    for (const text of ['Sam 🚀 Lee', 'Weizmann Institute', 'References']) expect(paragraphOf(text), text).not.toContain('<w:bidi');
  });

  it('never prints internal status, even for the reference who has not agreed', () => {
    expect(part('word/document.xml')).not.toMatch(internalStatus);
    expect(part('word/document.xml')).not.toContain('A34700');
    // Nor in the properties, comments or any other part Word shows (File > Info, the review pane).
    for (const name of Object.keys(parts)) expect(part(name), name).not.toMatch(internalStatus);
  });

  it('says its language, as the PDF does (proofing and screen readers take it from there)', () => {
    expect(part('word/styles.xml')).toMatch(/<w:docDefaults>.*<w:lang w:val="en-US"\/>/s);
  });

  it('carries the title and author', () => {
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>References — Élodie Marchetti</dc:title>');
    expect(core).toContain('<dc:creator>Élodie Marchetti</dc:creator>');
  });
});
