import { z } from 'zod';
import { adminOnly, personal } from './access';
import { type AreaProcedures, read, write } from './areas';
import { empty, id } from './fields';

// Two-step sign-in for the office server's password accounts: a TOTP authenticator app (RFC 6238) and recovery
// codes shown once. Each user manages their own (`personal`); an admin can turn it off for someone who lost their
// phone and can require it of every admin. Single-user mode has no accounts: the writes refuse there.

/** A six-digit code from the app, or a recovery code (XXXXX-XXXXX); spaces and dashes are ignored. */
export const secondFactorCode = z.string().trim().min(1, 'is required').max(32, 'must be at most 32 characters');

const recoveryCodesOutput = z.object({ recoveryCodes: z.array(z.string()) });

export const twoStepStatusSchema = z.object({
  /** False in single-user mode (no accounts, nothing to protect with a second step). */
  available: z.boolean(),
  /** Confirmed with a code: sign-in asks for one. */
  enabled: z.boolean(),
  /** Unused recovery codes left. */
  recoveryCodesLeft: z.number().int(),
  /** The office's switch: every admin must use two-step sign-in. */
  adminsMustUse: z.boolean(),
  /** This caller is an admin without it while the switch is on: nothing else answers until they set it up. */
  mustEnrol: z.boolean(),
});
export type TwoStepStatus = z.infer<typeof twoStepStatusSchema>;

export const twoStepProcedures = {
  /** The caller's own two-step sign-in and the office's rule for admins. */
  'auth.twoStepStatus': read(
    personal,
    () => empty,
    () => twoStepStatusSchema,
  ),
  /**
   * A new secret for the caller's authenticator app: the otpauth:// address and the same as a QR code (a data: URL).
   * Not in force until confirmed with a code; starting again replaces an unconfirmed secret. Refused while it is on.
   */
  'auth.startTwoStep': write(
    personal,
    ['auth', 'audit'],
    () => empty,
    () => z.object({ secret: z.string(), uri: z.string(), qrDataUrl: z.string() }),
  ),
  /** The first code from the app turns two-step sign-in on; the answer holds the recovery codes, shown this once. */
  'auth.confirmTwoStep': write(
    personal,
    ['auth', 'audit'],
    () => z.strictObject({ code: secondFactorCode }),
    () => recoveryCodesOutput,
  ),
  /** Turns the caller's two-step sign-in off; needs a current code (or a recovery code). */
  'auth.turnOffTwoStep': write(
    personal,
    ['auth', 'audit'],
    () => z.strictObject({ code: secondFactorCode }),
    () => z.object({ enabled: z.literal(false) }),
  ),
  /** New recovery codes (the old ones stop working), shown this once; needs a current code. */
  'auth.newRecoveryCodes': write(
    personal,
    ['auth', 'audit'],
    () => z.strictObject({ code: secondFactorCode }),
    () => recoveryCodesOutput,
  ),
  /** An admin turns off someone's two-step sign-in (a lost phone): they sign in with the password alone and set it up again. */
  'auth.resetTwoStep': write(
    adminOnly,
    ['auth', 'audit', 'users'],
    () => z.strictObject({ userId: id }),
    () => z.object({ enabled: z.literal(false) }),
  ),
  /** The office's switch: every admin must use two-step sign-in (an admin without it is sent to set it up first). */
  'auth.requireTwoStepForAdmins': write(
    adminOnly,
    ['auth', 'audit', 'settings'],
    () => z.strictObject({ required: z.boolean() }),
    () => z.object({ required: z.boolean() }),
  ),
} as const satisfies AreaProcedures<'auth'>;
