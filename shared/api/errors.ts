import { z } from 'zod';

export const apiErrorCodes = [
  'invalid_input',
  'unknown_procedure',
  'not_found',
  'conflict',
  'disk_full',
  'database_unavailable',
  'unauthorized',
  /** The office server: no signed-in session (or it expired). */
  'unauthenticated',
  /** The office server: the signed-in user's role or scope does not allow the call. */
  'forbidden',
  /** Too many failed sign-ins (per account or per address): `details.retryAfterSeconds` says how long to wait. */
  'rate_limited',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** The one error shape that crosses any boundary (IPC, HTTP, CLI --json). Never a stack trace. */
export const apiErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiErrorShape = z.infer<typeof apiErrorSchema>;

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorShape };

export const apiResultSchema = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: apiErrorSchema })]);
