import type { authProcedures } from '../../../shared/api/auth';
import { AppError } from '../errors';
import type { Handlers } from '../procedure';

// Placeholder until the sessions land (same session): the contract is in place for the host and the renderer.
function notYet(): never {
  throw new AppError('conflict', 'Signing in is not built yet.');
}

export const authHandlers = {
  'auth.signIn': notYet,
  'auth.signOut': notYet,
  'auth.me': (db) => ({ mode: db.request ? 'office' : 'single', caller: db.request?.caller ?? null }),
} satisfies Handlers<typeof authProcedures>;
