import { z } from 'zod';
import { adminOnly, roles } from './access';
import type { AreaProcedures } from './areas';
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
});
export type User = z.infer<typeof userSchema>;

const email = z.email('must be an email address like name@example.edu').max(254, 'must be at most 254 characters').toLowerCase();
/** The strength rules (length, common passwords, the email's name) are checked in the core, with the account at hand. */
const password = z.string().max(1024, 'must be at most 1024 characters');
const role = z.enum(roles, `must be one of ${roles.join(', ')}`);
const oneUser = z.strictObject({ userId: id });
const userEffects = ['users', 'audit'] as const;

export const usersProcedures = {
  'users.list': { kind: 'read', access: adminOnly, input: z.strictObject({}), output: z.array(userSchema) },
  'users.add': {
    kind: 'write',
    access: adminOnly,
    effects: userEffects,
    input: z.strictObject({ email, name: requiredText(120), role, advisorId: id.nullable().optional(), password }),
    output: userSchema,
  },
  /** Signs the user out everywhere: their sessions were granted for the old role. */
  'users.setRole': { kind: 'write', access: adminOnly, effects: userEffects, input: z.strictObject({ userId: id, role }), output: userSchema },
  /** The advisor record whose students are this user's caseload (null: none). */
  'users.linkAdvisor': {
    kind: 'write',
    access: adminOnly,
    effects: userEffects,
    input: z.strictObject({ userId: id, advisorId: id.nullable() }),
    output: userSchema,
  },
  /** Refuses further sign-ins and ends every session of the user at once. */
  'users.disable': { kind: 'write', access: adminOnly, effects: userEffects, input: oneUser, output: userSchema },
  'users.enable': { kind: 'write', access: adminOnly, effects: userEffects, input: oneUser, output: userSchema },
  /** Sets a new password and ends every session of the user. */
  'users.resetPassword': { kind: 'write', access: adminOnly, effects: userEffects, input: z.strictObject({ userId: id, password }), output: userSchema },
} as const satisfies AreaProcedures<'users'>;
