import { createHash, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';
import type { Caller } from '../../../shared/api/caller';
import type { TwoStepStatus } from '../../../shared/api/two-step';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { readSetting, writeSetting } from '../db/settings';
import {
  claimStep,
  clearTwoStep,
  confirmSecret,
  findTwoStep,
  replaceRecoveryCodes,
  spendRecoveryCode,
  storePendingSecret,
  unusedRecoveryCodes,
} from '../db/two-step';
import { AppError } from '../errors';
import { actorName } from '../office/settings';

/**
 * Two-step sign-in (TOTP, RFC 6238, through otplib): after the password, a six-digit code from an authenticator app
 * or a one-time recovery code. A code is accepted one 30-second step either side of the server's clock (phones
 * drift), and never twice: the last accepted step is kept, and a code for it or an earlier one is refused (replay).
 * Recovery codes have 50 random bits each, so a SHA-256 is enough to store them (no slow hash needed).
 */

export const adminsMustUseTwoStepKey = 'office.adminsMustUseTwoStep';
const issuer = 'Rapport';
const recoveryCodeCount = 10;
/** Crockford-style base32 without look-alikes (no I, L, O, U): easy to read off paper. */
const recoveryAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const stepTolerance = 30;

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/gu, '').toUpperCase()).digest('hex');
}

/** A set of new recovery codes for the account (replacing any): the codes, to show once. */
function issueRecoveryCodes(db: Db, userId: number): string[] {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  replaceRecoveryCodes(db, userId, codes.map(hashRecoveryCode));
  return codes;
}

/** The time step a six-digit code is valid for, or null when it matches none in the window (after `afterStep`). */
function acceptedStep(secret: string, code: string, now: Date, afterStep: number | null): number | null {
  const token = code.replace(/\s/gu, '');
  if (!/^\d{6}$/u.test(token)) return null;
  const result = verifySync({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: stepTolerance,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

export type SecondFactor = 'code' | 'recovery code';

/**
 * Checks a code against a confirmed second factor and uses it up: a TOTP code claims its time step, a recovery code
 * is marked used. Null when it is wrong, replayed or spent. Call inside a transaction.
 */
export function useSecondFactor(db: Db, userId: number, code: string, now: Date): SecondFactor | null {
  const state = findTwoStep(db, userId);
  if (!state?.secret || !state.confirmedAt) return null;
  const step = acceptedStep(state.secret, code, now, state.lastStep);
  if (step !== null) return claimStep(db, userId, step) ? 'code' : null;
  return spendRecoveryCode(db, userId, hashRecoveryCode(code), now.toISOString()) ? 'recovery code' : null;
}

export function hasTwoStep(db: Db, userId: number): boolean {
  return Boolean(findTwoStep(db, userId)?.confirmedAt);
}

function adminsMustUse(db: Db): boolean {
  return readSetting(db, adminsMustUseTwoStepKey) === true;
}

/** An admin without two-step sign-in while the office requires it: everything but setting it up is refused. */
export function mustEnrol(db: Db, caller: Caller): boolean {
  return caller.role === 'admin' && adminsMustUse(db) && !hasTwoStep(db, caller.userId);
}

/** The procedures an admin who must enrol may still call: who am I, sign out, and setting up two-step sign-in. */
export const enrolmentProcedures: ReadonlySet<string> = new Set([
  'auth.me',
  'auth.signIn',
  'auth.signOut',
  'auth.twoStepStatus',
  'auth.startTwoStep',
  'auth.confirmTwoStep',
]);

function signedIn(db: Db): Caller {
  const caller = db.request?.caller;
  if (!caller) throw new AppError('conflict', 'Two-step sign-in is for office server accounts; this single-user Rapport has no sign-in.');
  return caller;
}

/** Recorded as an update of the account (the audit log's actions are fixed in the file); `change` says which. */
function audit(db: Db, caller: Caller, change: string, userId: number, details: Record<string, unknown> = {}): void {
  writeAudit(db, {
    actor: actorName(caller),
    action: 'update',
    entity: 'user',
    entityId: userId,
    details: { change, address: db.request?.address, ...details },
  });
}

export function twoStepStatus(db: Db): TwoStepStatus {
  const caller = db.request?.caller;
  const required = adminsMustUse(db);
  if (!caller) return { available: false, enabled: false, recoveryCodesLeft: 0, adminsMustUse: required, mustEnrol: false };
  const enabled = hasTwoStep(db, caller.userId);
  return {
    available: true,
    enabled,
    recoveryCodesLeft: enabled ? unusedRecoveryCodes(db, caller.userId) : 0,
    adminsMustUse: required,
    mustEnrol: caller.role === 'admin' && required && !enabled,
  };
}

export async function startTwoStep(db: Db): Promise<{ secret: string; uri: string; qrDataUrl: string }> {
  const caller = signedIn(db);
  if (hasTwoStep(db, caller.userId)) {
    throw new AppError('conflict', 'Two-step sign-in is already on. Turn it off first to move it to another authenticator app.');
  }
  const secret = generateSecret();
  transaction(db, () => {
    storePendingSecret(db, caller.userId, secret);
    audit(db, caller, 'two_step_started', caller.userId);
  });
  const uri = generateURI({ issuer, label: caller.email, secret });
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
}

const wrongCode = (): AppError =>
  new AppError('invalid_input', 'The code is not right (or was already used). Enter the code your app shows now.', { field: 'code' });

export function confirmTwoStep(db: Db, input: { code: string }, now = new Date()): { recoveryCodes: string[] } {
  const caller = signedIn(db);
  return transaction(db, () => {
    const state = findTwoStep(db, caller.userId);
    if (state?.confirmedAt) throw new AppError('conflict', 'Two-step sign-in is already on.');
    if (!state?.secret) throw new AppError('conflict', 'Start setting up two-step sign-in first: there is no code to confirm.');
    const step = acceptedStep(state.secret, input.code, now, null);
    if (step === null) throw wrongCode();
    confirmSecret(db, caller.userId, now.toISOString(), step);
    audit(db, caller, 'two_step_enabled', caller.userId);
    return { recoveryCodes: issueRecoveryCodes(db, caller.userId) };
  });
}

/** Runs `change` once the caller has proved they hold the second factor with a current code or a recovery code. */
function withCurrentCode<T>(db: Db, code: string, now: Date, change: (caller: Caller) => T): T {
  const caller = signedIn(db);
  return transaction(db, () => {
    if (!hasTwoStep(db, caller.userId)) throw new AppError('conflict', 'Two-step sign-in is not on for your account.');
    if (!useSecondFactor(db, caller.userId, code, now)) throw wrongCode();
    return change(caller);
  });
}

export function turnOffTwoStep(db: Db, input: { code: string }, now = new Date()): { enabled: false } {
  return withCurrentCode(db, input.code, now, (caller) => {
    clearTwoStep(db, caller.userId);
    audit(db, caller, 'two_step_disabled', caller.userId);
    return { enabled: false };
  });
}

export function newRecoveryCodes(db: Db, input: { code: string }, now = new Date()): { recoveryCodes: string[] } {
  return withCurrentCode(db, input.code, now, (caller) => {
    audit(db, caller, 'recovery_codes_renewed', caller.userId);
    return { recoveryCodes: issueRecoveryCodes(db, caller.userId) };
  });
}

export function resetTwoStep(db: Db, input: { userId: number }): { enabled: false } {
  const caller = signedIn(db);
  return transaction(db, () => {
    const state = findTwoStep(db, input.userId);
    if (!state) throw new AppError('not_found', `No user with id ${input.userId}.`, { entity: 'user', id: input.userId });
    clearTwoStep(db, input.userId);
    audit(db, caller, 'two_step_reset', input.userId, { email: state.email });
    return { enabled: false };
  });
}

export function requireTwoStepForAdmins(db: Db, input: { required: boolean }): { required: boolean } {
  const caller = signedIn(db);
  transaction(db, () => {
    writeSetting(db, adminsMustUseTwoStepKey, input.required);
    audit(db, caller, 'two_step_required_for_admins', caller.userId, { required: input.required });
  });
  return { required: input.required };
}
