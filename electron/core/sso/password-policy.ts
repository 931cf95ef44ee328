import type { Role } from '../../../shared/api/access';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { oidcClientSettings } from './oidc-settings';
import { staffMustUseSso } from './settings-service';

/**
 * "Staff must use single sign-on": a right password of anyone but an admin is refused (and audited) while the office
 * has a provider. Admins keep their password so a broken identity provider cannot lock the office out of Settings.
 * Runs only after the password matched, so the answer reveals nothing to someone guessing.
 */
export function refusePasswordForStaff(db: Db, account: { userId: number; role: Role }, email: string, address: string): void {
  if (account.role === 'admin' || !staffMustUseSso(db)) return;
  const provider = oidcClientSettings(db)?.displayName ?? 'single sign-on';
  writeAudit(db, {
    actor: `anonymous (${address})`,
    action: 'sign_in_failed',
    entity: 'user',
    entityId: account.userId,
    details: { email, address, reason: 'must use single sign-on' },
  });
  throw new AppError('forbidden', `Your office signs staff in with ${provider}: use “Sign in with ${provider}” instead of a password.`);
}
