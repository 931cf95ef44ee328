import type { z } from 'zod';
import type { Db } from './db/client';

/** A contract entry bound to its handler; `parse` and `handle` share one concrete type, so no casts. */
export interface Procedure<I extends z.ZodType, O extends z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** Validates, then runs; file exports answer with a promise (their builders are asynchronous). */
  run(db: Db, rawInput: unknown): { ok: true; data: z.output<O> | Promise<z.output<O>> } | { ok: false; error: z.ZodError };
}

export function procedure<I extends z.ZodType, O extends z.ZodType>(
  definition: { input: I; output: O },
  handle: (db: Db, input: z.output<I>) => z.output<O> | Promise<z.output<O>>,
): Procedure<I, O> {
  return {
    input: definition.input,
    output: definition.output,
    run(db, rawInput) {
      const parsed = definition.input.safeParse(rawInput ?? {});
      if (!parsed.success) return { ok: false, error: parsed.error };
      return { ok: true, data: handle(db, parsed.data) };
    },
  };
}
