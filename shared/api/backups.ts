import { z } from 'zod';
import { adminOnly } from './access';
import { areas, type AreaProcedures, read, write } from './areas';

// Backups and restore: verified copies of the database kept in a backups/ folder beside it.

export const backupReasons = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];
export const backupReasonLabels: Record<BackupReason, string> = {
  daily: 'Daily (automatic)',
  manual: 'On demand',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
};

export const backupSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  reason: z.enum(backupReasons),
  bytes: z.number().int(),
  /** Rows in the main tables, as verified when the copy was made. */
  counts: z.object({
    students: z.number().int(),
    contacts: z.number().int(),
    connections: z.number().int(),
    interactions: z.number().int(),
    events: z.number().int(),
  }),
});
export type Backup = z.infer<typeof backupSchema>;

const fileName = z
  .string()
  .max(255)
  // A name inside the backups folder, never a path: restore cannot be pointed at an arbitrary file from the app.
  .regex(/^[A-Za-z0-9._-]+\.db$/, 'must be the name of a backup in the backups folder');

const keepSchema = z.number().int().min(1, 'keep at least 1 backup').max(365, 'keep at most 365 backups');

export const backupsProcedures = {
  'backups.list': read(
    adminOnly,
    () => z.strictObject({}),
    () => z.object({ folder: z.string(), keep: z.number().int(), backups: z.array(backupSchema) }),
  ),
  'backups.create': write(
    adminOnly,
    ['backups', 'audit'],
    () => z.strictObject({}),
    () => backupSchema,
  ),
  // `confirm`: the caller showed what `backups.previewKeep` lists; without it, a change that would delete backups is refused.
  'backups.setKeep': write(
    adminOnly,
    ['backups', 'audit'],
    () => z.strictObject({ keep: keepSchema, confirm: z.boolean().optional() }),
    () => z.object({ keep: z.number().int(), removed: z.number().int() }),
  ),
  /** The backups saving this number would delete (before-restore copies younger than 30 days never are). */
  'backups.previewKeep': read(
    adminOnly,
    () => z.strictObject({ keep: keepSchema }),
    () => z.object({ keep: z.number().int(), remove: z.array(backupSchema) }),
  ),
  'backups.restore': write(
    adminOnly,
    areas,
    () => z.strictObject({ fileName }),
    () => z.object({ restoredFrom: z.string(), keptAside: z.string(), counts: backupSchema.shape.counts }),
  ),
} as const satisfies AreaProcedures<'backups'>;
