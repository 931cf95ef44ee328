import type { z } from 'zod';
import type { ParsedInput, ProcedureName, ProcedureOutput } from '../../shared/api/contract';
import type { Db } from './db/client';

/** What a handler's types are read from: a contract entry's schemas. */
interface Schemas {
  input: z.ZodType;
  output: z.ZodType;
}

/** A handler: the database and the parsed input in; the output, or a promise of it (file exports), out. */
export type Handler<D extends Schemas> = (db: Db, input: z.output<D['input']>) => z.output<D['output']> | Promise<z.output<D['output']>>;

/**
 * An area's handler map, typed against its contract file: exactly one handler per procedure of the area
 * (`satisfies Handlers<typeof goalsProcedures>` refuses a missing one and a name the area does not declare).
 */
export type Handlers<C extends Record<string, Schemas>> = { [K in keyof C]: Handler<C[K]> };

/** Every procedure name → its handler, as the router holds them; indexed by one name it keeps that name's types. */
export type Router = {
  [K in ProcedureName]: (db: Db, input: ParsedInput<K>) => ProcedureOutput<K> | Promise<ProcedureOutput<K>>;
};
