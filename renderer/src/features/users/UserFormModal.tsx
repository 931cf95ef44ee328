import { PasswordInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { roles, type Role } from '@shared/api/access';
import type { User } from '@shared/api/users';
import { useApiQuery } from '@renderer/api/hooks';
import { FormActions } from '@renderer/components/FormActions';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { roleDescriptions, roleLabels } from './roles';
import { formToNewUser, userChanges, userFormLabels, userToForm, validateUserForm } from './userFormValues';
import { FormModal } from '@renderer/components/unsavedChanges';

const roleOptions = roles.map((role) => ({ value: role, label: `${roleLabels[role]} — ${roleDescriptions[role]}` }));

function isRole(value: string | null): value is Role {
  return roles.some((role) => role === value);
}

/** Adds an account, or changes one's role and linked advisor (name, email and password are set elsewhere). */
export function UserFormModal({ opened, onClose, user }: { opened: boolean; onClose: () => void; user?: User }) {
  return (
    <FormModal opened={opened} onClose={onClose} title={user ? `Edit ${user.name}` : 'Add a user'} size="lg">
      {/* Mounted only while open, so each opening starts from the current account. */}
      {opened && <UserForm user={user} onDone={onClose} />}
    </FormModal>
  );
}

function UserForm({ user, onDone }: { user?: User; onDone: () => void }) {
  const advisors = useApiQuery('advisors.list', {});
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: userToForm(user),
    validate: (values) => validateUserForm(values, user === undefined),
    labels: userFormLabels,
    save: (values, run) => {
      if (!user) return run('users.add', formToNewUser(values));
      const { setRole, linkAdvisor } = userChanges(user, values);
      return (async () => {
        let saved = user;
        if (setRole) saved = await run('users.setRole', setRole);
        if (linkAdvisor) saved = await run('users.linkAdvisor', linkAdvisor);
        return saved;
      })();
    },
    savedMessage: (saved) => (user ? `Saved ${saved.name}.` : `Added ${saved.name}. They can sign in now.`),
    onSaved: onDone,
  });
  const roleChanged = user !== undefined && form.values.role !== user.role;
  const advisorOptions = (advisors.data ?? []).map((a) => ({ value: String(a.id), label: a.active ? a.name : `${a.name} (inactive)` }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {!user && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={userFormLabels.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
            <TextInput label={userFormLabels.email} type="email" withAsterisk placeholder="name@example.edu" {...form.getInputProps('email')} />
          </SimpleGrid>
        )}
        <Select
          label={userFormLabels.role}
          withAsterisk
          allowDeselect={false}
          data={roleOptions}
          {...form.getInputProps('role')}
          onChange={(value) => isRole(value) && form.setFieldValue('role', value)}
          description={roleChanged ? `${user.name} will be signed out everywhere and sign in again with the new role.` : undefined}
        />
        <Select
          label={userFormLabels.advisorId}
          description="Their caseload: the students whose advisor this is. Leave empty for staff who follow no students."
          placeholder={advisors.isPending ? 'Loading advisors…' : 'Not linked'}
          clearable
          searchable
          nothingFoundMessage="No advisor by that name; add advisors in the Advisors section first."
          data={advisorOptions}
          {...form.getInputProps('advisorId')}
        />
        {!user && (
          <PasswordInput
            label={userFormLabels.password}
            description="Give it to them in person; a short or common password is refused."
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
        )}
        {user && (
          <Text size="sm" c="dimmed">
            {user.email}
          </Text>
        )}
        <FormActions error={formError} saving={saving} onCancel={onDone} submitLabel={user ? 'Save changes' : 'Add user'} />
      </Stack>
    </form>
  );
}
