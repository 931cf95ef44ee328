import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { FirstRunPage } from '../features/first-run/FirstRunPage';
import { RecoveryPage } from '../features/recovery/RecoveryPage';

/** A new, empty database opens on the welcome screen instead of empty tables. */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('app.status', {});
  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Opening Rapport" />
      </Center>
    );
  }
  if (status.isError && status.error.code === 'database_unavailable') return <RecoveryPage />;
  if (status.isError) {
    return (
      <Center h="100vh" p="xl">
        <ErrorNotice error={status.error} onRetry={() => void status.refetch()} />
      </Center>
    );
  }
  if (!status.data.firstRunDone && status.data.studentCount === 0) return <FirstRunPage />;
  return children;
}
