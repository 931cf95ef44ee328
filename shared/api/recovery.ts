import { z } from 'zod';
import { backupSchema } from './backups';

// Browser mode when the database could not be opened: the web host answers only these, outside the
// core's router (there is no database to give it), until a backup is restored or an empty one is chosen.

export const recoveryStatusSchema = z.object({
  message: z.string(),
  movedTo: z.string(),
  backups: z.array(backupSchema),
});
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

export const recoveryRestoreInput = z.strictObject({
  fileName: z
    .string()
    .max(255)
    .regex(/^[A-Za-z0-9._-]+\.db$/, 'must be the name of a backup in the backups folder'),
});

export const recoveryDoneSchema = z.object({ opened: z.string() });
