import type { Role } from '../../../shared/api/access';
import type { User } from '../../../shared/api/users';
import { findAdvisor } from '../db/advisors';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { findUser, findUserIdByEmail, insertUser, otherActiveAdmins, updateUser } from '../db/users';

export { listUsers } from '../db/users';
import { AppError, notFound } from '../errors';
import { checkNewPassword, hashPassword } from '../auth/passwords';
import { endUserSessions } from '../auth/sessions';

/**
 * The office server's accounts, for Settings → Users and `rapport users …`. Every change is audited with the
 * actor (the signed-in admin, or "cli"); a change that alters what a user may do ends their sessions.
 */

function existingUser(db: Db, userId: number): User {
  const user = findUser(db, userId);
  if (!user) throw notFound('user', userId);
  return user;
}

function existingAdvisor(db: Db, advisorId: number | null): void {
  if (advisorId !== null && !findAdvisor(db, advisorId)) throw notFound('advisor', advisorId);
}

/** The office always keeps an enabled admin: demoting or disabling the last one would lock everyone out of Users. */
function keepAnAdmin(db: Db, user: User, change: string): void {
  if (user.role === 'admin' && !user.disabled && otherActiveAdmins(db, user.id) === 0) {
    throw new AppError('conflict', `${user.name} is the only admin left: add another admin before you ${change}.`);
  }
}

/** Writes the change, ends the user's sessions when asked, audits, and answers with the user as it now is. */
function change(db: Db, actor: string, user: User, patch: Parameters<typeof updateUser>[2], details: Record<string, unknown>, endSessions: boolean): User {
  return transaction(db, () => {
    updateUser(db, user.id, patch);
    const ended = endSessions ? endUserSessions(db, user.id) : 0;
    writeAudit(db, {
      actor,
      action: 'update',
      entity: 'user',
      entityId: user.id,
      details: { email: user.email, ...details, ...(endSessions ? { sessionsEnded: ended } : {}) },
    });
    return existingUser(db, user.id);
  });
}

export async function addUser(
  db: Db,
  actor: string,
  input: { email: string; name: string; role: Role; advisorId?: number | null; password: string },
): Promise<User> {
  const email = input.email.trim().toLowerCase();
  const advisorId = input.advisorId ?? null;
  if (findUserIdByEmail(db, email) !== undefined) throw new AppError('conflict', `There is already an account for ${email}.`, { field: 'email' });
  existingAdvisor(db, advisorId);
  checkNewPassword(input.password, email);
  const passwordHash = await hashPassword(input.password);
  return transaction(db, () => {
    const id = insertUser(db, { email, name: input.name, role: input.role, advisorId, passwordHash });
    writeAudit(db, { actor, action: 'create', entity: 'user', entityId: id, details: { email, role: input.role, advisorId } });
    return existingUser(db, id);
  });
}

export function setRole(db: Db, actor: string, input: { userId: number; role: Role }): User {
  const user = existingUser(db, input.userId);
  if (user.role === input.role) return user;
  if (input.role !== 'admin') keepAnAdmin(db, user, 'change their role');
  return change(db, actor, user, { role: input.role }, { role: { from: user.role, to: input.role } }, true);
}

export function linkAdvisor(db: Db, actor: string, input: { userId: number; advisorId: number | null }): User {
  const user = existingUser(db, input.userId);
  existingAdvisor(db, input.advisorId);
  if (user.advisorId === input.advisorId) return user;
  // The caseload is read from the account on every request: open sessions see the new one at once.
  return change(db, actor, user, { advisorId: input.advisorId }, { advisorId: { from: user.advisorId, to: input.advisorId } }, false);
}

export function setDisabled(db: Db, actor: string, input: { userId: number }, disabled: boolean): User {
  const user = existingUser(db, input.userId);
  if (user.disabled === disabled) return user;
  if (disabled) keepAnAdmin(db, user, 'disable them');
  return change(db, actor, user, { disabled }, { disabled }, disabled);
}

export async function resetPassword(db: Db, actor: string, input: { userId: number; password: string }): Promise<User> {
  const user = existingUser(db, input.userId);
  checkNewPassword(input.password, user.email);
  const passwordHash = await hashPassword(input.password);
  return change(db, actor, user, { passwordHash }, { password: 'reset' }, true);
}

/** The CLI names accounts by email. */
export function userIdByEmail(db: Db, email: string): number {
  const id = findUserIdByEmail(db, email.trim());
  if (id === undefined) throw new AppError('not_found', `No account for ${email.trim()}.`, { entity: 'user', email });
  return id;
}
