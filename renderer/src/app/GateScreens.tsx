import { Center, Loader } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useRouteError } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice';

/** The whole window while the app asks the core who is using it and what the office holds. */
export function Opening() {
  return (
    <Center h="100vh">
      <Loader role="status" aria-label="Opening Rapport" />
    </Center>
  );
}

/** The whole window when that first question failed, with a way to ask again. */
export function OpeningFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <Center h="100vh" p="xl">
      <ErrorNotice error={error} onRetry={onRetry} />
    </Center>
  );
}

/** A screen that fills the window and is loaded when first shown: the opening spinner stays until its code is in. */
export function WholeWindow({ page }: { page: ReactNode }) {
  return <Suspense fallback={<Opening />}>{page}</Suspense>;
}

/**
 * The router's error screen: a screen failed to draw, most often because its code could not be fetched (the pages,
 * gates and palette load on demand, and a tab open across an update asks for files the new version no longer has).
 * Says so, and starts the window again, which fetches the current version.
 */
export function ScreenFailed() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Center h="100vh" p="xl">
      <ErrorNotice
        title="Rapport could not show this screen"
        error={`${message} If Rapport was updated or the connection dropped, trying again loads it afresh.`}
        onRetry={() => window.location.reload()}
      />
    </Center>
  );
}
