import { PasswordInput, Stack, Text } from '@mantine/core';
import type { User } from '@shared/api/users';
import { FormActions } from '@renderer/components/FormActions';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { FormModal } from '@renderer/components/unsavedChanges';

const labels = { password: 'New password' } as const;

/** Sets a new password for someone who forgot theirs; the core ends every session they had. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  return (
    <FormModal opened={user !== null} onClose={onClose} title={user ? `Reset ${user.name}’s password` : ''}>
      {user && <ResetPasswordForm user={user} onDone={onClose} />}
    </FormModal>
  );
}

function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v === '' ? 'Enter the new password.' : null) },
    labels,
    save: (values, run) => run('users.resetPassword', { userId: user.id, password: values.password }),
    savedMessage: (saved) => `${saved.name}’s password was reset; they are signed out everywhere.`,
    onSaved: onDone,
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {user.name} ({user.email}) is signed out on every device and signs in again with the new password. Give it to them in person.
        </Text>
        <PasswordInput label={labels.password} withAsterisk autoComplete="new-password" data-autofocus {...form.getInputProps('password')} />
        <FormActions error={formError} saving={saving} onCancel={onDone} submitLabel="Reset password" />
      </Stack>
    </form>
  );
}
