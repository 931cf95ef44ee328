import type { Db } from './client';

// The insert and update every small record (notes, tasks) writes the same way: each value into the column named
// like its key in snake_case, and an update stamps updated_at. Table and keys come from the code, never from input,
// so they are safe to inline; the values travel as named parameters. Every key becomes a column: pass exactly the
// record's own values, never a wider object (a parsed input carries id and version too).

type RowValues = Record<string, string | number | null>;

const column = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Inserts one row and answers its id. */
export function insertRow(db: Db, table: string, values: RowValues): number {
  const keys = Object.keys(values);
  const sql = `insert into ${table} (${keys.map(column).join(', ')}) values (${keys.map((key) => `:${key}`).join(', ')})`;
  return Number(db.sqlite.prepare(sql).run(values).lastInsertRowid);
}

/** Sets the given columns of row `id` and stamps updated_at; columns not given are left as they are. */
export function updateRow(db: Db, table: string, id: number, values: RowValues): void {
  const sets = Object.keys(values).map((key) => `${column(key)} = :${key}`);
  const sql = `update ${table} set ${sets.join(', ')}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`;
  db.sqlite.prepare(sql).run({ ...values, id });
}
