/**
 * Spreadsheet formula injection through CSV, where every cell is text a program may evaluate: a cell starting
 * with =, +, -, @, tab, CR or LF (or the full-width ＝ ＋ － ＠ some spreadsheet programs fold into them) is
 * prefixed with an apostrophe so spreadsheets show it as text. Numbers stay numbers. XLSX needs none of this
 * (a string cell is never a formula; see `writeXlsx`), so its cells keep the text exactly as stored.
 */
const risky = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

function safeCell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return risky.test(value) ? `'${value}` : value;
}

/**
 * For CSV, where a reader that splits records on a bare line break would start a row with the text after
 * it: every line of a multi-line cell is guarded, not only the first.
 */
export function safeCsvCell(value: string | number | null): string | number {
  const cell = safeCell(value);
  if (typeof cell === 'number') return cell;
  return cell.replace(/(\r\n|\r|\n)(?=[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20])/g, "$1'");
}
