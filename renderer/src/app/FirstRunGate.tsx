import type { ReactNode } from 'react';
import { useApiQuery } from '../api/hooks';
import { Opening, OpeningFailed, WholeWindow } from './GateScreens';
import { lazyPage } from './lazyPage';

// Screens an office sees once (or on a bad day): loaded when shown, so every other start does not read their code.
const FirstRunPage = lazyPage(() => import('../features/first-run/FirstRunPage'), 'FirstRunPage');
const RecoveryPage = lazyPage(() => import('../features/recovery/RecoveryPage'), 'RecoveryPage');

/** A new, empty database opens on the welcome screen instead of empty tables. */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('app.status', {});
  if (status.isPending) return <Opening />;
  if (status.isError && status.error.code === 'database_unavailable') return <WholeWindow page={<RecoveryPage />} />;
  if (status.isError) return <OpeningFailed error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data.firstRunDone && status.data.studentCount === 0) return <WholeWindow page={<FirstRunPage />} />;
  return children;
}
