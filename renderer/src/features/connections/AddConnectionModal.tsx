import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Contact } from '@shared/api/network';
import {
  referenceStatusLabels,
  referenceStatuses,
  relationshipKindLabels,
  relationshipKinds,
  type ReferenceStatus,
  type RelationshipKind,
} from '@shared/domain';
import type { ApiError } from '@renderer/api/client';
import { useApiMutation } from '@renderer/api/hooks';
import { todayIso } from '@renderer/components/dates';
import { emptyConnectionForm, formToConnectionInput, validateConnectionForm, type ConnectionFormValues } from './connectionFormValues';
import { StudentPicker } from '@renderer/components/StudentPicker';

const relationshipOptions = relationshipKinds.map((k) => ({ value: k, label: relationshipKindLabels[k] }));
const referenceOptions = referenceStatuses.map((s) => ({ value: s, label: referenceStatusLabels[s] }));

export function AddConnectionModal({ contact, opened, onClose }: { contact: Contact; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Connect a student with ${contact.displayName}`} size="lg">
      {opened && <AddConnectionForm contact={contact} onDone={onClose} />}
    </Modal>
  );
}

function AddConnectionForm({ contact, onDone }: { contact: Contact; onDone: () => void }) {
  const create = useApiMutation('connections.create');
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ConnectionFormValues>({ mode: 'controlled', initialValues: emptyConnectionForm, validate: validateConnectionForm });

  const onError = (error: ApiError) => {
    if (error.field && error.field in form.values) form.setFieldError(error.field, error.message);
    // A conflict (already connected in this relationship) is about the pair, not one field: say it in the form.
    else setProblem(error.message);
  };

  const submit = form.onSubmit((values) => {
    const input = formToConnectionInput(values, contact.id);
    if (!input) return;
    setProblem(null);
    create.mutate(input, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: `Connected ${saved.studentName} with ${saved.contactName}.` });
        onDone();
      },
      onError,
    });
  });

  const mentorFull = form.values.relationship === 'mentor' && contact.isMentor && contact.mentorshipsActive >= contact.mentorCapacity;
  const notMentor = form.values.relationship === 'mentor' && !contact.isMentor;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problem && (
          <Alert color="red" role="alert" title="Not connected">
            {problem}
          </Alert>
        )}
        <StudentPicker
          label="Student"
          placeholder="Search by name, email or student ID"
          withAsterisk
          data-autofocus
          value={form.values.studentId}
          onChange={(id) => form.setFieldValue('studentId', id)}
          error={form.errors.studentId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select<RelationshipKind> label="Relationship" placeholder="How they know each other" withAsterisk data={relationshipOptions} {...form.getInputProps('relationship')} />
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
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add connection
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
