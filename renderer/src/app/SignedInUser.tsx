import { Badge, Button, Group, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useApiMutation } from '../api/hooks';
import { notify } from '../components/notify';
import { roleLabels } from '../features/users/roles';
import { useSession } from './session';

/**
 * The header's account corner on the office server: who is signed in, as what, and Sign out. Signing out
 * refreshes `auth.me` (its declared effects), which returns the app to the sign-in page and drops every cached
 * screen; the next person starts on the home page.
 */
export function SignedInUser() {
  const { caller } = useSession();
  if (caller === null) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={600} truncate maw={200}>
        {caller.name}
      </Text>
      <Badge variant="light" color="gray" visibleFrom="md">
        {roleLabels[caller.role]}
      </Badge>
      <SignOutButton />
    </Group>
  );
}

/** Sign out: here and on the two-step set-up gate (TwoStepGate.tsx). */
export function SignOutButton() {
  const navigate = useNavigate();
  const signOut = useApiMutation('auth.signOut', { beforeRefresh: () => void navigate('/') });
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconLogout size={16} />}
      loading={signOut.isPending}
      onClick={() => signOut.mutate({}, { onError: notify.failure('Not signed out') })}
    >
      Sign out
    </Button>
  );
}
