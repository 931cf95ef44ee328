import { desc, max } from 'drizzle-orm';
import type { AuditAction } from '../../../shared/domain';
import type { Db } from './client';
import { auditLog } from './schema';

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  entity: string;
  entityId?: number | null;
  count?: number;
  details?: Record<string, unknown>;
}

export function writeAudit(db: Db, entry: AuditEntry): void {
  db.orm
    .insert(auditLog)
    .values({
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      count: entry.count ?? 1,
      details: entry.details ? JSON.stringify(entry.details) : null,
    })
    .run();
}

/** The newest entry's id (0 for an empty log): a write that changes it has recorded itself. */
export function lastAuditId(db: Db): number {
  const row = db.orm
    .select({ id: max(auditLog.id) })
    .from(auditLog)
    .get();
  return row?.id ?? 0;
}

export function recentAudit(db: Db, limit: number) {
  return db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).all();
}
