import type { Role } from '../../../shared/api/access';
import type { Caller } from '../../../shared/api/caller';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { findCredentials, insertUser, otherActiveAdmins, updateUser } from '../db/users';
import { AppError } from '../errors';
import { endUserSessions } from '../auth/sessions';
import { mapRole, type Claims } from './role-mapping';
import { provisioning, roleRules } from './settings';

/** A person the identity provider vouched for (the protocol module has already checked signature, issuer, audience, time). */
export interface SsoIdentity {
  protocol: 'oidc' | 'saml';
  /** The provider's stable id for the person (OIDC `sub`, SAML NameID), kept in the audit. */
  subject: string;
  email: string | null;
  name: string | null;
  claims: Claims;
}

/**
 * An account signed in through the identity provider has no password: this is not a scrypt hash, so no password
 * ever matches it (passwords.ts parses only `scrypt$…`). An admin can still set one in Users.
 */
export const noPassword = 'sso-only';

/**
 * Audits a refused single sign-on and answers the error to throw. Unlike the password form, the reply may say
 * why: the person has already proven who they are to the university, and "ask an admin to add you" is the help.
 */
export function refuseSsoSignIn(
  db: Db,
  attempt: { protocol: SsoIdentity['protocol']; subject?: string | null; email?: string | null },
  address: string,
  reason: string,
  message: string,
): AppError {
  writeAudit(db, {
    actor: `anonymous (${address})`,
    action: 'sign_in_failed',
    entity: 'user',
    details: { protocol: attempt.protocol, subject: attempt.subject ?? null, email: attempt.email ?? null, address, reason },
  });
  return new AppError('unauthenticated', message, { reason });
}

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);

function displayName(identity: SsoIdentity, email: string): string {
  const name = identity.name?.trim();
  return name ? name.slice(0, 200) : email.slice(0, email.indexOf('@'));
}

/**
 * The Rapport account for a signed-in identity, with the role the mapping rules give it. An existing account is
 * found by email (a disabled one is refused); otherwise one is created only when provisioning is on and the email's
 * domain is allowed, with the first matching rule's role or the default. A mapped role replaces the stored one
 * (audited, the user's other sessions end as for any role change) — except that the office's last enabled admin is
 * never demoted by a rule, which would lock everyone out of Settings.
 */
export function ssoAccount(db: Db, identity: SsoIdentity, address: string): Caller {
  const email = identity.email?.trim().toLowerCase() ?? '';
  if (!email.includes('@')) {
    throw refuseSsoSignIn(
      db,
      identity,
      address,
      'no email',
      'The identity provider did not send an email address for this person. Ask IT to release the email claim (or attribute) to Rapport.',
    );
  }
  const mapped = mapRole(roleRules(db), identity.claims);
  const account = findCredentials(db, email);
  if (account?.disabled) {
    throw refuseSsoSignIn(db, identity, address, 'account disabled', `The Rapport account for ${email} is disabled. Ask an admin of your office to enable it.`);
  }
  if (account) {
    const caller: Caller = { userId: account.userId, email: account.email, name: account.name, role: account.role, advisorId: account.advisorId };
    if (!mapped || mapped.role === account.role) return caller;
    if (account.role === 'admin' && otherActiveAdmins(db, account.userId) === 0) return caller;
    return transaction(db, () => {
      updateUser(db, account.userId, { role: mapped.role });
      const sessionsEnded = endUserSessions(db, account.userId);
      writeAudit(db, {
        actor: `single sign-on (${identity.protocol})`,
        action: 'update',
        entity: 'user',
        entityId: account.userId,
        details: { email, role: { from: account.role, to: mapped.role }, rule: mapped.rule + 1, sessionsEnded },
      });
      return { ...caller, role: mapped.role };
    });
  }
  return createAccount(db, identity, email, mapped?.role ?? null, address);
}

function createAccount(db: Db, identity: SsoIdentity, email: string, mappedRole: Role | null, address: string): Caller {
  const policy = provisioning(db);
  if (!policy.enabled) {
    throw refuseSsoSignIn(
      db,
      identity,
      address,
      'unknown user',
      `There is no Rapport account for ${email}. Ask an admin of your office to add you: accounts are not created on first sign-in here.`,
    );
  }
  if (!policy.allowedDomains.includes(domainOf(email))) {
    const allowed = policy.allowedDomains.length ? policy.allowedDomains.join(', ') : 'no domain yet';
    throw refuseSsoSignIn(
      db,
      identity,
      address,
      'domain not allowed',
      `There is no Rapport account for ${email}, and accounts are created on first sign-in only for ${allowed}. Ask an admin of your office to add you.`,
    );
  }
  const role = mappedRole ?? policy.defaultRole;
  const name = displayName(identity, email);
  return transaction(db, () => {
    const userId = insertUser(db, { email, name, role, advisorId: null, passwordHash: noPassword });
    writeAudit(db, {
      actor: `single sign-on (${identity.protocol})`,
      action: 'create',
      entity: 'user',
      entityId: userId,
      details: { email, role, provisioned: true, subject: identity.subject, address },
    });
    return { userId, email, name, role, advisorId: null };
  });
}
