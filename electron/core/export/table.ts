import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { safeCell } from './safe-cell';

export type Cell = string | number | null;

/** A table to export: readable column names and rows of plain values (names, never internal ids). */
export interface ExportTable {
  sheetName: string;
  title: string;
  header: string[];
  widths: number[];
  rows: Cell[][];
}

/** UTF-8 with a BOM so spreadsheet programs read accents correctly; every text cell made safe. */
export function tableCsv(table: ExportTable): Buffer {
  const text = stringify([table.header, ...table.rows.map((row) => row.map(safeCell))], { record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rapport';
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.addRow([safeCell(table.title)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(safeCell));
  sheet.columns.forEach((column, index) => {
    column.width = table.widths[index] ?? 16;
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
