import { z } from 'zod';

/** Rows from hand-written SQL, checked against the schema they must match (SQLite has no booleans: 0/1 → boolean). */
export function parseRows<T extends z.ZodType>(schema: T, rows: unknown[]): z.output<T>[] {
  return z.array(schema).parse(rows);
}

export const sqliteBoolean = z.union([z.boolean(), z.number()]).transform((v) => v === true || v === 1);
