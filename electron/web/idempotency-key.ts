import type { IncomingMessage } from 'node:http';
import { idempotencyKeyHeader } from '../../shared/api/idempotency';

/** The call's Idempotency-Key header (shared/api/idempotency.ts), or null; the core checks its form. */
export function idempotencyKeyOf(req: IncomingMessage): string | null {
  const value = req.headers[idempotencyKeyHeader];
  return typeof value === 'string' ? value : null;
}
