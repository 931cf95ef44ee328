import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../electron/core/dates';
import { freshDbForEachTest, tempDir } from './helpers';
import { onePage, onPath, pdfText, run } from './support/poppler';

const t = freshDbForEachTest();
const { call, callAsync, failsAsync } = t;
const temp = tempDir();
afterAll(() => temp.cleanup());
const today = localToday();

const poppler = onPath('pdftotext', 'pdffonts', 'pdfinfo');

/** A student and a reference named in one script; the reference's title in the same script. */
interface Case {
  script: string;
  student: [first: string, last: string];
  reference: [first: string, last: string];
  title: string;
}

const cases: Case[] = [
  { script: 'Latin with diacritics', student: ['Zoë', 'Ångström-Núñez'], reference: ['François', 'Lefèvre'], title: 'Directrice générale adjointe' },
  { script: 'Vietnamese', student: ['Minh Khai', 'Nguyễn Thị'], reference: ['Quốc Bảo', 'Trần'], title: 'Giám đốc kỹ thuật' },
  { script: 'Polish', student: ['Łukasz', 'Żółkiewski'], reference: ['Małgorzata', 'Wąsowicz'], title: 'Kierowniczka działu źródeł' },
  { script: 'Turkish', student: ['Şükrü', 'Öztürk'], reference: ['Ayşegül', 'Çelik'], title: 'Yazılım mühendisi, İstanbul' },
  { script: 'Cyrillic', student: ['Дмитрий', 'Иванов'], reference: ['Екатерина', 'Смирнова'], title: 'Ведущий инженер' },
  { script: 'Greek', student: ['Ψυχή', 'Παπαδοπούλου'], reference: ['Γιώργος', 'Νικολάου'], title: 'Διευθυντής έρευνας' },
  { script: 'Arabic', student: ['يحيى', 'الراشدي'], reference: ['سلام', 'حداد'], title: 'مديرة المنتج' },
  { script: 'Hebrew', student: ['דוד', 'לוי'], reference: ['דנה', 'כהן'], title: 'מנהלת מוצר' },
  { script: 'Devanagari', student: ['प्रिया', 'शर्मा'], reference: ['राहुल', 'क्षत्रिय'], title: 'वरिष्ठ अभियंता' },
  { script: 'Thai', student: ['สมชาย', 'ใจดี'], reference: ['สุดา', 'วงศ์ไทย'], title: 'ผู้จัดการฝ่ายบุคคล' },
  { script: 'Chinese (simplified)', student: ['小龙', '李'], reference: ['芳', '王'], title: '计算机系教授' },
  { script: 'Chinese (traditional)', student: ['偉', '張'], reference: ['國華', '陳'], title: '工程總監' },
  { script: 'Japanese', student: ['さくら', '山田'], reference: ['健一', '佐藤'], title: 'マネージャー' },
  { script: 'Korean', student: ['민준', '김'], reference: ['서연', '이'], title: '선임 연구원' },
];

let serial = 0;

function studentNamed(first: string, last: string): number {
  serial += 1;
  return call('students.create', { firstName: first, lastName: last, externalId: `S-${serial}`, personalEmail: `student${serial}@example.edu` }).id;
}

/** An agreed reference with every field printed: name, title, organisation, contact lines, relationship, known since. */
function referenceOf(studentId: number, first: string, last: string, fields: { title: string; employer?: string; context?: string }): number {
  serial += 1;
  const employerId = call('employers.create', { name: fields.employer ?? `Employer ${serial}` }).id;
  const contactId = call('contacts.create', {
    firstName: first,
    lastName: last,
    title: fields.title,
    employerId,
    email: `reference${serial}@corp.example`,
    phone: '+1 555 010 0199',
    preferredMethod: 'email',
    verifiedOn: addDays(today, -10),
  }).id;
  return call('connections.create', {
    studentId,
    contactId,
    relationship: 'supervisor',
    context: fields.context ?? 'Summer 2026 internship',
    sinceOn: addDays(today, -400),
    referenceStatus: 'agreed',
    referenceStatusOn: addDays(today, -20),
    resumeSharedOn: addDays(today, -10),
  }).id;
}

async function exportPdf(studentId: number, name: string): Promise<string> {
  const file = await callAsync('exports.referenceList', { studentId, format: 'pdf' });
  const path = join(temp.dir, `${name}.pdf`);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}

/** The text of the document, or of one page. */
const textOf = (path: string, page?: number) => pdfText(path, page === undefined ? [] : onePage(page));

async function pageCount(path: string): Promise<number> {
  return Number(/^Pages:\s+(\d+)$/m.exec((await run('pdfinfo', [path])).stdout)?.[1]);
}

/** One page, or every page carries the student's name and "Page x of y". */
async function expectNamedPages(path: string, student: string): Promise<number> {
  const pages = await pageCount(path);
  if (pages > 1) {
    for (let page = 1; page <= pages; page++) {
      const text = await textOf(path, page);
      expect(text, `page ${page}`).toContain(student);
      expect(text, `page ${page}`).toContain(`Page ${page} of ${pages}`);
    }
  }
  return pages;
}

/** Every word's box lies inside the page margins (0.9 in), so a long unbreakable name wraps instead of running off. */
async function expectInsideMargins(path: string): Promise<void> {
  const { stdout } = await run('pdftotext', ['-bbox', path, '-']);
  const boxes = [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [xMin = 0, xMax = 0] of boxes) {
    expect(xMin).toBeGreaterThanOrEqual(64.8 - 1);
    expect(xMax).toBeLessThanOrEqual(612 - 64.8 + 1);
  }
}

describe.skipIf(!poppler)('reference-list PDF in every script (needs poppler-utils)', () => {
  it.each(cases)('$script: names and title extract exactly; fonts embedded; tagged with a title', async (c) => {
    const studentId = studentNamed(...c.student);
    referenceOf(studentId, ...c.reference, { title: c.title });
    const path = await exportPdf(studentId, c.script);
    const student = c.student.join(' ');
    const text = await textOf(path);
    for (const expected of [student, c.reference.join(' '), c.title]) expect(text, c.script).toContain(expected);
    const fonts = (await run('pdffonts', [path])).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni — every font embedded as a subset with a ToUnicode map.
    for (const font of fonts) expect(font, c.script).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    const info = (await run('pdfinfo', ['-enc', 'UTF-8', path])).stdout;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(/^Title:\s+(.*)$/m.exec(info)?.[1]).toBe(`References — ${student}`);
    expect(await pageCount(path)).toBe(1);
  });

  it('reads in order for a screen reader: heading, contact, "References", then a list with one item per reference', async () => {
    const studentId = studentNamed('Amara', 'Okafor');
    referenceOf(studentId, 'Sue', 'Supervisor', { title: 'Team Lead' });
    referenceOf(studentId, 'Cora', 'Coworker', { title: 'Engineer' });
    const structure = (await run('pdfinfo', ['-struct', await exportPdf(studentId, 'structure')])).stdout;
    expect(
      structure
        .split('\n')
        .filter((line) => /^\s*(Document|H1|H2|L|LI)\b/.test(line))
        .map((line) => line.trim().split(' ')[0]),
    ).toEqual(['Document', 'H1', 'H2', 'L', 'LI', 'LI']);
  });

  it('refuses a character no bundled font has, naming it and whose field it is in', async () => {
    const studentId = studentNamed('Amara', 'Okafor');
    // An Egyptian hieroglyph: no bundled font has it (Noto Sans itself has the Cyrillic U+A66E ꙮ).
    referenceOf(studentId, 'Olga', 'Ivanova 𓀀', { title: 'Archivist' });
    const error = await failsAsync('exports.referenceList', { studentId, format: 'pdf' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('"𓀀" (U+13000)');
    expect(error.message).toContain('the name of reference Olga Ivanova 𓀀');
    expect(error.message).toContain('Amara Okafor');
  });

  it('five Arabic references: one page, or every page carries the name and page x of y', async () => {
    const studentId = studentNamed('يحيى محمد', 'الراشدي');
    const names = [
      ['سلام', 'حداد'],
      ['ليلى', 'يحيى'],
      ['عبد الله', 'العلي'],
      ['نور الهدى', 'سليمان'],
      ['مصطفى', 'لطفي'],
    ] as const;
    for (const [first, last] of names) referenceOf(studentId, first, last, { title: 'مديرة المنتج', employer: `شركة المدار ${last}` });
    const path = await exportPdf(studentId, 'arabic-five');
    const text = await textOf(path);
    for (const [first, last] of names) expect(text).toContain(`${first} ${last}`);
    expect(await expectNamedPages(path, 'يحيى محمد الراشدي')).toBe(1);
    await expectInsideMargins(path);
  });

  it('long fields and an unbreakable surname: whole entries per page, each page named and numbered, nothing past the margin', async () => {
    const student = ['Hubert', 'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewaren'] as const;
    const studentId = studentNamed(...student);
    for (let i = 1; i <= 6; i++) {
      referenceOf(studentId, `Bartholomew ${i}`, 'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschafers', {
        title: 'Senior Vice President of Global Engineering Operations and Strategic Partnerships for the Americas and Europe',
        employer: `Rensselaer Polytechnic Institute, Department of Mechanical, Aerospace and Nuclear Engineering ${i}`,
        context: 'summer internship at Sterling Labs, then faculty advisor for the senior capstone project on hypersonic propulsion',
      });
    }
    const path = await exportPdf(studentId, 'long-fields');
    // The footer wraps the long name; its first 30 letters stay on one line.
    const pages = await expectNamedPages(path, student[1].slice(0, 30));
    expect(pages).toBeGreaterThan(1);
    // Each reference's name and its phone line are on the same page: an entry is never split.
    for (let page = 1; page <= pages; page++) {
      const text = await textOf(path, page);
      expect((text.match(/Bartholomew \d/g) ?? []).length, `page ${page}`).toBe((text.match(/Phone: /g) ?? []).length);
    }
    await expectInsideMargins(path);
  });
});
