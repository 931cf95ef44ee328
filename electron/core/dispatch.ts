import type { z } from 'zod';
import { isProcedureName, procedureNames, procedureSchemas, type ProcedureName, type ProcedureOutput } from '../../shared/api/contract';
import type { ApiErrorShape, ApiResult } from '../../shared/api/errors';
import { recordingWrite } from './access/audit-writes';
import { authorizeCaller, authorizeStudents, unauthenticated } from './access/authorize';
import { busyMessage, isBusy } from './db/busy';
import type { Db } from './db/client';
import { AppError } from './errors';
import type { Router } from './procedure';
import { router } from './router';

type Ran<K extends ProcedureName> = { ok: true; data: ProcedureOutput<K> | Promise<ProcedureOutput<K>> } | { ok: false; error: z.ZodError };

/**
 * Checks the caller's role (office server only), validates the input with the contract, checks the students it
 * touches, then runs the handler (a write on the office server recorded under the caller); one name's types all the way through.
 */
function run<K extends ProcedureName>(db: Db, name: K, rawInput: unknown): Ran<K> {
  authorizeCaller(db, name);
  const parsed = procedureSchemas[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: parsed.error };
  authorizeStudents(db, name, parsed.data);
  const handle: Router[K] = router[name];
  return { ok: true, data: recordingWrite(db, name, () => handle(db, parsed.data)) };
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const field =
    issue.code === 'unrecognized_keys'
      ? [...issue.path.map(String), issue.keys.join(', ')].filter(Boolean).join('.')
      : issue.path.map(String).join('.') || '(input)';
  const message = issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message;
  return { field, message };
}

export function invalidInput(procedure: string, error: z.ZodError): ApiErrorShape {
  const issues = error.issues.map(describeIssue);
  const first = issues[0] ?? { field: '(input)', message: 'is invalid' };
  const joiner = /^(is|must|at) /.test(first.message) ? ' ' : ': ';
  return {
    code: 'invalid_input',
    message: `Invalid input for ${procedure}: ${first.field}${joiner}${first.message}`,
    details: { field: first.field, issues },
  };
}

function sqliteCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Maps anything thrown in the core to the one error shape; never leaks a stack trace. */
export function toApiError(error: unknown): ApiErrorShape {
  if (error instanceof AppError) return { code: error.code, message: error.message, details: error.details };
  const code = sqliteCode(error);
  if (code === 'SQLITE_FULL') {
    return { code: 'disk_full', message: 'The disk is full: nothing was saved. Free some space and try again.' };
  }
  if (code?.startsWith('SQLITE_CONSTRAINT')) {
    const reason = error instanceof Error ? error.message : 'constraint failed';
    return { code: 'conflict', message: `The change conflicts with existing data (${reason}); nothing was saved.` };
  }
  // Every busy/locked code, extended ones included: nothing was written, so "try again" is the truth.
  if (isBusy(error)) return { code: 'conflict', message: busyMessage, details: { reason: 'busy' } };
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Rapport hit an unexpected problem: ${reason}` };
}

/**
 * The single entry every transport uses: validates the input with the contract, runs the handler,
 * and returns `{ ok, data }` or `{ ok: false, error }`. Invalid input never reaches a handler.
 */
export function dispatch(db: Db, name: string, rawInput: unknown): ApiResult<unknown> {
  if (typeof name !== 'string' || !isProcedureName(name)) {
    // On the office server nobody learns the procedure list before signing in, nor from a refusal after.
    if (db.request && !db.request.caller) return { ok: false, error: toApiError(unauthenticated()) };
    return {
      ok: false,
      error: {
        code: 'unknown_procedure',
        message: `Unknown procedure "${String(name).slice(0, 100)}".`,
        ...(db.request ? {} : { details: { known: procedureNames } }),
      },
    };
  }
  try {
    const result = run(db, name, rawInput);
    if (!result.ok) return { ok: false, error: invalidInput(name, result.error) };
    if (result.data instanceof Promise) {
      // Asynchronous procedures (file exports) go through dispatchAsync; say so rather than hand back a promise.
      result.data.catch(() => undefined);
      return {
        ok: false,
        error: { code: 'internal', message: `${name} is asynchronous: call it through dispatchAsync.` },
      };
    }
    return { ok: true, data: result.data };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

/** What the transports call: like dispatch, and also waits for asynchronous procedures. */
export async function dispatchAsync(db: Db, name: string, rawInput: unknown): Promise<ApiResult<unknown>> {
  if (typeof name !== 'string' || !isProcedureName(name)) return dispatch(db, name, rawInput);
  try {
    const result = run(db, name, rawInput);
    if (!result.ok) return { ok: false, error: invalidInput(name, result.error) };
    return { ok: true, data: await result.data };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
