import { Autocomplete, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { employerSchema, type Employer } from '@shared/api/employers';
import { useApiQuery } from '@renderer/api/hooks';
import { editingRecord, useEntityForm } from '@renderer/components/useEntityForm';
import { employerToForm, formToEmployerInput, validateEmployerForm, type EmployerFormValues } from './employerFormValues';
import { FormActions } from '@renderer/components/FormActions';
import { NotesInput } from '@renderer/components/NotesInput';
import { FormModal } from '@renderer/components/unsavedChanges';

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
    <FormModal opened={opened} onClose={onClose} title={employer ? `Edit ${employer.name}` : 'New employer'} size="lg" zIndex={zIndex}>
      {/* Mounted only while open, so each opening starts from the current record. */}
      {opened && <EmployerForm employer={employer} onCreated={onCreated} onDone={onClose} />}
    </FormModal>
  );
}

const labels: Record<keyof EmployerFormValues, string> = {
  name: 'Employer name',
  industry: 'Industry',
  location: 'Location',
  website: 'Website',
  notes: 'Notes',
};

function EmployerForm({ employer, onCreated, onDone }: { employer?: Employer; onCreated?: (employer: Employer) => void; onDone: () => void }) {
  const industries = useApiQuery('employers.industries', {});
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: employerToForm(employer),
    editing: editingRecord(employer, employerSchema, employerToForm),
    validate: validateEmployerForm,
    labels,
    save: (values, run, version) =>
      employer ? run('employers.update', { id: employer.id, version, ...formToEmployerInput(values) }) : run('employers.create', formToEmployerInput(values)),
    savedMessage: (saved) => `${employer ? 'Saved' : 'Added'} ${saved.name}.`,
    onSaved: (saved) => {
      onDone();
      if (!employer) onCreated?.(saved);
    },
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
        <NotesInput label="Notes" {...form.getInputProps('notes')} />
        <FormActions error={formError} saving={saving} conflict={conflict} onCancel={onDone} submitLabel={employer ? 'Save changes' : 'Add employer'} />
      </Stack>
    </form>
  );
}
