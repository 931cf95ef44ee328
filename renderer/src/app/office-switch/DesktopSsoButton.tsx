import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { desktopCall } from '@renderer/api/desktopOffice';
import { FormError } from '@renderer/components/FormError';

/** Every query, the session and the caches belong to one identity: signing in starts the window again. */
const startAgain = () => window.location.reload();

/**
 * The desktop app's "Sign in with <provider>": the office server's sign-in page cannot send this window to the
 * identity provider (it shows only the app), so the app opens a sign-in window of its own and takes over the session
 * the office server starts there. Closing that window, or a refusal shown in it, leaves the person signed out here.
 */
export function DesktopSsoButton({ protocol, displayName }: { protocol: 'oidc' | 'saml'; displayName: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signIn = async () => {
    setBusy(true);
    setProblem(null);
    const result = await desktopCall('desktop.signInWithSso', { protocol });
    setBusy(false);
    if (result.ok) startAgain();
    else setProblem(result.error.message);
  };
  return (
    <Stack gap="xs">
      <Button variant="default" fullWidth loading={busy} onClick={() => void signIn()}>
        Sign in with {displayName}
      </Button>
      <FormError title="Not signed in" message={problem} />
    </Stack>
  );
}
