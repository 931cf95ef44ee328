import { z } from 'zod';
import { auditActions, type AuditAction } from '../../../shared/domain';
import type { Db } from './client';
import { Conditions } from './conditions';
import { parseRows } from './rows';

export interface AuditQuery {
  action?: AuditAction;
  entity?: string;
  actor?: string;
  search?: string;
  fromOn?: string;
  toOn?: string;
  page: number;
  pageSize: number;
}

/** One row of the audit log as SQL answers it (also what a reader thread holds for the writer: read-replica.ts). */
export const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(auditActions),
  entity: z.string(),
  entityId: z.number().nullable(),
  count: z.number(),
  details: z.string().nullable(),
});

/** The audit log, newest first, filtered by action, entity, who, day range and text (who, or anything in the details). */
export function auditHistory(db: Db, q: AuditQuery) {
  const conditions = new Conditions();
  if (q.action !== undefined) conditions.add('action = :action', { action: q.action });
  if (q.entity !== undefined) conditions.add('entity = :entity', { entity: q.entity });
  if (q.actor !== undefined) conditions.add('actor = :actor', { actor: q.actor });
  // `at` is an instant (UTC); the days an advisor picks are days on the office's calendar.
  if (q.fromOn !== undefined) conditions.add(`office_day(at) >= :fromOn`, { fromOn: q.fromOn });
  if (q.toOn !== undefined) conditions.add(`office_day(at) <= :toOn`, { toOn: q.toOn });
  if (q.search) {
    conditions.add(`(actor like :search escape '\\' or details like :search escape '\\')`, {
      search: `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    });
  }
  const { sql: where, params } = conditions;
  const rows = parseRows(
    auditRow,
    db.sqlite
      .prepare(
        `select id, at, actor, action, entity, entity_id as entityId, count, details from audit_log where ${where}
         order by id desc limit :limit offset :offset`,
      )
      .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
  );
  const total = z.number().parse(db.sqlite.prepare(`select count(*) from audit_log where ${where}`).pluck().get(params));
  const entities = z.array(z.string()).parse(db.sqlite.prepare('select distinct entity from audit_log order by entity').pluck().all());
  // Read off audit_log_actor_idx, like entities off the entity index: no pass over the log itself.
  const actors = z.array(z.string()).parse(db.sqlite.prepare('select distinct actor from audit_log order by actor').pluck().all());
  return { rows, total, entities, actors };
}
