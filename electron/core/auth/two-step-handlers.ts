import type { twoStepProcedures } from '../../../shared/api/two-step';
import type { Handlers } from '../procedure';
import { confirmTwoStep, newRecoveryCodes, requireTwoStepForAdmins, resetTwoStep, startTwoStep, turnOffTwoStep, twoStepStatus } from './two-step';

/** Two-step sign-in for office accounts: auth.*TwoStep, auth.newRecoveryCodes. */
export const twoStepHandlers = {
  'auth.twoStepStatus': (db) => twoStepStatus(db),
  'auth.startTwoStep': (db) => startTwoStep(db),
  'auth.confirmTwoStep': (db, input) => confirmTwoStep(db, input),
  'auth.turnOffTwoStep': (db, input) => turnOffTwoStep(db, input),
  'auth.newRecoveryCodes': (db, input) => newRecoveryCodes(db, input),
  'auth.resetTwoStep': (db, input) => resetTwoStep(db, input),
  'auth.requireTwoStepForAdmins': (db, input) => requireTwoStepForAdmins(db, input),
} satisfies Handlers<typeof twoStepProcedures>;
