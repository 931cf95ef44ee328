import type { ReactNode } from 'react';
import { useApiQuery } from '../api/hooks';
import { FirstRunPage } from '../features/first-run/FirstRunPage';
import { RecoveryPage } from '../features/recovery/RecoveryPage';
import { Opening, OpeningFailed } from './GateScreens';

/** A new, empty database opens on the welcome screen instead of empty tables. */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('app.status', {});
  if (status.isPending) return <Opening />;
  if (status.isError && status.error.code === 'database_unavailable') return <RecoveryPage />;
  if (status.isError) return <OpeningFailed error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data.firstRunDone && status.data.studentCount === 0) return <FirstRunPage />;
  return children;
}
