import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from '../../electron/core/dates';
import { createDemoOffice } from '../../electron/core/office/service';
import { exportReadinessReportTo, exportsReadinessReport, exportsReferences } from '../../electron/core/exports/references';
import { tableCsv, tableXlsx, workbookXlsx, writeCsv, writeXlsx, type Cell, type ExportTable } from '../../electron/core/export/table';
import { fileDestination } from '../../electron/core/export/write-file';
import { readWorkbook, sheetOf } from './support/xlsx';
import { freshDb, tempDir, type TestDb } from './helpers';

/** The first `columns` values of a row; an empty cell reads as ''. */
function valuesOf(sheet: ExcelJS.Worksheet, rowNumber: number, columns = 3): unknown[] {
  const row = sheet.getRow(rowNumber);
  return Array.from({ length: columns }, (_, index) => row.getCell(index + 1).value ?? '');
}

const students: ExportTable = {
  sheetName: 'Students',
  title: 'Students — exported 3 Mar 2026',
  header: ['Student', 'Class year', 'Note'],
  widths: [26, 10],
  rows: [
    ['Amara Okafor', 2027, '=HYPERLINK("http://evil.example")'],
    ['@Bo', null, '-5 points'],
  ],
};
const goals: ExportTable = {
  sheetName: 'Goals',
  title: '+Goals this term',
  header: ['Goal', 'Met'],
  widths: [30, 8],
  rows: [['Three informational interviews', 12]],
};

describe('table writers', () => {
  it('workbookXlsx: one sheet per table with the title, a bold header, frozen panes, widths and text kept as typed', async () => {
    const workbook = await readWorkbook(await workbookXlsx([students, goals]));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Students', 'Goals']);

    const first = sheetOf(workbook, 'Students');
    expect(first.getCell('A1').value).toBe('Students — exported 3 Mar 2026');
    expect(first.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(valuesOf(first, 2)).toEqual(['', '', '']);
    expect(valuesOf(first, 3)).toEqual(['Student', 'Class year', 'Note']);
    expect(first.getCell('A3').font).toMatchObject({ bold: true });
    // Strings are string cells, never formulas (below), so XLSX stores no guard: the text reads back as typed.
    expect(valuesOf(first, 4)).toEqual(['Amara Okafor', 2027, '=HYPERLINK("http://evil.example")']);
    expect(valuesOf(first, 5)).toEqual(['@Bo', '', '-5 points']);
    expect(first.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    // A width the table does not give falls back to 16.
    expect([1, 2, 3].map((column) => first.getColumn(column).width)).toEqual([26, 10, 16]);

    const second = sheetOf(workbook, 'Goals');
    expect(second.getCell('A1').value).toBe('+Goals this term');
    expect(valuesOf(second, 3, 2)).toEqual(['Goal', 'Met']);
    expect(valuesOf(second, 4, 2)).toEqual(['Three informational interviews', 12]);
    expect(second.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(second.getColumn(1).width).toBe(30);
    // No cell anywhere is a formula.
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('tableXlsx and tableCsv still take a whole table', async () => {
    const workbook = await readWorkbook(await tableXlsx(students));
    expect(valuesOf(sheetOf(workbook, 'Students'), 5)).toEqual(['@Bo', '', '-5 points']);
    expect(tableCsv(students).toString('utf8')).toBe(
      `\uFEFFStudent,Class year,Note\r\nAmara Okafor,2027,"'=HYPERLINK(""http://evil.example"")"\r\n'@Bo,,'-5 points\r\n`,
    );
  });

  it('writeCsv streams, batch by batch, exactly the bytes tableCsv builds at once', async () => {
    const rows: Cell[][] = Array.from({ length: 1_000 }, (_, i) => [`Student ${i}`, i % 7 === 0 ? `=cmd ${i}` : `line\n${i}`, i]);
    const batches = [rows.slice(0, 10), [], rows.slice(10, 600), rows.slice(600)];
    const temp = tempDir();
    const path = join(temp.dir, 'out.csv');
    await fileDestination(path)(
      (out) => writeCsv(out, { ...students, batches }),
      (keep) => keep(),
    );
    expect(readFileSync(path).equals(tableCsv({ ...students, rows }))).toBe(true);
    temp.cleanup();
  });

  it('a streamed workbook of 5,000 rows written to a file reads back complete and in order', async () => {
    const batchCount = 10;
    const perBatch = 500;
    function* batches(): Generator<Cell[][]> {
      for (let b = 0; b < batchCount; b++) {
        yield Array.from({ length: perBatch }, (_, i) => {
          const n = b * perBatch + i;
          return [`Student ${n}`, n, n % 100 === 0 ? `=SUM(A1:A${n})` : null];
        });
      }
    }
    const temp = tempDir();
    const path = join(temp.dir, 'many.xlsx');
    await fileDestination(path)(
      (out) => writeXlsx(out, [{ ...students, batches: batches() }]),
      (keep) => keep(),
    );
    expect(readdirSync(temp.dir)).toEqual(['many.xlsx']);
    const sheet = sheetOf(await readWorkbook(readFileSync(path)), 'Students');
    temp.cleanup();
    expect(sheet.rowCount).toBe(3 + batchCount * perBatch);
    for (let n = 0; n < batchCount * perBatch; n++) {
      const expected = [`Student ${n}`, n, n % 100 === 0 ? `=SUM(A1:A${n})` : ''];
      expect(valuesOf(sheet, 4 + n)).toEqual(expected);
    }
  });

  it('a failure while rows are read leaves no file (nor its temporary), keeps nothing, and names the real error', async () => {
    function* failing(): Generator<Cell[][]> {
      yield [['Amara Okafor', 2027, null]];
      throw new Error('the database went away');
    }
    const temp = tempDir();
    const path = join(temp.dir, 'out.xlsx');
    let kept = false;
    const attempt = fileDestination(path)(
      (out) => writeXlsx(out, [{ ...students, batches: failing() }]),
      (keep) => {
        kept = true;
        keep();
      },
    );
    await expect(attempt).rejects.toThrow('the database went away');
    expect(kept).toBe(false);
    expect(readdirSync(temp.dir)).toEqual([]);
    temp.cleanup();
  });

  it('a target that cannot be written is refused with the reason', async () => {
    const temp = tempDir();
    const path = join(temp.dir, 'no-such-folder', 'out.csv');
    const attempt = fileDestination(path)(
      (out) => writeCsv(out, { ...students, batches: [students.rows] }),
      (keep) => keep(),
    );
    await expect(attempt).rejects.toThrow(`Cannot write ${path}: the folder does not exist. Nothing was written.`);
    temp.cleanup();
  });
});

describe('office exports across batches', () => {
  let t: TestDb;
  const today = localToday();
  beforeEach(async () => {
    t = await freshDb();
    // More students than one batch holds, so the export crosses batch boundaries.
    createDemoOffice(t.db, { students: 700, seed: 4 });
  });
  afterEach(() => t.close());

  const exportRows = () => Number(t.db.sqlite.prepare(`select count(*) from audit_log where action = 'export'`).pluck().get());
  /** Every student who may be exported, in the report's order. */
  function expectedStudents(): string[] {
    return t.db.sqlite.prepare(`select display_name from students where confidential = 0 order by name_key, id`).pluck().all().map(String);
  }

  it('the readiness report streamed to a file has every student once, in name order, and matches the API’s XLSX', async () => {
    const expected = expectedStudents();
    const withheld = Number(t.db.sqlite.prepare(`select count(*) from students where confidential = 1`).pluck().get());
    const temp = tempDir();
    const path = join(temp.dir, 'readiness.csv');
    const { summary } = await exportReadinessReportTo(t.db, { format: 'csv' }, fileDestination(path), today);
    expect(summary).toMatchObject({ fileName: `reference-readiness-${today}.csv`, rows: expected.length, withheld });
    const lines = readFileSync(path, 'utf8').slice(1).trimEnd().split('\r\n');
    temp.cleanup();
    expect(lines).toHaveLength(expected.length + 1);

    const xlsx = await exportsReadinessReport(t.db, { format: 'xlsx' }, today);
    const sheet = sheetOf(await readWorkbook(Buffer.from(xlsx.base64, 'base64')), 'Readiness');
    expect(sheet.rowCount).toBe(3 + expected.length);
    const names = Array.from({ length: expected.length }, (_, i) => sheet.getRow(4 + i).getCell(1).value);
    expect(names).toEqual(expected);
    expect(xlsx.rows).toBe(expected.length);

    const audited = t.db.sqlite.prepare(`select count from audit_log where entity = 'readiness_report' order by id`).pluck().all();
    expect(audited).toEqual([expected.length, expected.length]);
  });

  it('the references export lists each student’s references together, students in name order, across batches', async () => {
    const order = t.db.sqlite.prepare(`select external_id from students where confidential = 0 order by name_key, id`).pluck().all().map(String);
    const rank = new Map(order.map((id, index) => [id, index]));
    const result = await exportsReferences(t.db, { format: 'xlsx', includeNotAgreed: false }, today);
    const sheet = sheetOf(await readWorkbook(Buffer.from(result.base64, 'base64')), 'References');
    expect(sheet.rowCount).toBe(3 + result.rows);
    const rows = Array.from({ length: result.rows }, (_, i) => valuesOf(sheet, 4 + i, 5));
    expect(new Set(rows.map((row) => row[1])).size).toBeGreaterThan(250);
    rows.forEach((row, i) => {
      const previous = rows[i - 1];
      const sameStudent = previous !== undefined && previous[1] === row[1];
      // Within a student, most relevant first (Order rises); a student who is done never comes back.
      if (sameStudent) expect(Number(row[4])).toBeGreaterThan(Number(previous[4]));
      else if (previous) expect(rank.get(String(row[1]))).toBeGreaterThan(rank.get(String(previous[1])) ?? -1);
    });
  });

  it('a file that cannot be put in place is not audited, and no temporary file stays behind', async () => {
    const temp = tempDir();
    // Renaming over a folder fails only at the very end, after every row was written.
    const path = join(temp.dir, 'report.csv');
    mkdirSync(path);
    writeFileSync(join(path, 'keep.txt'), 'x');
    const before = exportRows();
    await expect(exportReadinessReportTo(t.db, { format: 'csv' }, fileDestination(path), today)).rejects.toThrow(`Cannot write ${path}:`);
    expect(exportRows()).toBe(before);
    expect(readdirSync(temp.dir)).toEqual(['report.csv']);
    expect(existsSync(join(path, 'keep.txt'))).toBe(true);
    temp.cleanup();
  });
});
