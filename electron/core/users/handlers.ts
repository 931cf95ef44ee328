import type { usersProcedures } from '../../../shared/api/users';
import { AppError } from '../errors';
import type { Handlers } from '../procedure';

// Placeholder until the accounts land (same session): the contract is in place for the host and the renderer.
function notYet(): never {
  throw new AppError('conflict', 'Accounts are not built yet.');
}

export const usersHandlers = {
  'users.list': notYet,
  'users.add': notYet,
  'users.setRole': notYet,
  'users.linkAdvisor': notYet,
  'users.disable': notYet,
  'users.enable': notYet,
  'users.resetPassword': notYet,
} satisfies Handlers<typeof usersProcedures>;
