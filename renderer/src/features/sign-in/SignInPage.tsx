import { Alert, Anchor, Button, Card, Center, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { IconInfoCircle } from '@tabler/icons-react';
import { FormError } from '@renderer/components/FormError';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { SsoSignInButtons } from './SsoSignInButtons';
import { SsoRefusal } from './SsoRefusal';

const labels = { email: 'Email', password: 'Password', code: 'Code' } as const;

/**
 * The office server's front door. A wrong email and a wrong password get one answer (the server's), so the page
 * does not tell anyone which accounts exist; too many tries say how long to wait, a disabled account says so.
 */
export function SignInPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: () => void }) {
  // Two-step sign-in: after a right password the server asks for a code, and the same form sends all three.
  const [step, setStep] = useState<'password' | 'code' | 'recovery'>('password');
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: { email: '', password: '', code: '' },
    validate: {
      email: (v) => (v.trim() === '' ? 'Enter your email address' : null),
      password: (v) => (v === '' ? 'Enter your password' : null),
      code: (v) => (step !== 'password' && v.trim() === '' ? `Enter the ${step === 'code' ? 'code from your app' : 'recovery code'}` : null),
    },
    labels,
    // Signing in refreshes `auth.me` (its declared effects), which takes the app past this page.
    save: ({ code, ...values }, run) => run('auth.signIn', step === 'password' ? values : { ...values, code }),
    savedMessage: ({ caller }) => (caller ? `Signed in as ${caller.name}.` : 'Password accepted: now the code from your authenticator app.'),
    onSaved: ({ caller }) => (caller ? onSignedIn() : setStep('code')),
  });

  return (
    <Center mih="100vh" p="xl" bg="var(--mantine-color-body)">
      <Card withBorder padding="xl" w="100%" maw={420} component="main">
        <form onSubmit={submit} noValidate aria-label="Sign in">
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">
                Sign in to Rapport
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                Your office’s shared caseload, contacts and events. Ask your office admin for an account.
              </Text>
            </div>
            {notice && (
              <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} role="status">
                {notice}
              </Alert>
            )}
            {/* A refused single sign-on (OIDC or SAML) lands here and says why. */}
            <SsoRefusal />
            {step === 'password' ? (
              <>
                <TextInput label={labels.email} type="email" autoComplete="username" required autoFocus {...form.getInputProps('email')} />
                <PasswordInput label={labels.password} autoComplete="current-password" required {...form.getInputProps('password')} />
              </>
            ) : (
              <SecondStep
                recovery={step === 'recovery'}
                inputProps={form.getInputProps('code')}
                onSwitch={() => setStep(step === 'code' ? 'recovery' : 'code')}
              />
            )}
            <FormError message={formError} title="Not signed in" />
            <Button type="submit" loading={saving} fullWidth>
              Sign in
            </Button>
            {step === 'password' && <SsoSignInButtons />}
          </Stack>
        </form>
      </Card>
    </Center>
  );
}

/** The second step: the six-digit code from the authenticator app, or one of the recovery codes instead. */
function SecondStep({ recovery, inputProps, onSwitch }: { recovery: boolean; inputProps: object; onSwitch: () => void }) {
  return (
    <Stack gap="xs">
      <Text size="sm">
        {recovery
          ? 'Enter one of the recovery codes you saved when you set up two-step sign-in. Each works once.'
          : 'Enter the six-digit code your authenticator app shows for Rapport.'}
      </Text>
      <TextInput
        key={recovery ? 'recovery' : 'code'}
        label={recovery ? 'Recovery code' : 'Code'}
        autoComplete="one-time-code"
        inputMode={recovery ? 'text' : 'numeric'}
        required
        autoFocus
        {...inputProps}
      />
      <Anchor component="button" type="button" size="sm" onClick={onSwitch} style={{ alignSelf: 'flex-start' }}>
        {recovery ? 'Use the code from my app' : 'Use a recovery code'}
      </Anchor>
    </Stack>
  );
}
