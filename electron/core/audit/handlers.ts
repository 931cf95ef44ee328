import type { auditProcedures } from '../../../shared/api/audit';
import { recentAudit } from '../db/audit';
import type { Handlers } from '../procedure';
import { auditList } from './list';

export const auditHandlers = {
  'audit.recent': (db, input) => recentAudit(db, input.limit),
  'audit.list': auditList,
} satisfies Handlers<typeof auditProcedures>;
