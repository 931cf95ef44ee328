import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { placementInput, placementSchema, type Placement } from '@shared/api/placements';
import { placementKindLabels, placementKinds, type PlacementKind } from '@shared/domain';
import { startValues } from '@renderer/components/startValues';
import { editingRecord, useEntityForm } from '@renderer/components/useEntityForm';
import { ContactPicker } from '@renderer/components/ContactPicker';
import { EmployerPicker } from '@renderer/components/EmployerPicker';
import { fieldErrors } from '@renderer/components/serverErrors';
import { FormActions } from '@renderer/components/FormActions';
import { RequiredSelect } from '@renderer/components/RequiredSelect';
import { FormModal } from '@renderer/components/unsavedChanges';

interface Values {
  employerId: number | null;
  kind: PlacementKind;
  role: string;
  supervisorContactId: number | null;
  startOn: string;
  endOn: string;
}

const fieldLabels = {
  employerId: 'Employer',
  kind: 'Kind',
  role: 'Role',
  supervisorContactId: 'Supervisor',
  startOn: 'Start date',
  endOn: 'End date',
};
const kindOptions = placementKinds.map((k) => ({ value: k, label: placementKindLabels[k] }));

export function PlacementFormModal({
  opened,
  onClose,
  studentId,
  placement,
}: {
  opened: boolean;
  onClose: () => void;
  studentId: number;
  placement?: Placement;
}) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={placement ? `Edit placement: ${placement.role} at ${placement.employerName}` : 'Add placement'}
      size="lg"
    >
      {opened && <PlacementForm studentId={studentId} placement={placement} onDone={onClose} />}
    </FormModal>
  );
}

function toInput(studentId: number, values: Values) {
  return {
    studentId,
    // 0 is never a valid id, so the contract reports "Employer is required"-style errors for it.
    employerId: values.employerId ?? 0,
    kind: values.kind,
    role: values.role,
    supervisorContactId: values.supervisorContactId,
    startOn: values.startOn,
    endOn: values.endOn || null,
  };
}

/** The form checks what the contract checks (required role, real dates, end on or after start), in its words. */
function validate(studentId: number, values: Values): Record<string, string> {
  const result = placementInput.safeParse(toInput(studentId, values));
  const errors = result.success ? {} : fieldErrors(result.error.issues, fieldLabels);
  if (values.employerId === null) errors.employerId = 'Choose the employer.';
  if (!values.startOn) errors.startOn = 'Enter the start date.';
  return errors;
}

const blank: Values = { employerId: null, kind: 'internship', role: '', supervisorContactId: null, startOn: '', endOn: '' };
const toValues = (placement?: Placement): Values => startValues(blank, placement);

function PlacementForm({ studentId, placement, onDone }: { studentId: number; placement?: Placement; onDone: () => void }) {
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: toValues(placement),
    editing: editingRecord(placement, placementSchema, toValues),
    validate: (values) => validate(studentId, values),
    labels: fieldLabels,
    save: (values, run, version) => {
      const input = toInput(studentId, values);
      return placement ? run('placements.update', { id: placement.id, version, ...input }) : run('placements.create', input);
    },
    savedMessage: (saved) => `Saved ${saved.role} at ${saved.employerName}.`,
    onSaved: onDone,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <EmployerPicker
            label="Employer"
            required
            autoFocus
            initialOption={placement ? { value: placement.employerId, label: placement.employerName } : null}
            value={form.values.employerId}
            onChange={(id) => form.setFieldValue('employerId', id)}
            error={form.errors.employerId}
          />
          <RequiredSelect<PlacementKind> label="Kind" data={kindOptions} value={form.values.kind} onChange={(v) => form.setFieldValue('kind', v)} />
        </SimpleGrid>
        <TextInput label="Role" withAsterisk placeholder="e.g. Data analyst intern" {...form.getInputProps('role')} />
        <ContactPicker
          label="Supervisor"
          clearable
          placeholder="Optional: type to search contacts"
          initialOption={
            placement?.supervisorContactId && placement.supervisorName ? { value: placement.supervisorContactId, label: placement.supervisorName } : null
          }
          value={form.values.supervisorContactId}
          onChange={(id) => form.setFieldValue('supervisorContactId', id)}
          error={form.errors.supervisorContactId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Start date" type="date" withAsterisk {...form.getInputProps('startOn')} />
          <TextInput label="End date" type="date" description="Leave blank while it is ongoing" {...form.getInputProps('endOn')} />
        </SimpleGrid>
        <FormActions error={formError} saving={saving} conflict={conflict} onCancel={onDone} submitLabel={placement ? 'Save changes' : 'Save placement'} />
      </Stack>
    </form>
  );
}
