import { z } from 'zod';
import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { auditHistory } from '../db/audit-history';
import type { Db } from '../db/client';

const detailsSchema = z.record(z.string(), z.unknown());

function parseDetails(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const parsed = detailsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { note: text };
  } catch {
    return { note: text };
  }
}

/** The audit history screen: every export, import, delete and bulk change, newest first. */
export function auditList(db: Db, input: ParsedInput<'audit.list'>): ProcedureOutput<'audit.list'> {
  const { rows, total, entities, actors } = auditHistory(db, input);
  return { rows: rows.map((row) => ({ ...row, details: parseDetails(row.details) })), total, entities, actors };
}
