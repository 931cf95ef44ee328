import type { Caller } from '../../../shared/api/caller';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { createSession, endSession, type NewSession } from '../auth/sessions';
import { actorName } from '../office/settings';
import type { SsoIdentity } from './provisioning';

/**
 * Starts the office server session for an account single sign-on found (the same session auth.signIn starts: the
 * host sets the cookie). The browser's previous session, if any, ends first, as on a password sign-in.
 */
export function startSsoSession(db: Db, caller: Caller, identity: SsoIdentity, address: string, previousToken: string | null, now = new Date()): NewSession {
  return transaction(db, () => {
    if (previousToken) endSession(db, previousToken, now);
    writeAudit(db, {
      actor: actorName(caller),
      action: 'sign_in',
      entity: 'user',
      entityId: caller.userId,
      details: { address, protocol: identity.protocol, subject: identity.subject },
    });
    return createSession(db, caller.userId, address, now);
  });
}

/** Ends a session signed in through single sign-on (the provider's sign-out follows), audited like auth.signOut. */
export function endSsoSession(db: Db, token: string, address: string, protocol: SsoIdentity['protocol']): void {
  transaction(db, () => {
    const userId = endSession(db, token);
    if (userId !== undefined) writeAudit(db, { actor: `user ${userId}`, action: 'sign_out', entity: 'user', entityId: userId, details: { address, protocol } });
  });
}
