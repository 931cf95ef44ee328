import { Alert, Button, Card, Center, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { FormError } from '@renderer/components/FormError';
import { useEntityForm } from '@renderer/components/useEntityForm';

const labels = { email: 'Email', password: 'Password' } as const;

/**
 * The office server's front door. A wrong email and a wrong password get one answer (the server's), so the page
 * does not tell anyone which accounts exist; too many tries say how long to wait, a disabled account says so.
 */
export function SignInPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: () => void }) {
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() === '' ? 'Enter your email address' : null),
      password: (v) => (v === '' ? 'Enter your password' : null),
    },
    labels,
    // Signing in refreshes `auth.me` (its declared effects), which takes the app past this page.
    save: (values, run) => run('auth.signIn', values),
    savedMessage: ({ caller }) => `Signed in as ${caller.name}.`,
    onSaved: onSignedIn,
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
            <TextInput label={labels.email} type="email" autoComplete="username" required autoFocus {...form.getInputProps('email')} />
            <PasswordInput label={labels.password} autoComplete="current-password" required {...form.getInputProps('password')} />
            <FormError message={formError} title="Not signed in" />
            <Button type="submit" loading={saving} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
