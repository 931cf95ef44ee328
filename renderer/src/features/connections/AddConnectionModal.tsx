import { Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { Contact } from '@shared/api/contacts';
import {
  referenceStatusLabels,
  referenceStatuses,
  relationshipKindLabels,
  relationshipKinds,
  type ReferenceStatus,
  type RelationshipKind,
} from '@shared/domain';
import { FormError } from '@renderer/components/FormError';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { todayIso } from '@renderer/components/dates';
import { emptyConnectionForm, formToConnectionInput, validateConnectionForm, type ConnectionFormValues } from './connectionFormValues';
import { StudentPicker } from '@renderer/components/StudentPicker';
import { FormActions } from '@renderer/components/FormActions';

const relationshipOptions = relationshipKinds.map((k) => ({ value: k, label: relationshipKindLabels[k] }));
const referenceOptions = referenceStatuses.map((s) => ({ value: s, label: referenceStatusLabels[s] }));

export function AddConnectionModal({ contact, opened, onClose }: { contact: Contact; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Connect a student with ${contact.displayName}`} size="lg">
      {opened && <AddConnectionForm contact={contact} onDone={onClose} />}
    </Modal>
  );
}

const labels: Record<keyof ConnectionFormValues, string> = {
  studentId: 'Student',
  relationship: 'Relationship',
  context: 'Context',
  sinceOn: 'Since',
  referenceStatus: 'Reference status',
  referenceStatusOn: 'Reference status date',
};

function AddConnectionForm({ contact, onDone }: { contact: Contact; onDone: () => void }) {
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: emptyConnectionForm,
    validate: validateConnectionForm,
    labels,
    save: (values, run) => {
      const input = formToConnectionInput(values, contact.id);
      return input && run('connections.create', input);
    },
    savedMessage: (saved) => `Connected ${saved.studentName} with ${saved.contactName}.`,
    onSaved: onDone,
  });

  const mentorFull = form.values.relationship === 'mentor' && contact.isMentor && contact.mentorshipsActive >= contact.mentorCapacity;
  const notMentor = form.values.relationship === 'mentor' && !contact.isMentor;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {/* A conflict (already connected in this relationship) is about the pair, not one field: it shows here. */}
        <FormError title="Not connected" message={formError} />
        <StudentPicker
          label="Student"
          placeholder="Search by name, email or student ID"
          required
          autoFocus
          value={form.values.studentId}
          onChange={(id) => form.setFieldValue('studentId', id)}
          error={form.errors.studentId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select<RelationshipKind>
            label="Relationship"
            placeholder="How they know each other"
            withAsterisk
            data={relationshipOptions}
            {...form.getInputProps('relationship')}
          />
          <TextInput label="Since" type="date" max={todayIso()} {...form.getInputProps('sinceOn')} />
        </SimpleGrid>
        {mentorFull && (
          <Text size="sm" c="orange">
            {contact.displayName} already mentors {contact.mentorshipsActive} of the {contact.mentorCapacity} students they offered to take.
          </Text>
        )}
        {notMentor && (
          <Text size="sm" c="dimmed">
            {contact.displayName} is not marked as a mentor volunteer; edit the contact to record their capacity.
          </Text>
        )}
        <TextInput label="Context" placeholder="e.g. Summer 2026 internship at Acme" {...form.getInputProps('context')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select<ReferenceStatus> label="Reference status" allowDeselect={false} data={referenceOptions} {...form.getInputProps('referenceStatus')} />
          {form.values.referenceStatus !== 'not_asked' && (
            <TextInput label="Reference status date" type="date" max={todayIso()} {...form.getInputProps('referenceStatusOn')} />
          )}
        </SimpleGrid>
        <FormActions saving={saving} onCancel={onDone} submitLabel="Add connection" />
      </Stack>
    </form>
  );
}
