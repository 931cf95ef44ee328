import { Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense, useState, type ReactNode } from 'react';
import { useApiQuery } from '../api/hooks';
import { Opening, OpeningFailed } from './GateScreens';
import { lazyPage } from './lazyPage';
import { SignOutButton } from './SignedInUser';

// Shown to an admin once, when the office starts requiring it: loaded then.
const RecoveryCodes = lazyPage(() => import('../features/two-step/RecoveryCodes'), 'RecoveryCodes');
const TwoStepSetup = lazyPage(() => import('../features/two-step/TwoStepSetup'), 'TwoStepSetup');

/**
 * The office requires admins to use two-step sign-in and this admin has not set it up: the server answers nothing
 * else (electron/core/access/authorize.ts), so the app shows only the set-up screen, with a way to sign out. The
 * recovery codes stay on screen after it is on (the status no longer says mustEnrol) until the admin moves on.
 */
export function TwoStepGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('auth.twoStepStatus', {});
  const [codes, setCodes] = useState<string[] | null>(null);
  if (status.isPending) return <Opening />;
  if (status.isError) return <OpeningFailed error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data.mustEnrol && codes === null) return children;
  return (
    <Center mih="100vh" p="xl" bg="var(--mantine-color-body)">
      <Card withBorder padding="xl" w="100%" maw={620} component="main">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={1} size="h2">
                Set up two-step sign-in
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                Your office requires admins to sign in with a code from an authenticator app as well as a password. Set it up to continue.
              </Text>
            </div>
            <SignOutButton />
          </Group>
          <Suspense fallback={<Loader role="status" aria-label="Loading two-step sign-in" />}>
            {codes ? (
              <RecoveryCodes codes={codes} onDone={() => setCodes(null)} doneLabel="I have saved them: continue" />
            ) : (
              <TwoStepSetup onConfirmed={setCodes} />
            )}
          </Suspense>
        </Stack>
      </Card>
    </Center>
  );
}
