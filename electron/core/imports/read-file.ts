import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';
import { maxImportBytes } from '../../../shared/api/imports';
import { cleanLine } from '../../../shared/text';
import { AppError } from '../errors';

// Turns the bytes of an uploaded file into a header and records, or refuses the whole file with a
// message that names the problem. Nothing here knows what the columns mean.

export interface CsvRecord {
  /** Line in the file where the record ends (1 is the header). */
  line: number;
  values: string[];
}

export interface CsvTable {
  encoding: string;
  delimiter: string;
  headers: string[];
  records: CsvRecord[];
}

function refuse(message: string): AppError {
  return new AppError('invalid_input', message, { field: 'content' });
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused rather than guessed. */
function decode(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes),
      encoding: bom ? 'UTF-8 (BOM)' : 'UTF-8',
    };
  } catch {
    throw refuse('The file is not UTF-8 or UTF-16 text. In Excel, save it as "CSV UTF-8 (comma delimited)" and import that.');
  }
}

function assertText(text: string): void {
  if (text.slice(0, 8192).includes('\u0000')) throw refuse('This looks like a binary file, not CSV text. Export the data as CSV and import that.');
}

/** The delimiter used most in the header line (outside quotes): comma, semicolon or tab. */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r\n|\n|\r/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: header.split(d).length - 1 }));
  const best = counts.sort((a, b) => b.n - a.n)[0];
  return best && best.n > 0 ? best.d : ',';
}

/**
 * Where each record starts in the file, counting a line break as one line whatever its form (csv-parse
 * counts CRLF inside a quoted cell twice and reports where a record ends), and where a quote that is
 * never closed was opened. Blank lines are skipped, as the parser skips them.
 */
export function recordLines(text: string): { starts: number[]; openQuoteLine: number | null } {
  const starts: number[] = [];
  let line = 1;
  let inQuote = false;
  let quoteLine = 0;
  let recordStarted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (!inQuote) quoteLine = line;
      inQuote = !inQuote;
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      if (!inQuote) recordStarted = false;
      line += 1;
      continue;
    }
    if (!recordStarted && !inQuote) {
      recordStarted = true;
      starts.push(line);
    } else if (!recordStarted) {
      recordStarted = true;
      starts.push(quoteLine);
    }
  }
  return { starts, openQuoteLine: inQuote ? quoteLine : null };
}

/** Excel's `sep=;` first line names the delimiter (and is not the header); the rest of the file follows it. */
export function separatorHint(text: string): { delimiter: string; rest: string } | null {
  const m = /^"?sep=([^\r\n"])"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  return m?.[1] ? { delimiter: m[1], rest: text.slice(m[0].length) } : null;
}

/** `lineShift`: lines before `text` in the file (a `sep=` line), so messages name the file's own line numbers. */
function explainCsvError(error: CsvError, text: string, lineShift: number): string {
  const opened = error.code === 'CSV_QUOTE_NOT_CLOSED' ? recordLines(text).openQuoteLine : null;
  const found = opened ?? (typeof error.lines === 'number' ? error.lines : null);
  const at = found === null ? null : found + lineShift;
  const line = at === null ? '' : `Line ${at}: `;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${line}a quoted field is never closed (an unbalanced " quote), so the rest of the file cannot be read. Fix that quote and import again.`;
    case 'INVALID_OPENING_QUOTE':
      return `${line}a " quote appears inside a field that is not quoted. Quote the whole field and double the inner quotes ("").`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${line}a quote closes a field but more text follows it. Quotes inside a field must be doubled ("").`;
    default:
      return `${line}${error.message}`;
  }
}

export function readCsv(bytes: Buffer): CsvTable {
  if (bytes.length > maxImportBytes)
    throw refuse(`The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; imports take files up to 50 MB. Split it and import the parts.`);
  if (bytes.length === 0) throw refuse('The file is empty.');
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw refuse('This is an Excel workbook or another zipped file, not CSV. In Excel, save it as "CSV UTF-8 (comma delimited)" and import that.');
  }
  const decoded = decode(bytes);
  const { encoding } = decoded;
  assertText(decoded.text);
  if (decoded.text.trim() === '') throw refuse('The file has no text in it.');
  const hint = separatorHint(decoded.text);
  const text = hint ? hint.rest : decoded.text;
  const lineShift = hint ? 1 : 0;
  const delimiter = hint?.delimiter ?? detectDelimiter(text);
  let parsed: unknown;
  try {
    parsed = parse(text, {
      delimiter,
      // Any line ending, even mixed in one file (papaparse merges rows there; this does not).
      record_delimiter: ['\r\n', '\n', '\r'],
      // Rows with too many or too few fields are reported line by line, not thrown for the whole file.
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    });
  } catch (error) {
    if (error instanceof CsvError) throw refuse(explainCsvError(error, text, lineShift));
    throw error;
  }
  // With `info`, each row comes with where it ended in the file; the library's types do not say so.
  const rows = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) })).parse(parsed);
  const [head, ...body] = rows;
  if (!head) throw refuse('The file has no header row.');
  // Column names are shown and quoted in messages: one line each, no control characters.
  const headers = head.record.map((h) => cleanLine(h).trim());
  if (headers.every((h) => h === '')) throw refuse('The first line should name the columns, but it is blank.');
  const { starts } = recordLines(text);
  // The scanner and the parser agree on records for any file the parser accepts; if not, the parser's own count stands.
  const lineOf = (index: number, fallback: number) => lineShift + (starts.length === rows.length ? (starts[index] ?? fallback) : fallback);
  const records = body
    .map((r, index) => ({ line: lineOf(index + 1, r.info.lines), values: r.record }))
    // Spreadsheets leave rows of empty cells (",,,") below the data: they are not rows.
    .filter((r) => r.values.some((v) => v.trim() !== ''));
  return { encoding, delimiter: delimiter === '\t' ? 'tab' : delimiter, headers, records };
}
