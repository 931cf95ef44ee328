import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { milestoneKindLabels, milestoneKinds, type MilestoneKind } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { useEntityForm } from '@renderer/components/useEntityForm';
import { pastDateError, todayIso } from '@renderer/components/dates';
import { FormActions } from '@renderer/components/FormActions';
import { RequiredSelect } from '@renderer/components/RequiredSelect';
import { NotesInput } from '@renderer/components/NotesInput';
import { FormModal } from '@renderer/components/unsavedChanges';

interface Values {
  kind: MilestoneKind;
  occurredOn: string;
  description: string;
  recommendedByContactId: number | null;
}

const fieldLabels = {
  kind: 'Milestone',
  occurredOn: 'Date',
  description: 'Description',
  recommendedByContactId: 'Recommended by',
};
const kindOptions = milestoneKinds.map((k) => ({ value: k, label: milestoneKindLabels[k] }));

export function MilestoneFormModal({ opened, onClose, studentId }: { opened: boolean; onClose: () => void; studentId: number }) {
  return (
    <FormModal opened={opened} onClose={onClose} title="Log milestone" size="md">
      {opened && <MilestoneForm studentId={studentId} onDone={onClose} />}
    </FormModal>
  );
}

function emptyMilestone(): Values {
  return { kind: 'applied', occurredOn: todayIso(), description: '', recommendedByContactId: null };
}

function MilestoneForm({ studentId, onDone }: { studentId: number; onDone: () => void }) {
  const connections = useApiQuery('connections.forStudent', { studentId });
  const { form, submit, saving, formError } = useEntityForm({
    initialValues: emptyMilestone(),
    // A milestone is logged once it has happened (as the core requires): an interview on the day it took place.
    validate: { occurredOn: (v) => pastDateError(v, 'it happened') },
    labels: fieldLabels,
    save: (values, run) => run('milestones.create', { studentId, ...values }),
    savedMessage: (m) => `Logged: ${milestoneKindLabels[m.kind]}. Choose who to tell below.`,
    onSaved: onDone,
  });

  // One option per person, even when the student knows them in two ways.
  const recommenders = new Map<number, string>();
  for (const c of connections.data ?? []) if (!recommenders.has(c.contactId)) recommenders.set(c.contactId, c.contactName);
  const recommenderOptions = [...recommenders].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RequiredSelect<MilestoneKind>
            label="Milestone"
            data={kindOptions}
            value={form.values.kind}
            onChange={(v) => form.setFieldValue('kind', v)}
            data-autofocus
          />
          <TextInput label="Date" type="date" withAsterisk {...form.getInputProps('occurredOn')} />
        </SimpleGrid>
        <NotesInput label="Description" placeholder="e.g. Applied for the data analyst role at Acme" maxRows={4} {...form.getInputProps('description')} />
        <Select<number>
          label="Recommended by"
          description="Who suggested or referred this, if anyone: they are thanked first."
          placeholder={recommenderOptions.length === 0 ? 'The student has no connections yet' : 'No one'}
          clearable
          searchable
          data={recommenderOptions}
          value={form.values.recommendedByContactId}
          onChange={(v) => form.setFieldValue('recommendedByContactId', v)}
          error={form.errors.recommendedByContactId}
        />
        <FormActions error={formError} saving={saving} onCancel={onDone} submitLabel="Save milestone" />
      </Stack>
    </form>
  );
}
