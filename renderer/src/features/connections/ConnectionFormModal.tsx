import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Connection } from '@shared/api/connections';
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
import { useEntityForm } from '@renderer/components/useEntityForm';
import { ContactPicker } from '@renderer/components/ContactPicker';
import { optionalPastDateError, todayIso } from '@renderer/components/dates';
import { FormActions } from '@renderer/components/FormActions';

interface Values {
  contactId: number | null;
  relationship: RelationshipKind | null;
  context: string;
  sinceOn: string;
  placementId: number | null;
  referenceStatus: ReferenceStatus;
  referenceStatusOn: string;
  resumeSharedOn: string;
}

const fieldLabels = {
  contactId: 'Contact',
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

/** Add a connection for the student, or edit one (the contact itself cannot change: delete and re-add instead). */
export function ConnectionFormModal({
  opened,
  onClose,
  studentId,
  connection,
}: {
  opened: boolean;
  onClose: () => void;
  studentId: number;
  connection?: Connection;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={connection ? `Edit connection with ${connection.contactName}` : 'Add connection'} size="lg">
      {opened && <ConnectionForm studentId={studentId} connection={connection} onDone={onClose} />}
    </Modal>
  );
}

function toValues(c: Connection | undefined): Values {
  return {
    contactId: c?.contactId ?? null,
    relationship: c?.relationship ?? null,
    context: c?.context ?? '',
    sinceOn: c?.sinceOn ?? '',
    placementId: c?.placementId ?? null,
    referenceStatus: c?.referenceStatus ?? 'not_asked',
    referenceStatusOn: c?.referenceStatusOn ?? '',
    resumeSharedOn: c?.resumeSharedOn ?? '',
  };
}

function ConnectionForm({ studentId, connection, onDone }: { studentId: number; connection?: Connection; onDone: () => void }) {
  const placements = useApiQuery('placements.forStudent', { studentId });
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: toValues(connection),
    validate: {
      contactId: (v) => (v === null ? 'Choose the contact.' : null),
      relationship: (v) => (v === null ? 'Choose how the student knows them.' : null),
      sinceOn: optionalPastDateError,
      referenceStatusOn: optionalPastDateError,
      resumeSharedOn: optionalPastDateError,
    },
    labels: fieldLabels,
    save: (values, run) => {
      // validate() has made sure both are chosen; the checks narrow the types for the call.
      if (values.relationship === null || values.contactId === null) return null;
      const fields = {
        relationship: values.relationship,
        context: values.context,
        sinceOn: values.sinceOn || null,
        placementId: values.placementId,
        referenceStatus: values.referenceStatus,
        // A status date only means something once a reference has been asked for.
        referenceStatusOn: values.referenceStatus === 'not_asked' ? null : values.referenceStatusOn || null,
        resumeSharedOn: values.resumeSharedOn || null,
      };
      return connection
        ? run('connections.update', { id: connection.id, ...fields })
        : run('connections.create', { studentId, contactId: values.contactId, ...fields });
    },
    savedMessage: (saved) => (connection ? `Saved the connection with ${saved.contactName}.` : `Connected with ${saved.contactName}.`),
    onSaved: onDone,
  });
  const placementOptions = (placements.data ?? []).map((p) => ({ value: p.id, label: placementLabel(p) }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {connection ? (
          <TextInput label="Contact" value={connection.contactName} readOnly description="To connect someone else, add a new connection." />
        ) : (
          <ContactPicker
            label="Contact"
            required
            autoFocus
            value={form.values.contactId}
            onChange={(id) => form.setFieldValue('contactId', id)}
            error={form.errors.contactId}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select<RelationshipKind>
            label="Relationship"
            withAsterisk
            data={relationshipOptions}
            value={form.values.relationship}
            onChange={(v) => form.setFieldValue('relationship', v)}
            error={form.errors.relationship}
          />
          <TextInput label="Since" type="date" max={todayIso()} description="When they first met" {...form.getInputProps('sinceOn')} />
        </SimpleGrid>
        <TextInput label="Context" placeholder="e.g. Summer 2026 internship at Acme" {...form.getInputProps('context')} />
        <Select<number>
          label="Placement"
          description="The internship, co-op or job where they met, if any: it links them to that placement's wrap-up."
          placeholder={placementOptions.length === 0 ? 'No placements recorded' : 'None'}
          clearable
          data={placementOptions}
          value={form.values.placementId}
          onChange={(v) => form.setFieldValue('placementId', v)}
          error={form.errors.placementId}
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
        <FormActions error={formError} saving={saving} onCancel={onDone} submitLabel={connection ? 'Save changes' : 'Save connection'} />
      </Stack>
    </form>
  );
}
