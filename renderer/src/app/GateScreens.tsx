import { Center, Loader } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
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
