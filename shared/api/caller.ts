import { z } from 'zod';
import { roles } from './access';

/** The signed-in user a call runs for on the office server (`auth.me`). Single-user mode has none. */
export const callerSchema = z.object({
  userId: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  /** The advisor record this account is linked to: their caseload is the students whose advisor this is. */
  advisorId: z.number().int().nullable(),
});
export type Caller = z.infer<typeof callerSchema>;
