import { Button, Group, Image, List, Stack, Text, TextInput } from '@mantine/core';
import { useApiMutation } from '@renderer/api/hooks';
import { FormError } from '@renderer/components/FormError';
import { notify } from '@renderer/components/notify';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { codeLabels, validateCode } from './codeField';

/** The secret in groups of four, as authenticator apps print it: easier to type without losing one's place. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/gu, '$1 ');

/**
 * Setting up two-step sign-in: a new secret (QR code, and the key as text for an app that cannot scan), then the
 * app's first code turns it on; `onConfirmed` gets the recovery codes the server shows this once.
 * Used by Settings and by the gate an admin meets when the office requires it.
 */
export function TwoStepSetup({ onConfirmed }: { onConfirmed: (recoveryCodes: string[]) => void }) {
  const start = useApiMutation('auth.startTwoStep');
  if (!start.data) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">You need an authenticator app on your phone (Microsoft Authenticator, Google Authenticator, 1Password or similar).</Text>
        {start.error && <FormError message={start.error.message} title="Not started" />}
        <Button onClick={() => start.mutate({}, { onError: notify.failure('Not started') })} loading={start.isPending}>
          Set up two-step sign-in
        </Button>
      </Stack>
    );
  }
  const { qrDataUrl, secret } = start.data;
  return (
    <Stack gap="sm">
      <List type="ordered" spacing="sm">
        <List.Item>
          <Text size="sm">In your authenticator app, add an account and scan this QR code.</Text>
          <Image src={qrDataUrl} alt="QR code to add Rapport to your authenticator app" w={200} h={200} mt="xs" radius="sm" />
        </List.Item>
        <List.Item>
          <TextInput
            label="Cannot scan? Enter this key in the app instead"
            description="Time-based, six digits, every 30 seconds."
            value={grouped(secret)}
            readOnly
            ff="monospace"
            w={360}
          />
        </List.Item>
        <List.Item>
          <ConfirmCode onConfirmed={onConfirmed} />
        </List.Item>
      </List>
    </Stack>
  );
}

function ConfirmCode({ onConfirmed }: { onConfirmed: (recoveryCodes: string[]) => void }) {
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: { code: '' },
    validate: validateCode,
    labels: codeLabels,
    save: ({ code }, run) => run('auth.confirmTwoStep', { code }),
    savedMessage: () => 'Two-step sign-in is on.',
    onSaved: ({ recoveryCodes }) => onConfirmed(recoveryCodes),
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Confirm two-step sign-in">
      <Stack gap="xs">
        <Text size="sm">Enter the six-digit code the app now shows for Rapport.</Text>
        <Group align="flex-start">
          <TextInput label="Code from your app" autoComplete="one-time-code" inputMode="numeric" w={200} {...form.getInputProps('code')} />
          <Button type="submit" loading={saving} mt={25}>
            Turn on
          </Button>
        </Group>
        <FormError message={formError} />
      </Stack>
    </form>
  );
}
