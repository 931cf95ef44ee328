import type { ImportProblem } from '../../../shared/api/imports';
import { cleanLine, cleanMultiline } from '../../../shared/text';
import type { ColumnMapping } from './mapping';
import type { CsvRecord } from './read-file';
import { displayPhone, type Parsed } from './values';

/** Fields up to 10 KB (quality.md); a larger cell rejects its row with the column named. */
export const maxFieldLength = 10_000;

export type RowAction = 'create' | 'update' | 'unchanged' | 'reject';

export interface RowOutcome {
  line: number;
  action: RowAction;
  /** What will be stored, readable (label → value), for the preview. */
  values: Record<string, string>;
  problems: ImportProblem[];
  /** The record created or updated, for the result's links. */
  changed?: { id: number; name: string };
}

/** An apostrophe before = + - @ (on any line of the cell) is how exports keep text from being a formula: read the text behind it. */
function unguarded(text: string): string {
  return text.replace(/(^|\r\n|\r|\n)'(?=[=+\-@\t])/g, '$1');
}

/**
 * One data row, its cells by field, and the problems found so far. Every cell loses its control characters and
 * bidi overrides on the way in; one-line fields (`limited`) also lose their line breaks.
 */
export class Row {
  readonly problems: ImportProblem[] = [];
  private readonly cells = new Map<string, { column: string; text: string }>();

  constructor(
    readonly record: CsvRecord,
    mapping: readonly ColumnMapping[],
    headerCount: number,
  ) {
    if (record.values.length !== headerCount) {
      this.reject(
        null,
        `has ${record.values.length} ${record.values.length === 1 ? 'field' : 'fields'} but the header has ${headerCount}; check for a missing or extra delimiter`,
      );
    }
    mapping.forEach((m, index) => {
      const text = record.values[index];
      if (m.field === null || text === undefined) return;
      if (text.length > maxFieldLength) {
        this.reject(m.column, `is ${text.length.toLocaleString('en-US')} characters long; a cell holds at most ${maxFieldLength.toLocaleString('en-US')}`);
        return;
      }
      this.cells.set(m.field, { column: m.column, text: cleanMultiline(unguarded(text)) });
    });
  }

  get line(): number {
    return this.record.line;
  }

  get rejected(): boolean {
    return this.problems.length > 0;
  }

  reject(column: string | null, message: string): void {
    // The line travels with the problem; the message reads on its own ("Has 4 fields…", "email_address …").
    const text = column === null ? `${message.charAt(0).toUpperCase()}${message.slice(1)}.` : `${column} ${message}.`;
    this.problems.push({ line: this.line, column, message: text });
  }

  /** The cell's text, trimmed; undefined when blank (a blank cell never erases data). */
  text(field: string): string | undefined {
    const trimmed = this.cells.get(field)?.text.trim();
    return trimmed ? trimmed : undefined;
  }

  column(field: string): string {
    return this.cells.get(field)?.column ?? field;
  }

  /** The cell read by a parser; a parse problem rejects the row and names the column. */
  parsed<T>(field: string, parse: (text: string) => Parsed<T>): T | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    const result = parse(text);
    if (result.ok) return result.value;
    this.reject(this.column(field), result.message);
    return undefined;
  }

  outcome(action: Exclude<RowAction, 'reject'>, values: Record<string, string>, changed?: { id: number; name: string }): RowOutcome {
    if (this.rejected) return { line: this.line, action: 'reject', values, problems: this.problems };
    return { line: this.line, action, values, problems: [], ...(changed ? { changed } : {}) };
  }
}

/** Every cell of the column that fills a field (for decisions made once per column). */
export function columnTexts(records: readonly CsvRecord[], mapping: readonly ColumnMapping[], field: string): string[] {
  const index = mapping.findIndex((m) => m.field === field);
  return index === -1 ? [] : records.map((r) => r.values[index] ?? '');
}

/** A one-line text field (a name, a title) with the contract's length limit; line breaks and tabs become spaces, as the forms do. */
export function limited(max: number): (text: string) => Parsed<string> {
  return (text) => limitedMultiline(max)(cleanLine(text));
}

/** A free-text field (notes) with the contract's length limit; its line breaks stay. */
export function limitedMultiline(max: number): (text: string) => Parsed<string> {
  return (text) => (text.length <= max ? { ok: true, value: text } : { ok: false, message: `is ${text.length} characters; at most ${max}` });
}

/** Lower-cased email checked the way the forms check it. */
export function email(text: string): Parsed<string> {
  const v = text.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 254
    ? { ok: true, value: v }
    : { ok: false, message: `"${text}" is not an email address like name@example.edu` };
}

/** Copies one field between two partial records of the same shape. */
function copyField<T extends object, K extends keyof T>(target: Partial<T>, source: Partial<T>, key: K): void {
  target[key] = source[key];
}

/** The fields of `patch` that would change `existing`: a field the file leaves out (undefined) never erases. */
export function differences<T extends object>(keys: readonly (keyof T)[], existing: T, patch: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of keys) {
    if (patch[key] !== undefined && patch[key] !== existing[key]) copyField(changes, patch, key);
  }
  return changes;
}

/** A preview's values (field → readable text), in the order given; fields without a value are left out. */
export function previewValues(fields: Record<string, string | number | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).flatMap(([field, value]) => (value === undefined || value === null ? [] : [[field, String(value)]])));
}

/** A 0/1 flag as the preview shows it. */
export function yesNo(flag: number | null | undefined): string | undefined {
  return flag === undefined || flag === null ? undefined : flag ? 'Yes' : 'No';
}

/** A phone number grouped as the screens show it. */
export function shownPhone(phone: string | null | undefined): string | undefined {
  return phone === undefined || phone === null ? undefined : displayPhone(phone);
}
