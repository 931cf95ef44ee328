import type { Caller } from '../../../shared/api/caller';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import type { RequestContext } from '../db/request';
import { findCredentials } from '../db/users';
import { AppError } from '../errors';
import { actorName } from '../office/settings';
import { decoyHash, verifyPassword } from './passwords';
import { countSignInAttempt, signInSucceeded } from './rate-limit';
import { createSession, endSession } from './sessions';
import { refusePasswordForStaff } from '../sso/password-policy';
import { useSecondFactor, type SecondFactor } from './two-step';

/** One answer for an unknown email, a wrong password and a disabled account: the reply never tells which. */
const refused = 'The email or password is not right.';

function officeRequest(db: Db): RequestContext {
  if (!db.request) {
    throw new AppError('conflict', 'This Rapport is a single-user office without accounts: there is nothing to sign in to.');
  }
  return db.request;
}

const wrongCode = 'The code is not right (or was already used). Enter the code your authenticator app shows now, or a recovery code.';

/** An attempt that did not (yet) sign in: `reason` says why (a right password waiting for its code is one too). */
function auditFailed(db: Db, email: string, userId: number | null, reason: string): void {
  const address = db.request?.address ?? 'unknown';
  writeAudit(db, { actor: `anonymous (${address})`, action: 'sign_in_failed', entity: 'user', entityId: userId, details: { email, address, reason } });
}

type SignInAnswer = { caller: Caller } | { caller: null; codeRequired: true };

/**
 * Checks the password and starts a session. The attempt is counted against the rate limits before the
 * (deliberately slow) hash runs; an unknown email is checked against a decoy hash so it takes as long. An account
 * with two-step sign-in needs a code as well: without one the answer asks for it (the attempt stays counted until a
 * sign-in succeeds), and a wrong or replayed code is a failed attempt like a wrong password.
 */
export async function signIn(db: Db, input: { email: string; password: string; code?: string | undefined }, now = new Date()): Promise<SignInAnswer> {
  const request = officeRequest(db);
  const email = input.email.trim().toLowerCase();
  transaction(db, () => countSignInAttempt(db, email, request.address, now));
  const account = findCredentials(db, email);
  const matches = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash()));
  if (!account || !matches || account.disabled) {
    const reason = !account ? 'unknown email' : !matches ? 'wrong password' : 'account disabled';
    auditFailed(db, email, account?.userId ?? null, reason);
    throw new AppError('unauthenticated', refused);
  }
  refusePasswordForStaff(db, account, email, request.address);
  let secondStep: SecondFactor | null = null;
  if (account.twoStep) {
    if (input.code === undefined) {
      auditFailed(db, email, account.userId, 'password right, code needed');
      return { caller: null, codeRequired: true };
    }
    const code = input.code;
    secondStep = transaction(db, () => useSecondFactor(db, account.userId, code, now));
    if (!secondStep) {
      auditFailed(db, email, account.userId, 'wrong code');
      throw new AppError('unauthenticated', wrongCode, { field: 'code' });
    }
  }
  const caller: Caller = { userId: account.userId, email: account.email, name: account.name, role: account.role, advisorId: account.advisorId };
  const session = transaction(db, () => {
    signInSucceeded(db, email, request.address);
    // A browser signing in again (another account, or the same) never keeps its previous session alive beside the new one.
    if (request.sessionToken) endSession(db, request.sessionToken, now);
    const details = secondStep ? { address: request.address, secondStep } : { address: request.address };
    writeAudit(db, { actor: actorName(caller), action: 'sign_in', entity: 'user', entityId: caller.userId, details });
    return createSession(db, caller.userId, request.address, now);
  });
  request.startSession(session.token, session.expiresAt);
  return { caller };
}

/** Ends this browser's session, if it has one; harmless otherwise (and in single-user mode). */
export function signOut(db: Db): { signedOut: true } {
  const request = db.request;
  if (!request?.sessionToken) return { signedOut: true };
  const token = request.sessionToken;
  transaction(db, () => {
    const userId = endSession(db, token);
    if (userId !== undefined) {
      const actor = request.caller ? actorName(request.caller) : `user ${userId}`;
      writeAudit(db, { actor, action: 'sign_out', entity: 'user', entityId: userId, details: { address: request.address } });
    }
  });
  request.endSession();
  return { signedOut: true };
}
