import type { ReactNode } from 'react';
import type { ProcedureName } from '@shared/api/contract';
import { useMayCall } from '@renderer/app/session';

/**
 * Shows `children` (a button, a menu item) only to a role whose access rule allows `procedure`, the call the
 * button makes: a viewer is not offered Edit or New that the server would refuse. Always shown in single-user mode.
 */
export function Offered({ procedure, children }: { procedure: ProcedureName; children: ReactNode }) {
  return useMayCall()(procedure) ? children : null;
}
