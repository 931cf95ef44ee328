/**
 * Spreadsheet formula injection: a text cell starting with =, +, -, @, tab, CR or LF is prefixed with an
 * apostrophe so spreadsheets show it as text. Numbers stay numbers.
 */
export function safeCell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value;
}
