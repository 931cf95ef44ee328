import { createHash } from 'node:crypto';
import { contract, isProcedureName, procedureSchemas, type ProcedureName } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { idempotencyKeyDays, idempotencyKeySchema } from '../../../shared/api/idempotency';
import { changesNoRecord } from '../access/audit-writes';
import { transaction, type Db } from '../db/client';
import { keepAnswer, keptAnswer, pruneIdempotencyKeys } from '../db/idempotency-keys';
import { dispatch, dispatchAsync, toApiError } from '../dispatch';

/** Areas whose writes answer asynchronously (password hashing, backups) or start sessions: a key is not kept there. */
const unkeyedAreas: ReadonlySet<string> = new Set(['auth', 'users', 'backups']);

/** Whether a key changes anything: writes that change records; a read (or an export) is safe to repeat anyway. */
export function honoursKey(name: ProcedureName): boolean {
  return contract[name].kind === 'write' && !changesNoRecord(name) && !unkeyedAreas.has(name.slice(0, name.indexOf('.')));
}

/** JSON with object keys sorted, so the same input hashes the same whatever order its fields came in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const inputHashOf = (name: string, input: unknown) =>
  createHash('sha256')
    .update(`${name}\n${stableJson(input)}`)
    .digest('hex');

/**
 * dispatchAsync, done once per key: the first successful answer is kept with the key (per user) in the same transaction as
 * the write, so the same key again answers it without writing, even after a crash between the two; the same key with
 * another procedure or input is refused. A refusal is not kept: nothing was written, and a retry may succeed.
 */
export async function dispatchOnce(db: Db, name: string, rawInput: unknown, key: string | null): Promise<ApiResult<unknown>> {
  if (key === null || !isProcedureName(name) || !honoursKey(name) || (db.request && !db.request.caller)) return dispatchAsync(db, name, rawInput);
  const validKey = idempotencyKeySchema.safeParse(key);
  if (!validKey.success) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: `Idempotency-Key ${validKey.error.issues[0]?.message ?? 'is invalid'}.`, details: { field: 'Idempotency-Key' } },
    };
  }
  const input = procedureSchemas[name].input.safeParse(rawInput ?? {});
  if (!input.success) return dispatch(db, name, rawInput);
  const userId = db.request?.caller?.userId ?? 0;
  const inputHash = inputHashOf(name, input.data);
  try {
    return transaction(db, (): ApiResult<unknown> => {
      const now = new Date();
      const kept = keptAnswer(db, userId, key, now.toISOString());
      if (kept && (kept.procedure !== name || kept.inputHash !== inputHash)) {
        const what = kept.procedure === name ? `${name} with other input` : kept.procedure;
        return {
          ok: false,
          error: {
            code: 'conflict',
            message: `This Idempotency-Key was already used for another action (${what}): nothing was done. Send a new key for a new action.`,
            details: { reason: 'idempotency_key_reused', field: 'Idempotency-Key' },
          },
        };
      }
      if (kept) {
        const data: unknown = JSON.parse(kept.result);
        return { ok: true, data };
      }
      const result = dispatch(db, name, rawInput);
      if (result.ok) {
        pruneIdempotencyKeys(db, now.toISOString());
        const expiresAt = new Date(now.getTime() + idempotencyKeyDays * 86_400_000).toISOString();
        keepAnswer(db, { userId, key, procedure: name, inputHash, result: JSON.stringify(result.data ?? null), expiresAt });
      }
      return result;
    });
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
