import { createContext, useContext } from 'react';
import type { Caller } from '@shared/api/caller';
import type { ProcedureName } from '@shared/api/contract';
import { navItems, type NavItem } from './navigation';
import { mayCall, mayCallAny } from './permissions';
import { useReadOnlyStudent } from './ReadOnlyStudent';

/** Who is using the app: single-user mode (no sign-in, no caller) or the office server's signed-in user. */
export interface Session {
  mode: 'single' | 'office';
  caller: Caller | null;
}

export const singleUser: Session = { mode: 'single', caller: null };
/** The office server with nobody signed in: the sign-in page. */
export const signedOut: Session = { mode: 'office', caller: null };
/** The cache key of `auth.me` (hooks.ts keys queries by procedure + input): signing in and out rewrite it. */
export const meKey = ['auth.me', {}] as const;

export const SessionContext = createContext<Session>(singleUser);

/** The session the app runs in; single-user mode outside the session gate (and in the desktop app). */
export function useSession(): Session {
  return useContext(SessionContext);
}

/** Whether to offer what a procedure does to the signed-in user (always, in single-user mode; see ReadOnlyStudent). */
export function useMayCall(): (name: ProcedureName) => boolean {
  const { caller } = useSession();
  const readOnlyStudent = useReadOnlyStudent();
  return (name) => mayCall(caller, name, readOnlyStudent);
}

/** The screens offered to the signed-in user: those whose procedures their role may call (all, in single-user mode). */
export function useNavItems(): readonly NavItem[] {
  const { caller } = useSession();
  return navItems.filter((item) => mayCallAny(caller, item.needs));
}
