import { Anchor, Button, Group, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { contactSchema, type Contact } from '@shared/api/contacts';
import { contactMethodLabels, contactMethods, type ContactMethod } from '@shared/domain';
import { CountInput } from '@renderer/components/CountInput';
import { todayIso } from '@renderer/components/dates';
import { EmployerPicker } from '@renderer/components/EmployerPicker';
import type { PickerOption } from '@renderer/components/SearchSelect';
import { editingRecord, useEntityForm } from '@renderer/components/useEntityForm';
import { EmployerFormModal } from '../employers/EmployerFormModal';
import { contactToForm, formToContactInput, validateContactForm, type ContactFormValues } from './contactFormValues';
import { FormActions } from '@renderer/components/FormActions';
import { NotesInput } from '@renderer/components/NotesInput';
import { FormModal } from '@renderer/components/unsavedChanges';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Edit this contact; without it the form creates a new one. */
  contact?: Contact;
  /** Preselect this employer for a new contact (from an employer's page). */
  employer?: { id: number; name: string };
}

export function ContactFormModal({ opened, onClose, contact, employer }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title={contact ? `Edit ${contact.displayName}` : 'New contact'} size="lg">
      {/* Mounted only while open, so each opening starts from the current record. */}
      {opened && <ContactForm contact={contact} employer={employer} onDone={onClose} />}
    </FormModal>
  );
}

const labels: Record<keyof ContactFormValues, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  title: 'Job title',
  department: 'Department',
  employerId: 'Employer',
  email: 'Email',
  phone: 'Phone',
  preferredMethod: 'Preferred contact method',
  linkedinUrl: 'LinkedIn URL',
  verifiedOn: 'Details verified on',
  isMentor: 'Volunteers as a mentor',
  mentorCapacity: 'Mentor capacity',
  notes: 'Notes',
};

const methodOptions = contactMethods.map((m) => ({ value: m, label: contactMethodLabels[m] }));

function ContactForm({ contact, employer, onDone }: { contact?: Contact; employer?: { id: number; name: string }; onDone: () => void }) {
  const navigate = useNavigate();
  // The employer the picker starts from: the contact's, the page's, or one just added with "New employer".
  const [startEmployer, setStartEmployer] = useState<PickerOption | null>(() => {
    if (contact) return contact.employerId !== null && contact.employerName ? { value: contact.employerId, label: contact.employerName } : null;
    return employer ? { value: employer.id, label: employer.name } : null;
  });
  const [addingEmployer, setAddingEmployer] = useState(false);
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: contactToForm(contact, employer?.id ?? null),
    editing: editingRecord(contact, contactSchema, (saved) => contactToForm(saved, employer?.id ?? null)),
    validate: validateContactForm,
    labels,
    save: (values, run, version) =>
      contact ? run('contacts.update', { id: contact.id, version, ...formToContactInput(values) }) : run('contacts.create', formToContactInput(values)),
    savedMessage: (saved) => `${contact ? 'Saved' : 'Added'} ${saved.displayName}.`,
    onSaved: (saved) => {
      onDone();
      if (!contact) void navigate(`/contacts/${saved.id}`);
    },
  });

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="First name" withAsterisk data-autofocus {...form.getInputProps('firstName')} />
            <TextInput label="Last name" withAsterisk {...form.getInputProps('lastName')} />
            <TextInput label="Job title" {...form.getInputProps('title')} />
            <div>
              <EmployerPicker
                // A new employer starts the picker afresh, showing it as chosen.
                key={startEmployer?.value ?? 'none'}
                label="Employer"
                placeholder="Search employers"
                clearable
                initialOption={startEmployer}
                value={form.values.employerId}
                onChange={(id) => form.setFieldValue('employerId', id)}
                error={form.errors.employerId}
              />
              <Anchor component="button" type="button" size="xs" mt={4} onClick={() => setAddingEmployer(true)}>
                New employer
              </Anchor>
            </div>
            <TextInput
              label="Department"
              description="Printed with the employer on reference lists, e.g. Department of Physics"
              {...form.getInputProps('department')}
            />
            <TextInput label="Email" type="email" {...form.getInputProps('email')} />
            <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
            <Select<ContactMethod>
              label="Preferred contact method"
              placeholder="No preference"
              clearable
              data={methodOptions}
              {...form.getInputProps('preferredMethod')}
            />
            <TextInput label="LinkedIn URL" type="url" placeholder="https://www.linkedin.com/in/…" {...form.getInputProps('linkedinUrl')} />
          </SimpleGrid>
          <Group align="flex-end" gap="xs">
            <TextInput
              label="Details verified on"
              description="When someone last confirmed this email, phone and title"
              type="date"
              max={todayIso()}
              {...form.getInputProps('verifiedOn')}
            />
            <Button variant="light" onClick={() => form.setFieldValue('verifiedOn', todayIso())}>
              Verified today
            </Button>
          </Group>
          <Group align="flex-end" gap="lg">
            <Switch
              label="Volunteers as a mentor"
              {...form.getInputProps('isMentor', { type: 'checkbox' })}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                form.setFieldValue('isMentor', checked);
                // A volunteer with room for nobody would never be suggested; start at one student.
                if (checked && Number(form.values.mentorCapacity || 0) === 0) form.setFieldValue('mentorCapacity', 1);
              }}
            />
            {form.values.isMentor && (
              <CountInput
                label="Mentor capacity"
                description="Students they can mentor at once"
                min={0}
                max={100}
                w={200}
                {...form.getInputProps('mentorCapacity')}
              />
            )}
          </Group>
          <NotesInput label="Notes" {...form.getInputProps('notes')} />
          <FormActions error={formError} saving={saving} conflict={conflict} onCancel={onDone} submitLabel={contact ? 'Save changes' : 'Add contact'} />
        </Stack>
      </form>
      {/* A sibling of the form, not inside it, so its own submit never submits the contact. */}
      <EmployerFormModal
        opened={addingEmployer}
        onClose={() => setAddingEmployer(false)}
        zIndex={300}
        onCreated={(saved) => {
          setStartEmployer({ value: saved.id, label: saved.name });
          form.setFieldValue('employerId', saved.id);
        }}
      />
    </>
  );
}
