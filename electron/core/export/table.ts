import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { safeCell, safeCsvCell } from './safe-cell';
import { collectBytes } from './write-file';

export type Cell = string | number | null;

/** What a table looks like: readable column names (names, never internal ids), a title and column widths. */
export interface TableLayout {
  sheetName: string;
  title: string;
  header: string[];
  widths: number[];
}

/** A table small enough to hold at once. */
export interface ExportTable extends TableLayout {
  rows: Cell[][];
}

/**
 * A table whose rows come a batch at a time (a page of SQL each), so an office-sized export never holds
 * every row: the writers take the next batch only once the previous one has gone out.
 */
export interface StreamedTable extends TableLayout {
  batches: Iterable<readonly Cell[][]>;
}

const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Every cell (the header too: a skipped-rows file repeats the user's own header) made safe line by line, and
 * every cell holding a CR or LF quoted. csv-stringify quotes only cells containing the record delimiter once
 * one is set, so a bare LF went out unquoted and the text after it began a new row (issue 13).
 */
function csvLines(rows: readonly (readonly Cell[])[]): Buffer {
  const safe = rows.map((row) => row.map(safeCsvCell));
  return Buffer.from(stringify(safe, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ }), 'utf8');
}

const safeRow = (row: readonly Cell[]) => row.map(safeCell);

/** UTF-8 with a BOM so spreadsheet programs read accents correctly; every text cell made safe. */
export function tableCsv(table: ExportTable): Buffer {
  return Buffer.concat([bom, csvLines([table.header, ...table.rows])]);
}

async function put(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Stops reading further batches once the destination has failed (the caller already reports why). */
function stopIfBroken(out: Writable): void {
  if (out.errored) throw out.errored;
}

/** The same bytes as `tableCsv`, written batch by batch (waiting when the destination is slower); ends `out`. */
export async function writeCsv(out: Writable, table: StreamedTable): Promise<void> {
  await put(out, Buffer.concat([bom, csvLines([table.header])]));
  for (const batch of table.batches) {
    stopIfBroken(out);
    await put(out, csvLines(batch));
  }
  out.end();
  await finished(out);
}

// exceljs's streaming writer reports no backpressure (exceljs issue #734): a committed row goes into the zip
// entry whatever the pace downstream, and the compressor takes about one chunk per turn of the event loop.
// Giving it a turn every few rows, and waiting whenever the destination is full, keeps what waits in memory
// to a few rows instead of the whole sheet's XML.
const rowsPerTurn = 20;

async function letZipCatchUp(out: Writable): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (out.writableNeedDrain) await once(out, 'drain');
}

/**
 * One sheet per table, with the title row, a bold header, frozen panes above the data and the column widths,
 * every text cell made safe; ends `out`. Rows are committed as they are added, and strings are written
 * inline rather than shared, so nothing grows with the row count but the file itself.
 */
export async function writeXlsx(out: Writable, tables: readonly StreamedTable[]): Promise<void> {
  // Zlib's usual level rather than archiver's fastest: a fifth smaller file (4.5 → 3.5 MB for 50,000 rows), no slower here.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 6 } },
  });
  workbook.creator = 'Rapport';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 3 }] });
    // Widths go out with the sheet's opening, before any row.
    sheet.columns = table.header.map((_, index) => ({ width: table.widths[index] ?? 16 }));
    const title = sheet.addRow([safeCell(table.title)]);
    title.font = { bold: true, size: 14 };
    title.commit();
    sheet.addRow([]).commit();
    const header = sheet.addRow(table.header);
    header.font = { bold: true };
    header.commit();
    let sinceTurn = 0;
    for (const batch of table.batches) {
      stopIfBroken(out);
      for (const row of batch) {
        sheet.addRow(safeRow(row)).commit();
        if (++sinceTurn === rowsPerTurn) {
          sinceTurn = 0;
          await letZipCatchUp(out);
        }
      }
    }
    sheet.commit();
  }
  await workbook.commit();
}

export function tableXlsx(table: ExportTable): Promise<Buffer> {
  return workbookXlsx([table]);
}

/** Several tables in one workbook, one sheet each (`sheetName`), styled like `tableXlsx`. */
export function workbookXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  return collectBytes((out) =>
    writeXlsx(
      out,
      tables.map((table) => ({ ...table, batches: [table.rows] })),
    ),
  );
}
