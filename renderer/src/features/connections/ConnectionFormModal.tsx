import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { connectionSchema, type Connection } from '@shared/api/connections';
import type { Contact } from '@shared/api/contacts';
import type { Placement } from '@shared/api/placements';
import {
  placementKindLabels,
  referenceStatusLabels,
  referenceStatuses,
  relationshipKindLabels,
  relationshipKinds,
  type ReferenceStatus,
  type RelationshipKind,
} from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { editingRecord, useEntityForm } from '@renderer/components/useEntityForm';
import { ContactChoice } from '@renderer/components/ContactChoice';
import { StudentPicker } from '@renderer/components/StudentPicker';
import { todayIso } from '@renderer/components/dates';
import { FormActions } from '@renderer/components/FormActions';
import { connectionFormValues, formToConnectionInput, validateConnectionForm, type ConnectionFormValues } from './connectionFormValues';
import { FormModal } from '@renderer/components/unsavedChanges';

const fieldLabels: Record<keyof ConnectionFormValues, string> = {
  studentId: 'Student',
  contactId: 'Contact',
  who: 'Contact',
  newContact: 'New contact',
  relationship: 'Relationship',
  context: 'Context',
  sinceOn: 'Since',
  placementId: 'Placement',
  referenceStatus: 'Reference status',
  referenceStatusOn: 'Reference status date',
  resumeSharedOn: 'Resume shared on',
};

const relationshipOptions = relationshipKinds.map((k) => ({ value: k, label: relationshipKindLabels[k] }));
const referenceOptions = referenceStatuses.map((k) => ({ value: k, label: referenceStatusLabels[k] }));

export function placementLabel(p: Pick<Placement, 'role' | 'employerName' | 'kind' | 'startOn'>): string {
  return `${p.role} at ${p.employerName} (${placementKindLabels[p.kind]}, ${p.startOn.slice(0, 4)})`;
}

/**
 * Where the form was opened: a student's page (add, or edit one of theirs) picks the contact; a contact's page
 * picks the student. An edit changes neither end: to connect someone else, delete and add again.
 */
export type ConnectionFormSide = { studentId: number; connection?: Connection } | { contact: Contact };

export function ConnectionFormModal({ opened, onClose, side }: { opened: boolean; onClose: () => void; side: ConnectionFormSide }) {
  const title =
    'contact' in side
      ? `Connect a student with ${side.contact.displayName}`
      : side.connection
        ? `Edit connection with ${side.connection.contactName}`
        : 'Add connection';
  return (
    <FormModal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && <ConnectionForm side={side} onDone={onClose} />}
    </FormModal>
  );
}

function ConnectionForm({ side, onDone }: { side: ConnectionFormSide; onDone: () => void }) {
  const contact = 'contact' in side ? side.contact : null;
  const connection = 'connection' in side ? side.connection : undefined;
  const parties = { studentId: 'studentId' in side ? side.studentId : null, contactId: contact?.id ?? null };
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: connectionFormValues(connection, parties),
    editing: editingRecord(connection, connectionSchema, (saved) => connectionFormValues(saved, parties)),
    validate: validateConnectionForm,
    labels: fieldLabels,
    save: (values, run, version) => {
      const input = formToConnectionInput(values);
      if (input === null) return null;
      const { studentId: _student, contactId: _contact, newContact: _new, ...fields } = input;
      return connection ? run('connections.update', { id: connection.id, version, ...fields }) : run('connections.create', input);
    },
    savedMessage: (saved) => (connection ? `Saved the connection with ${saved.contactName}.` : `Connected ${saved.studentName} with ${saved.contactName}.`),
    onSaved: onDone,
  });
  const { studentId } = form.values;
  const placements = useApiQuery('placements.forStudent', { studentId: studentId ?? 0 }, { enabled: studentId !== null });
  const placementOptions = studentId === null ? [] : (placements.data ?? []).map((p) => ({ value: p.id, label: placementLabel(p) }));
  const mentorAsked = contact !== null && form.values.relationship === 'mentor';

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {connection ? (
          <TextInput label="Contact" value={connection.contactName} readOnly description="To connect someone else, add a new connection." />
        ) : contact ? (
          <StudentPicker
            label="Student"
            placeholder="Search by name, email or student ID"
            required
            autoFocus
            value={form.values.studentId}
            {...form.getInputProps('studentId')}
          />
        ) : (
          <ContactChoice
            who={form.values.who}
            onWhoChange={(who) => form.setFieldValue('who', who)}
            picker={{ ...form.getInputProps('contactId'), value: form.values.contactId }}
            newContact={{
              firstName: form.getInputProps('newContact.firstName'),
              lastName: form.getInputProps('newContact.lastName'),
              title: form.getInputProps('newContact.title'),
            }}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select<RelationshipKind>
            label="Relationship"
            placeholder="How they know each other"
            withAsterisk
            data={relationshipOptions}
            {...form.getInputProps('relationship')}
          />
          <TextInput label="Since" type="date" max={todayIso()} description="When they first met" {...form.getInputProps('sinceOn')} />
        </SimpleGrid>
        {mentorAsked && contact.isMentor && contact.mentorshipsActive >= contact.mentorCapacity && (
          <Text size="sm" c="orange">
            {contact.displayName} already mentors {contact.mentorshipsActive} of the {contact.mentorCapacity} students they offered to take.
          </Text>
        )}
        {mentorAsked && !contact.isMentor && (
          <Text size="sm" c="dimmed">
            {contact.displayName} is not marked as a mentor volunteer; edit the contact to record their capacity.
          </Text>
        )}
        <TextInput label="Context" placeholder="e.g. Summer 2026 internship at Acme" {...form.getInputProps('context')} />
        <Select<number>
          label="Placement"
          description="The internship, co-op or job where they met, if any: it links them to that placement's wrap-up."
          placeholder={studentId === null ? 'Choose the student first' : placementOptions.length === 0 ? 'No placements recorded' : 'None'}
          clearable
          data={placementOptions}
          {...form.getInputProps('placementId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select<ReferenceStatus>
            label="Reference status"
            allowDeselect={false}
            data={referenceOptions}
            value={form.values.referenceStatus}
            onChange={(v) => {
              if (!v) return;
              form.setFieldValue('referenceStatus', v);
              // Changing the status is usually logged the day it happens.
              if (v !== 'not_asked' && !form.values.referenceStatusOn) form.setFieldValue('referenceStatusOn', todayIso());
            }}
          />
          {form.values.referenceStatus !== 'not_asked' && (
            <TextInput label="Reference status date" type="date" max={todayIso()} {...form.getInputProps('referenceStatusOn')} />
          )}
          <TextInput label="Resume shared on" type="date" max={todayIso()} {...form.getInputProps('resumeSharedOn')} />
        </SimpleGrid>
        {/* A conflict (already connected in this relationship) is about the pair, not one field: it shows here. */}
        <FormActions
          error={formError}
          saving={saving}
          conflict={conflict}
          onCancel={onDone}
          submitLabel={connection ? 'Save changes' : contact ? 'Add connection' : 'Save connection'}
        />
      </Stack>
    </form>
  );
}
