import type { Caller } from '@shared/api/caller';
import { navItems } from './navigation';
import { advisorHome } from './opening-calls';
import { mayCallAny } from './permissions';

/**
 * Where the address `/` leads: an advisor (and the single-user app, where the one user is an advisor) starts on My
 * day; directors, admins, viewers and the front desk on the office dashboard — or, without it, the first screen
 * offered. Read by Home and by the first screen's early calls (firstScreen.ts), so both agree.
 */
export function homePath(caller: Caller | null): string {
  const offered = navItems.filter((item) => mayCallAny(caller, item.needs));
  const first = caller === null || caller.role === 'advisor' ? advisorHome : '/dashboard';
  const home = offered.find((item) => item.path === first) ?? offered[0];
  return home?.path ?? '/settings';
}
