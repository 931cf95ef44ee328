import type { authProcedures } from '../../../shared/api/auth';
import type { Handlers } from '../procedure';
import { signIn, signOut } from './sign-in';

/** Signing in and out of the office server: auth.* */
export const authHandlers = {
  'auth.signIn': (db, input) => signIn(db, input),
  'auth.signOut': signOut,
  'auth.me': (db) => ({ mode: db.request ? 'office' : 'single', caller: db.request?.caller ?? null }),
} satisfies Handlers<typeof authProcedures>;
