import { z } from 'zod';
import { noSession } from './access';
import { type AreaProcedures, read, write } from './areas';
import { callerSchema } from './caller';
import { empty } from './fields';
import { secondFactorCode } from './two-step';

// Signing in and out of the office server. Single-user mode has no accounts: `auth.me` says so, and signing in
// there is refused with a message rather than pretending.

/** Long enough for any passphrase, short enough that hashing an attacker's megabyte costs nothing extra. */
const passwordInput = z.string().min(1, 'is required').max(1024, 'must be at most 1024 characters');

export const authProcedures = {
  /**
   * Checks the password and starts a session (the host sets the cookie). Unknown email and wrong password get the
   * same answer; repeated failures per account and per address get `rate_limited` with `details.retryAfterSeconds`.
   * An account with two-step sign-in answers `{ caller: null, codeRequired: true }` to the right password alone; the
   * same call again with `code` (from the authenticator app, or a recovery code) signs in. Wrong codes count toward
   * the same limits.
   * Effects: the caller's own screens reset on a change of identity; others only see the audit entry.
   */
  'auth.signIn': write(
    noSession,
    ['auth', 'audit'],
    () =>
      z.strictObject({
        email: z.string().trim().min(1, 'is required').max(254, 'must be at most 254 characters'),
        password: passwordInput,
        code: secondFactorCode.optional(),
      }),
    () => z.union([z.object({ caller: callerSchema }), z.object({ caller: z.null(), codeRequired: z.literal(true) })]),
  ),
  /** Ends this browser's session (revoked server-side, the host clears the cookie). Harmless without one. */
  'auth.signOut': write(
    noSession,
    ['auth', 'audit'],
    () => empty,
    () => z.object({ signedOut: z.literal(true) }),
  ),
  /** Which mode this host runs in and who is signed in: `single` (no accounts, caller null) or `office`. */
  'auth.me': read(
    noSession,
    () => empty,
    () => z.object({ mode: z.enum(['single', 'office']), caller: callerSchema.nullable() }),
  ),
} as const satisfies AreaProcedures<'auth'>;
