import { Autocomplete, Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Employer } from '@shared/api/network';
import type { ApiError } from '@renderer/api/client';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { employerToForm, formToEmployerInput, validateEmployerForm, type EmployerFormValues } from './employerFormValues';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Edit this employer; without it the form creates a new one. */
  employer?: Employer;
  /** Called with the new employer after a create (not after an edit). */
  onCreated?: (employer: Employer) => void;
  /** Above another modal when opened from the contact form. */
  zIndex?: number;
}

export function EmployerFormModal({ opened, onClose, employer, onCreated, zIndex }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={employer ? `Edit ${employer.name}` : 'New employer'} size="lg" zIndex={zIndex}>
      {/* Mounted only while open, so each opening starts from the current record. */}
      {opened && <EmployerForm employer={employer} onCreated={onCreated} onDone={onClose} />}
    </Modal>
  );
}

function EmployerForm({ employer, onCreated, onDone }: { employer?: Employer; onCreated?: (employer: Employer) => void; onDone: () => void }) {
  const industries = useApiQuery('employers.industries', {});
  const create = useApiMutation('employers.create');
  const update = useApiMutation('employers.update');
  const form = useForm<EmployerFormValues>({ mode: 'controlled', initialValues: employerToForm(employer), validate: validateEmployerForm });
  const saving = create.isPending || update.isPending;

  const onError = (error: ApiError) => {
    if (error.field && error.field in form.values) form.setFieldError(error.field, error.message);
    else notifications.show({ color: 'red', title: 'Not saved', message: error.message });
  };

  const submit = form.onSubmit((values) => {
    const input = formToEmployerInput(values);
    if (employer) {
      update.mutate(
        { id: employer.id, ...input },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'teal', message: `Saved ${saved.name}.` });
            onDone();
          },
          onError,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: `Added ${saved.name}.` });
          onDone();
          onCreated?.(saved);
        },
        onError,
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label="Employer name" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete label="Industry" data={industries.data ?? []} {...form.getInputProps('industry')} />
          <TextInput label="Location" placeholder="City, region or Remote" {...form.getInputProps('location')} />
        </SimpleGrid>
        <TextInput label="Website" type="url" placeholder="https://example.com" {...form.getInputProps('website')} />
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {employer ? 'Save changes' : 'Add employer'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
