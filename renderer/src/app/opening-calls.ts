import type { ProcedureInput, ProcedureName } from '@shared/api/contract';

// What the screens people open the app on read first, in one list for both early senders: boot.ts (browser mode,
// before the app's code is evaluated) and firstScreen.ts (everywhere, once the code runs). Types only: boot.ts must
// stay a few kilobytes.

/** Where an advisor starts, and so the one user of the single-user app (home-path.ts). */
export const advisorHome = '/my-day';

/** Procedures called with no input. */
type NoInput = { [K in ProcedureName]: Record<string, never> extends ProcedureInput<K> ? K : never }[ProcedureName];
/** Procedures called with the dashboard's remembered filter. */
type DashboardFiltered = 'dashboard.goals' | 'dashboard.readiness' | 'dashboard.office';

export type OpeningCall = { name: NoInput; input: 'none' } | { name: DashboardFiltered; input: 'dashboard filter' };

const none = (name: NoInput): OpeningCall => ({ name, input: 'none' });
const filtered = (name: DashboardFiltered): OpeningCall => ({ name, input: 'dashboard filter' });

/** The Shell's gates and the navigation's badge. */
const shell: OpeningCall[] = [none('app.status'), none('settings.get'), none('keepInTouch.staleCount')];

/** Each opening screen's own reads, with the inputs (so the cache keys) its page uses. */
const screens: Partial<Record<string, OpeningCall[]>> = {
  '/my-day': [none('myDay.get'), none('tasks.mine')],
  // The longest first: the host's readers take calls in the order they come.
  '/dashboard': [filtered('dashboard.office'), filtered('dashboard.readiness'), filtered('dashboard.goals'), none('students.facets'), none('advisors.list')],
};

/** The calls the screen at `screen` (a path such as /dashboard) waits for, after `auth.me`. */
export function openingCalls(screen: string): OpeningCall[] {
  // The Shell's quick reads first: the app is drawn once they are in, while the screen's longer ones are worked out.
  return [...shell, ...(screens[screen] ?? [])];
}

/** The path of an address's hash (`#/dashboard?x=1` → /dashboard; nothing → /). */
export function hashPath(hash: string): string {
  return hash.replace(/^#/, '').split('?')[0] || '/';
}
