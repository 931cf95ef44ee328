import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byGroupName, byGroupYear } from '../../shared/group-order';
import { calendarDay, tableCsv, workbookXlsx, type ExportTable } from '../../electron/core/export/table';
import { createDemoOffice } from '../../electron/core/office/service';
import { readWorkbook, sheetOf } from './support/xlsx';
import { freshDb, procedures, tempDir, type TestDb } from './helpers';
import { onPath, run } from './support/poppler';

// Issue 16, item 4: spreadsheets that behave like spreadsheets. Every XLSX is read back twice: with exceljs
// (cell types and formats) and as its raw XML (what any program reads: no guard text, no formula, the filter,
// the print setup), and LibreOffice converts each one.

/** The workbook part and each sheet's XML, in sheet order. */
function xmlOf(content: Buffer): { workbook: string; sheets: string[] } {
  const files = unzipSync(new Uint8Array(content));
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const sheetCount = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).length;
  return { workbook: text('xl/workbook.xml'), sheets: Array.from({ length: sheetCount }, (_, i) => text(`xl/worksheets/sheet${i + 1}.xml`)) };
}

const xmlQuoted = (sheetName: string) => `&apos;${sheetName.replace(/&/g, '&amp;').replace(/'/g, '&apos;&apos;')}&apos;`;

/**
 * What every table sheet must carry, read from the XML: the header row (row 3) frozen, an autofilter over the
 * header and every row (with the workbook's _FilterDatabase name LibreOffice needs), printed fit to one page
 * wide with the header row repeated, no formula anywhere and no stored guard apostrophe.
 */
function expectTableSheet(
  xml: { workbook: string; sheets: string[] },
  index: number,
  sheetName: string,
  lastColumn: string,
  rows: number,
  orientation: string,
) {
  const sheet = xml.sheets[index] ?? '';
  const filter = `A3:${lastColumn}${3 + rows}`;
  expect(sheet, sheetName).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
  expect(sheet, sheetName).toContain(`<autoFilter ref="${filter}"/>`);
  expect(sheet, sheetName).toContain('<pageSetUpPr fitToPage="1"/>');
  expect(sheet, sheetName).toMatch(new RegExp(`<pageSetup orientation="${orientation}"[^>]* fitToWidth="1" fitToHeight="0"`));
  expect(sheet, sheetName).toMatch(/<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6"/);
  expect(sheet, sheetName).toMatch(/<cols>(<col [^>]*customWidth="1"\/>)+<\/cols>/);
  expect(sheet, sheetName).not.toMatch(/<f[ >]/);
  expect(sheet, sheetName).not.toMatch(/<v>'/);
  const quoted = xmlQuoted(sheetName);
  expect(xml.workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${quoted}!$3:$3</definedName>`);
  expect(xml.workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="${index}">${quoted}!$A$3:$${lastColumn}$${3 + rows}</definedName>`);
}

/** The header row, then each data row's cells (from row 4). */
function column(sheet: ExcelJS.Worksheet, header: string): ExcelJS.Cell[] {
  const headers = (sheet.getRow(3).values as unknown[]).slice(1);
  const index = headers.indexOf(header) + 1;
  if (index === 0) throw new Error(`no column ${header} in ${sheet.name}: ${headers.join(', ')}`);
  return Array.from({ length: sheet.rowCount - 3 }, (_, i) => sheet.getRow(4 + i).getCell(index));
}

/** The non-empty cells of a column are all of one kind, in the given format. */
function expectKind(sheet: ExcelJS.Worksheet, header: string, type: ExcelJS.ValueType, numFmt: string | undefined): ExcelJS.Cell[] {
  const cells = column(sheet, header).filter((cell) => cell.type !== ExcelJS.ValueType.Null);
  expect(cells.length, `${sheet.name} / ${header}`).toBeGreaterThan(0);
  for (const cell of cells) {
    expect(cell.type, `${sheet.name} / ${header} ${cell.address} = ${String(cell.value)}`).toBe(type);
    expect(cell.numFmt, `${sheet.name} / ${header} ${cell.address}`).toBe(numFmt);
  }
  return cells;
}

const hostileText = ['=2*21', '+1 555 0100', '@SUM(1)', '-5 points', '＝1+1'];

const typed: ExportTable = {
  sheetName: 'Typed',
  title: '=Not a formula either',
  note: '1 student with a confidentiality hold is not listed.',
  header: ['Text', 'Day', 'At', 'Month', 'Share', 'Class year', 'Count', 'Score'],
  widths: [20, 12, 18, 10, 8, 10, 10, 8],
  kinds: { Day: 'date', At: 'datetime', Month: 'month', Share: 'percent', 'Class year': 'year', Count: 'integer', Score: 'number' },
  rows: [
    ...hostileText.map((text) => [text, null, null, null, null, null, null, null]),
    // 17:42 on the office's wall clock, stored as such (no zone in a spreadsheet cell).
    ['typed', calendarDay('2025-06-01'), new Date(Date.UTC(2025, 11, 31, 17, 42)), calendarDay('2026-03-01'), 0.42, 2027, 12345, 2.5],
  ],
};

describe('typed table writers', () => {
  it('XLSX: text as typed (no guard, never a formula), real dates and date-times, numbers, 0% shares and plain class years', async () => {
    const content = await workbookXlsx([typed]);
    const sheet = sheetOf(await readWorkbook(content), 'Typed');
    expect(sheet.getCell('A1').value).toBe('=Not a formula either');
    expect(sheet.getCell('A2').value).toBe('1 student with a confidentiality hold is not listed.');
    const texts = expectKind(sheet, 'Text', ExcelJS.ValueType.String, undefined);
    expect(texts.map((cell) => cell.value)).toEqual([...hostileText, 'typed']);
    const [day] = expectKind(sheet, 'Day', ExcelJS.ValueType.Date, 'd mmm yyyy');
    expect(day?.value).toEqual(new Date('2025-06-01T00:00:00Z'));
    const [at] = expectKind(sheet, 'At', ExcelJS.ValueType.Date, 'd mmm yyyy hh:mm');
    expect(at?.value).toEqual(new Date('2025-12-31T17:42:00Z'));
    expectKind(sheet, 'Month', ExcelJS.ValueType.Date, 'mmm yyyy');
    expect(expectKind(sheet, 'Share', ExcelJS.ValueType.Number, '0%')[0]?.value).toBe(0.42);
    expect(expectKind(sheet, 'Class year', ExcelJS.ValueType.Number, '0')[0]?.value).toBe(2027);
    expect(expectKind(sheet, 'Count', ExcelJS.ValueType.Number, '#,##0')[0]?.value).toBe(12345);
    expect(expectKind(sheet, 'Score', ExcelJS.ValueType.Number, undefined)[0]?.value).toBe(2.5);
    // Empty values are empty cells, not empty strings.
    expect(sheet.getCell('B4').type).toBe(ExcelJS.ValueType.Null);

    const xml = xmlOf(content);
    expectTableSheet(xml, 0, 'Typed', 'H', 6, 'portrait');
    const data = xml.sheets[0] ?? '';
    // The text as stored: a string value (t="str", no <f>), which no spreadsheet program evaluates.
    for (const text of hostileText) expect(data).toContain(`t="str"><v>${text}</v></c>`);
    // Day serials carry no zone: 45809 is 1 June 2025 wherever the file is opened; 17:42 is 0.7375 of a day.
    expect(data).toMatch(/<c r="B9" s="\d+"><v>45809<\/v><\/c><c r="C9" s="\d+"><v>46022\.7375<\/v>/);
    expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('a wide table prints landscape; several tables get a sheet each with their own filter and print titles', async () => {
    const wide: ExportTable = { ...typed, sheetName: "Wide & O'Brien", widths: [40, 20, 20, 20, 10, 10, 10, 10], rows: [] };
    const xml = xmlOf(await workbookXlsx([typed, wide]));
    expectTableSheet(xml, 0, 'Typed', 'H', 6, 'portrait');
    expectTableSheet(xml, 1, "Wide & O'Brien", 'H', 0, 'landscape');
  });

  it('CSV keeps its guard and writes dates as ISO text; a kind naming no column is refused', () => {
    const lines = tableCsv(typed).toString('utf8').slice(1).split('\r\n');
    expect(lines[1]).toBe(`'=2*21,,,,,,,`);
    expect(lines[2]).toBe(`'+1 555 0100,,,,,,,`);
    expect(lines[6]).toBe('typed,2025-06-01,2025-12-31 17:42,2026-03,0.42,2027,12345,2.5');
    expect(() => tableCsv({ ...typed, kinds: { Classyear: 'year' } })).toThrow('Column kinds for no column of "Typed": Classyear');
  });
});

/** What LibreOffice makes of an XLSX: the content of the ODS it converts it to (every sheet). */
async function libreOffice(content: Buffer, dir: string, name: string): Promise<string> {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, content);
  await run('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'ods', '--outdir', dir, file], { timeout: 120_000 });
  const out = readdirSync(dir).find((f) => f === `${name}.ods`);
  if (!out) throw new Error(`LibreOffice did not convert ${name}.xlsx`);
  const files = unzipSync(new Uint8Array(readFileSync(join(dir, out))));
  return strFromU8(files['content.xml'] ?? new Uint8Array());
}

describe('the office’s spreadsheets', () => {
  let t: TestDb;
  const { call, callAsync } = procedures(() => t.db);
  const files = new Map<string, Buffer>();
  beforeAll(async () => {
    t = await freshDb();
    createDemoOffice(t.db, { students: 300, seed: 6 });
    // Groups with no value, so "Not set" is there to be put last; a program that looks like a formula.
    t.db.sqlite.exec(`update students set cohort = null where id % 7 = 0; update students set class_year = null where id % 11 = 0`);
    t.db.sqlite.exec(`update students set program = '=2*21' where id % 13 = 0`);
  }, 120_000);
  afterAll(() => t.close());
  const base64 = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

  it('dashboard: every sheet a table, groups in the dashboard’s order ("Not set" last, class years ascending as numbers), shares as 0%', async () => {
    const content = base64(await callAsync('dashboard.export', {}));
    files.set('dashboard', content);
    const readiness = call('dashboard.readiness', {});
    const workbook = await readWorkbook(content);
    const xml = xmlOf(content);
    const lastColumns: Record<string, string> = { 'Goals per month': 'B', Readiness: 'C', 'Event funnel': 'C', 'Goals by event': 'E' };
    workbook.worksheets.forEach((sheet, index) => expectTableSheet(xml, index, sheet.name, lastColumns[sheet.name] ?? 'D', sheet.rowCount - 3, 'portrait'));

    const byYear = sheetOf(workbook, 'By class year');
    const years = [...readiness.byClassYear].sort(byGroupYear).map((row) => (row.value === null ? 'Not set' : Number(row.value)));
    expect(column(byYear, 'Class year').map((cell) => cell.value)).toEqual(years);
    expect(years.at(-1)).toBe('Not set');
    const numbers = years.filter((year) => year !== 'Not set');
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(column(byYear, 'Class year').filter((cell) => cell.type === ExcelJS.ValueType.Number)).toHaveLength(numbers.length);
    expect(column(byYear, 'Class year')[0]?.numFmt).toBe('0');
    const shares = expectKind(byYear, 'Share', ExcelJS.ValueType.Number, '0%');
    const counts = column(byYear, 'Active students').map((cell) => Number(cell.value));
    const ready = column(byYear, 'Reference-ready').map((cell) => Number(cell.value));
    shares.forEach((cell, i) => expect(cell.value).toBeCloseTo((ready[i] ?? 0) / (counts[i] ?? 1), 10));

    for (const [sheetName, rows] of [
      ['By cohort', readiness.byCohort],
      ['By program', readiness.byProgram],
    ] as const) {
      const expected = [...rows].sort(byGroupName).map((row) => row.value ?? 'Not set');
      expect(column(sheetOf(workbook, sheetName), sheetName.slice(3, 4).toUpperCase() + sheetName.slice(4)).map((cell) => cell.value)).toEqual(expected);
    }
    expect(column(sheetOf(workbook, 'By cohort'), 'Cohort').at(-1)?.value).toBe('Not set');

    const months = expectKind(sheetOf(workbook, 'Goals per month'), 'Month', ExcelJS.ValueType.Date, 'mmm yyyy');
    expect(months).toHaveLength(12);
    expect(months.every((cell) => cell.value instanceof Date && cell.value.getUTCDate() === 1)).toBe(true);
    expectKind(sheetOf(workbook, 'Goals per month'), 'Goals met', ExcelJS.ValueType.Number, '#,##0');
    expectKind(sheetOf(workbook, 'Summary'), 'Value', ExcelJS.ValueType.Number, '#,##0');
    expectKind(sheetOf(workbook, 'Summary'), 'Share', ExcelJS.ValueType.Number, '0%');
    expectKind(sheetOf(workbook, 'Event funnel'), 'Share of invited', ExcelJS.ValueType.Number, '0%');
    if (sheetOf(workbook, 'Goals by event').rowCount > 3) expectKind(sheetOf(workbook, 'Goals by event'), 'Date', ExcelJS.ValueType.Date, 'd mmm yyyy');
  });

  it('readiness report and references: class years as numbers, counts as numbers, "known since" as dates, text as typed', async () => {
    const readiness = base64(await callAsync('exports.readinessReport', { format: 'xlsx' }));
    files.set('readiness', readiness);
    const report = sheetOf(await readWorkbook(readiness), 'Readiness');
    expectTableSheet(xmlOf(readiness), 0, 'Readiness', 'L', report.rowCount - 3, 'landscape');
    expectKind(report, 'Class year', ExcelJS.ValueType.Number, '0');
    for (const header of ['Ready references', 'Target', 'Score', 'Candidates']) expectKind(report, header, ExcelJS.ValueType.Number, '#,##0');
    expect(column(report, 'Program').some((cell) => cell.value === '=2*21' && cell.type === ExcelJS.ValueType.String)).toBe(true);

    const references = base64(await callAsync('exports.references', { format: 'xlsx', includeNotAgreed: true }));
    files.set('references', references);
    const sheet = sheetOf(await readWorkbook(references), 'References');
    const lastColumn = sheet.getColumn(sheet.getRow(3).cellCount).letter;
    expectTableSheet(xmlOf(references), 0, 'References', lastColumn, sheet.rowCount - 3, 'landscape');
    expectKind(sheet, 'Class year', ExcelJS.ValueType.Number, '0');
    expectKind(sheet, 'Order', ExcelJS.ValueType.Number, '#,##0');
    const since = expectKind(sheet, 'Known since', ExcelJS.ValueType.Date, 'd mmm yyyy');
    // Each a calendar day (midnight, no zone) that is on record as a reference's "known since".
    const stored = new Set(t.db.sqlite.prepare(`select known_since from reference_facts`).pluck().all().map(String));
    for (const cell of since) expect(cell.value instanceof Date && stored.has(cell.value.toISOString().replace('T00:00:00.000Z', ''))).toBe(true);
  });

  it('attendees: class years as numbers, every table feature', async () => {
    const eventId = Number(t.db.sqlite.prepare(`select event_id from attendance group by event_id order by count(*) desc limit 1`).pluck().get());
    const content = base64(await callAsync('events.exportAttendees', { eventId, format: 'xlsx' }));
    files.set('attendees', content);
    const sheet = sheetOf(await readWorkbook(content), 'Attendees');
    expectTableSheet(xmlOf(content), 0, 'Attendees', 'G', sheet.rowCount - 3, 'landscape');
    expectKind(sheet, 'Class year', ExcelJS.ValueType.Number, '0');
  });

  it.skipIf(!onPath('soffice'))(
    'LibreOffice converts every workbook, with each sheet’s filter and repeated header, and keeps formula-like text as text',
    { timeout: 300_000 },
    async () => {
      expect([...files.keys()].sort()).toEqual(['attendees', 'dashboard', 'readiness', 'references']);
      const temp = tempDir();
      try {
        for (const [name, content] of files) {
          const sheets = xmlOf(content).sheets.length;
          const ods = await libreOffice(content, temp.dir, name);
          expect(ods.match(/<table:database-range [^>]*table:display-filter-buttons="true"/g), name).toHaveLength(sheets);
          expect(ods.match(/<table:table-header-rows>/g), name).toHaveLength(sheets);
          expect(ods, name).not.toContain('table:formula=');
          if (name === 'readiness') expect(ods).toContain('office:value-type="string" calcext:value-type="string"><text:p>=2*21</text:p>');
        }
      } finally {
        temp.cleanup();
      }
    },
  );
});
