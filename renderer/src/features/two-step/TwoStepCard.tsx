import { Alert, Button, Divider, Group, Stack, Switch, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { TwoStepStatus } from '@shared/api/two-step';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { useMayCall, useSession } from '@renderer/app/session';
import { formatCount } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';
import { SettingsCard } from '../settings/SettingsCard';
import { CodeModal, type CodeAction } from './CodeModal';
import { RecoveryCodes } from './RecoveryCodes';
import { TwoStepSetup } from './TwoStepSetup';

/**
 * Settings → Two-step sign-in (office server): your own authenticator app and recovery codes, and for admins the
 * office's rule that every admin must use it. New recovery codes are held here, outside the card's keyed content,
 * so the status refresh that follows turning it on does not take them off the screen before they are saved.
 */
export function TwoStepCard() {
  const status = useApiQuery('auth.twoStepStatus', {});
  const mayCall = useMayCall();
  const [codes, setCodes] = useState<string[] | null>(null);
  return (
    <SettingsCard
      title="Two-step sign-in"
      description="After your password, Rapport asks for a six-digit code from an authenticator app on your phone: someone who learns your password still cannot sign in as you."
      query={status}
      skeleton={80}
    >
      {(saved) => (
        <Stack gap="md">
          {codes ? (
            <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
          ) : saved.enabled ? (
            <TwoStepOn status={saved} onNewCodes={setCodes} />
          ) : (
            <TwoStepSetup onConfirmed={setCodes} />
          )}
          {mayCall('auth.requireTwoStepForAdmins') && <AdminsMustUse status={saved} />}
        </Stack>
      )}
    </SettingsCard>
  );
}

function TwoStepOn({ status, onNewCodes }: { status: TwoStepStatus; onNewCodes: (codes: string[]) => void }) {
  const { caller } = useSession();
  const [asking, setAsking] = useState<'renew' | 'off' | null>(null);
  const close = () => setAsking(null);
  const few = status.recoveryCodesLeft <= 3;
  const renew: CodeAction<{ recoveryCodes: string[] }> = {
    title: 'New recovery codes',
    explanation: 'Your old recovery codes stop working and ten new ones are shown once. Enter a code to confirm it is you.',
    submitLabel: 'Make new codes',
    save: (code, run) => run('auth.newRecoveryCodes', { code }),
    savedMessage: 'New recovery codes made; the old ones no longer work.',
    onSaved: ({ recoveryCodes }) => onNewCodes(recoveryCodes),
  };
  const off: CodeAction<{ enabled: false }> = {
    title: 'Turn off two-step sign-in',
    explanation:
      caller?.role === 'admin' && status.adminsMustUse
        ? 'Your office requires admins to use two-step sign-in: after turning it off you must set it up again before anything else. Enter a code to confirm it is you.'
        : 'Signing in will ask for your password only, and your recovery codes stop working. Enter a code to confirm it is you.',
    submitLabel: 'Turn off',
    save: (code, run) => run('auth.turnOffTwoStep', { code }),
    savedMessage: 'Two-step sign-in is off.',
    onSaved: () => undefined,
  };
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="nowrap">
        <IconShieldCheck size={20} aria-hidden color="var(--mantine-color-teal-filled)" />
        <Text size="sm" fw={600}>
          On: signing in asks for a code from your app after your password.
        </Text>
      </Group>
      <Alert color={few ? 'yellow' : 'gray'} variant="light" role="status">
        {formatCount(status.recoveryCodesLeft)} recovery {status.recoveryCodesLeft === 1 ? 'code' : 'codes'} left.
        {few && ' Make new ones before you run out.'}
      </Alert>
      <Group gap="xs">
        <Button variant="default" onClick={() => setAsking('renew')}>
          New recovery codes…
        </Button>
        <Button variant="light" color="red" onClick={() => setAsking('off')}>
          Turn off…
        </Button>
      </Group>
      <CodeModal action={asking === 'renew' ? renew : null} onClose={close} />
      <CodeModal action={asking === 'off' ? off : null} onClose={close} />
    </Stack>
  );
}

/** The office's rule (admins only): turning it on while you have not set it up yourself sends you to do so first. */
function AdminsMustUse({ status }: { status: TwoStepStatus }) {
  const rule = useApiMutation('auth.requireTwoStepForAdmins');
  const save = (required: boolean) =>
    rule.mutate(
      { required },
      {
        onSuccess: () => notify.done(required ? 'Every admin must now use two-step sign-in.' : 'Admins may sign in without two-step sign-in.'),
        onError: notify.failure('Not saved'),
      },
    );
  const change = (required: boolean) => {
    if (!required || status.enabled) {
      save(required);
      return;
    }
    modals.openConfirmModal({
      title: 'Require two-step sign-in for admins?',
      children: (
        <Text size="sm">
          You have not set up two-step sign-in yourself: Rapport will ask you to set it up before anything else, and every other admin without it the next time
          they open Rapport.
        </Text>
      ),
      labels: { confirm: 'Require it', cancel: 'Cancel' },
      onConfirm: () => save(true),
    });
  };
  return (
    <>
      <Divider />
      <Switch
        label="Require two-step sign-in for admins"
        description="An admin without it sees only the set-up screen until it is done. Advisors and desk staff choose for themselves."
        checked={status.adminsMustUse}
        disabled={rule.isPending}
        onChange={(event) => change(event.currentTarget.checked)}
      />
    </>
  );
}
