import { z } from 'zod';
import { auditActions } from '../domain';
import { oversight } from './access';
import { type AreaProcedures, read } from './areas';
import { id, isoDate, pageInput, searchText } from './fields';

// The audit history: every export, import, delete and bulk change.

export const auditEntrySchema = z.object({
  id,
  at: z.string(),
  actor: z.string(),
  action: z.enum(auditActions),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  count: z.number().int(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditProcedures = {
  'audit.recent': read(
    oversight,
    () => z.strictObject({ limit: z.number().int().min(1).max(200).default(50) }),
    () =>
      z.array(
        z.object({
          id,
          at: z.string(),
          actor: z.string(),
          action: z.string(),
          entity: z.string(),
          entityId: z.number().int().nullable(),
          count: z.number().int(),
          details: z.string().nullable(),
        }),
      ),
  ),
  'audit.list': read(
    oversight,
    () =>
      z.strictObject({
        action: z.enum(auditActions).optional(),
        entity: z.string().max(60).optional(),
        /** Who did it, exactly as the log names them ("Name <email>", "cli", "office"): History by user. */
        actor: z.string().max(400).optional(),
        search: searchText.optional(),
        fromOn: isoDate.optional(),
        toOn: isoDate.optional(),
        ...pageInput,
      }),
    // entities and actors: every one the log holds, for the filters' choices.
    () => z.object({ rows: z.array(auditEntrySchema), total: z.number().int(), entities: z.array(z.string()), actors: z.array(z.string()) }),
  ),
} as const satisfies AreaProcedures<'audit'>;
