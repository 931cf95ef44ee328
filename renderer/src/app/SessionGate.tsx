import { Box } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { onSessionEnded } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { Opening, OpeningFailed, WholeWindow } from './GateScreens';
import { lazyPage } from './lazyPage';
import { OfficeSwitchButton } from './office-switch/OfficeSwitchButton';
import { meKey, SessionContext, signedOut, singleUser, type Session } from './session';
import { TwoStepGate } from './TwoStepGate';

// Only the office server signs people in: the single-user app never loads the page's code (nor its forms library).
const SignInPage = lazyPage(() => import('../features/sign-in/SignInPage'), 'SignInPage');

/**
 * Asks the core who is using the app (`auth.me`). Single-user mode (desktop, browser mode) goes straight on to
 * the app as it has always been; the office server without a session shows the sign-in page. A call answered
 * `unauthenticated` anywhere (the session expired or was revoked) returns here with a notice saying so.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useApiQuery('auth.me', {});
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(
    () =>
      onSessionEnded(() => {
        const current = queryClient.getQueryData<Session>(meKey);
        // Only a session that was there can end; calls made before signing in are not news.
        if (current?.mode !== 'office' || current.caller === null) return;
        setNotice('Your session ended; sign in again.');
        queryClient.setQueryData<Session>(meKey, signedOut);
      }),
    [queryClient],
  );

  if (me.isPending) return <Opening />;
  if (me.isError) {
    // A single-user host whose database could not be opened answers only its recovery calls: the first-run gate
    // below shows the recovery page.
    if (me.error.code === 'database_unavailable') return <SessionContext.Provider value={singleUser}>{children}</SessionContext.Provider>;
    return <OpeningFailed error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.data.mode === 'office' && me.data.caller === null) {
    return (
      <SignedOut
        notice={notice}
        // Signing in already refreshed `auth.me` (its declared effects); only the notice is left to clear.
        onSignedIn={() => setNotice(null)}
      />
    );
  }
  return (
    <SessionContext.Provider value={me.data}>
      {/* An admin the office requires to use two-step sign-in sees only its set-up until it is done. */}
      {me.data.mode === 'office' ? <TwoStepGate>{children}</TwoStepGate> : children}
    </SessionContext.Provider>
  );
}

/** The sign-in page; nothing the previous user's screens cached outlives their session. */
function SignedOut({ notice, onSignedIn }: { notice: string | null; onSignedIn: () => void }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    // The app's screens are unmounted by now, so nothing refetches what is removed.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  }, [queryClient]);
  return (
    <>
      {/* The desktop app on an office server: a way back to this computer's office before signing in. */}
      <Box pos="fixed" top={12} right={12}>
        <OfficeSwitchButton />
      </Box>
      <WholeWindow page={<SignInPage notice={notice} onSignedIn={onSignedIn} />} />
    </>
  );
}
