import { z } from 'zod';
import { adminOnly, roles } from './access';
import { type AreaProcedures, read, write } from './areas';
import { id, requiredText } from './fields';

// The office server's accounts: who may sign in, with which role, linked to which advisor record (their caseload).

export const userSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  advisorId: z.number().int().nullable(),
  advisorName: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
  changedAt: z.string(),
  /** When the account last used a session (null: never signed in). */
  lastSeenAt: z.string().nullable(),
  /** Two-step sign-in is on: sign-in asks for a code after the password (an admin can reset it). */
  twoStep: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

const email = z.email('must be an email address like name@example.edu').max(254, 'must be at most 254 characters').toLowerCase();
/** The strength rules (length, common passwords, the email's name) are checked in the core, with the account at hand. */
const password = z.string().max(1024, 'must be at most 1024 characters');
const role = z.enum(roles, `must be one of ${roles.join(', ')}`);
const oneUser = z.strictObject({ userId: id });
const userEffects = ['users', 'audit'] as const;

export const usersProcedures = {
  'users.list': read(
    adminOnly,
    () => z.strictObject({}),
    () => z.array(userSchema),
  ),
  'users.add': write(
    adminOnly,
    userEffects,
    () => z.strictObject({ email, name: requiredText(120), role, advisorId: id.nullable().optional(), password }),
    () => userSchema,
  ),
  /** Signs the user out everywhere: their sessions were granted for the old role. */
  'users.setRole': write(
    adminOnly,
    userEffects,
    () => z.strictObject({ userId: id, role }),
    () => userSchema,
  ),
  /** The advisor record whose students are this user's caseload (null: none). */
  'users.linkAdvisor': write(
    adminOnly,
    userEffects,
    () => z.strictObject({ userId: id, advisorId: id.nullable() }),
    () => userSchema,
  ),
  /** Refuses further sign-ins and ends every session of the user at once. */
  'users.disable': write(
    adminOnly,
    userEffects,
    () => oneUser,
    () => userSchema,
  ),
  'users.enable': write(
    adminOnly,
    userEffects,
    () => oneUser,
    () => userSchema,
  ),
  /** Sets a new password and ends every session of the user. */
  'users.resetPassword': write(
    adminOnly,
    userEffects,
    () => z.strictObject({ userId: id, password }),
    () => userSchema,
  ),
} as const satisfies AreaProcedures<'users'>;
