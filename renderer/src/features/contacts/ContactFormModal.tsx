import { Anchor, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Contact } from '@shared/api/network';
import { contactMethodLabels, contactMethods, type ContactMethod } from '@shared/domain';
import type { ApiError } from '@renderer/api/client';
import { useApiMutation } from '@renderer/api/hooks';
import { todayIso } from '@renderer/components/dates';
import { EmployerSelect } from '@renderer/components/EmployerSelect';
import { EmployerFormModal } from '../employers/EmployerFormModal';
import { contactToForm, formToContactInput, validateContactForm, type ContactFormValues } from './contactFormValues';


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
    <Modal opened={opened} onClose={onClose} title={contact ? `Edit ${contact.displayName}` : 'New contact'} size="lg">
      {/* Mounted only while open, so each opening starts from the current record. */}
      {opened && <ContactForm contact={contact} employer={employer} onDone={onClose} />}
    </Modal>
  );
}

const methodOptions = contactMethods.map((m) => ({ value: m, label: contactMethodLabels[m] }));

function ContactForm({ contact, employer, onDone }: { contact?: Contact; employer?: { id: number; name: string }; onDone: () => void }) {
  const navigate = useNavigate();
  const create = useApiMutation('contacts.create');
  const update = useApiMutation('contacts.update');
  const [employerName, setEmployerName] = useState<string | null>(contact?.employerName ?? employer?.name ?? null);
  const [addingEmployer, setAddingEmployer] = useState(false);
  const form = useForm<ContactFormValues>({
    mode: 'controlled',
    initialValues: contactToForm(contact, employer?.id ?? null),
    validate: validateContactForm,
  });
  const saving = create.isPending || update.isPending;

  const onError = (error: ApiError) => {
    if (error.field && error.field in form.values) form.setFieldError(error.field, error.message);
    else notifications.show({ color: 'red', title: 'Not saved', message: error.message });
  };

  const submit = form.onSubmit((values) => {
    const input = formToContactInput(values);
    if (contact) {
      update.mutate(
        { id: contact.id, ...input },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'teal', message: `Saved ${saved.displayName}.` });
            onDone();
          },
          onError,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: `Added ${saved.displayName}.` });
          onDone();
          void navigate(`/contacts/${saved.id}`);
        },
        onError,
      });
    }
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
              <EmployerSelect
                label="Employer"
                placeholder="Search employers"
                clearable
                value={form.values.employerId}
                selectedName={employerName}
                onChange={(id) => {
                  form.setFieldValue('employerId', id);
                  if (id === null) setEmployerName(null);
                }}
                error={form.errors.employerId}
              />
              <Anchor component="button" type="button" size="xs" mt={4} onClick={() => setAddingEmployer(true)}>
                New employer
              </Anchor>
            </div>
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
              <NumberInput
                label="Mentor capacity"
                description="Students they can mentor at once"
                min={0}
                max={100}
                allowDecimal={false}
                allowNegative={false}
                w={200}
                {...form.getInputProps('mentorCapacity')}
              />
            )}
          </Group>
          <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onDone} disabled={saving}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {contact ? 'Save changes' : 'Add contact'}
            </Button>
          </Group>
        </Stack>
      </form>
      {/* A sibling of the form, not inside it, so its own submit never submits the contact. */}
      <EmployerFormModal
        opened={addingEmployer}
        onClose={() => setAddingEmployer(false)}
        zIndex={300}
        onCreated={(saved) => {
          setEmployerName(saved.name);
          form.setFieldValue('employerId', saved.id);
        }}
      />
    </>
  );
}
