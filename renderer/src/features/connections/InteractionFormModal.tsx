import { Stack, Switch, Text, TextInput } from '@mantine/core';
import { interactionKindLabels, interactionKinds, type InteractionKind } from '@shared/domain';
import { interactionSchema } from '@shared/api/connections';
import { useEntityForm, type Editing } from '@renderer/components/useEntityForm';
import { plural } from '@renderer/components/format';
import { pastDateError, todayIso } from '@renderer/components/dates';
import { FormActions } from '@renderer/components/FormActions';
import { RequiredSelect } from '@renderer/components/RequiredSelect';
import { NotesInput } from '@renderer/components/NotesInput';
import { FormModal } from '@renderer/components/unsavedChanges';

/** What the modal is for: one connection, several at once, or an interaction already logged. */
export type InteractionTarget =
  | { mode: 'create'; connectionId: number; contactName: string; kind?: InteractionKind }
  | { mode: 'bulk'; connections: { id: number; contactName: string }[] }
  | {
      mode: 'edit';
      interactionId: number;
      /** The version it was loaded at, sent back with the save. */
      version: number;
      title: string;
      kind: InteractionKind;
      occurredOn: string;
      summary: string | null;
      sharedContactDetails: boolean;
    };

interface Values {
  kind: InteractionKind;
  occurredOn: string;
  summary: string;
  sharedContactDetails: boolean;
}

const fieldLabels = {
  kind: 'Kind',
  occurredOn: 'Date',
  summary: 'Summary',
  sharedContactDetails: 'Shared personal contact details',
};
const kindOptions = interactionKinds.map((k) => ({ value: k, label: interactionKindLabels[k] }));

function modalTitle(target: InteractionTarget): string {
  if (target.mode === 'create') return `Log interaction with ${target.contactName}`;
  if (target.mode === 'bulk') return `Log for ${plural(target.connections.length, 'connection')}`;
  return 'Edit interaction';
}

/** `onSaved` runs after a successful save only (not on cancel), before the modal closes. */
export function InteractionFormModal({ target, onClose, onSaved }: { target: InteractionTarget | null; onClose: () => void; onSaved?: () => void }) {
  return (
    <FormModal opened={target !== null} onClose={onClose} title={target ? modalTitle(target) : ''} size="md">
      {/* Mounted only while open, so every opening starts from today's date and a clean form. */}
      {target && (
        <InteractionForm
          target={target}
          onCancel={onClose}
          onSaved={() => {
            onSaved?.();
            onClose();
          }}
        />
      )}
    </FormModal>
  );
}

function initialValues(target: InteractionTarget): Values {
  if (target.mode === 'edit') {
    return {
      kind: target.kind,
      occurredOn: target.occurredOn,
      summary: target.summary ?? '',
      sharedContactDetails: target.sharedContactDetails,
    };
  }
  const kind = target.mode === 'create' ? (target.kind ?? 'conversation') : 'thank_you_email';
  // A thank-you email is meant to carry the student's personal details (that is the point of sending it).
  return { kind, occurredOn: todayIso(), summary: '', sharedContactDetails: kind === 'thank_you_email' };
}

/** An edit saves on the version it loaded; a stale save's current interaction reads as the form's values. */
function editing(target: InteractionTarget): Editing<Values> | undefined {
  if (target.mode !== 'edit') return undefined;
  return {
    version: target.version,
    read: (current) => {
      const saved = interactionSchema.safeParse(current);
      return saved.success ? initialValues({ ...target, ...saved.data }) : null;
    },
  };
}

function InteractionForm({ target, onCancel, onSaved }: { target: InteractionTarget; onCancel: () => void; onSaved: () => void }) {
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: initialValues(target),
    editing: editing(target),
    validate: { occurredOn: (value) => pastDateError(value, 'it happened') },
    labels: fieldLabels,
    // Resolves to the toast's words, which depend on what was logged.
    save: (values, run, version) => {
      const fields = {
        kind: values.kind,
        occurredOn: values.occurredOn,
        summary: values.summary,
        // Only a thank-you email records whether personal details went with it.
        sharedContactDetails: values.kind === 'thank_you_email' && values.sharedContactDetails,
      };
      const label = interactionKindLabels[values.kind].toLowerCase();
      if (target.mode === 'create') {
        return run('interactions.create', { connectionId: target.connectionId, ...fields }).then(() => `Logged ${label} with ${target.contactName}.`);
      }
      if (target.mode === 'bulk') {
        return run('interactions.bulkCreate', { connectionIds: target.connections.map((c) => c.id), ...fields }).then(
          (r) => `Logged ${label} for ${plural(r.created, 'connection')}.`,
        );
      }
      return run('interactions.update', { id: target.interactionId, version, ...fields }).then(() => 'Interaction saved.');
    },
    savedMessage: (message) => message,
    onSaved,
  });
  const showsSharedSwitch = form.values.kind === 'thank_you_email';

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {target.mode === 'bulk' && (
          <Text size="sm" c="dimmed">
            With {target.connections.map((c) => c.contactName).join(', ')}.
          </Text>
        )}
        {target.mode === 'edit' && (
          <Text size="sm" c="dimmed">
            {target.title}
          </Text>
        )}
        <RequiredSelect<InteractionKind>
          label="Kind"
          data={kindOptions}
          value={form.values.kind}
          onChange={(kind) => {
            form.setFieldValue('kind', kind);
            if (kind === 'thank_you_email' && target.mode !== 'edit') form.setFieldValue('sharedContactDetails', true);
          }}
          error={form.errors.kind}
        />
        <TextInput
          label="Date"
          type="date"
          withAsterisk
          max={todayIso()}
          description="When it happened; today unless you are catching up."
          {...form.getInputProps('occurredOn')}
        />
        <NotesInput label="Summary" placeholder="Optional: what was said or sent" data-autofocus {...form.getInputProps('summary')} />
        {showsSharedSwitch && (
          <Switch
            label="Shared personal contact details"
            description="The email included the student's personal email and phone, so the contact can still reach them after graduation."
            {...form.getInputProps('sharedContactDetails', { type: 'checkbox' })}
          />
        )}
        <FormActions
          error={formError}
          saving={saving}
          conflict={conflict}
          onCancel={onCancel}
          submitLabel={target.mode === 'edit' ? 'Save changes' : 'Save interaction'}
        />
      </Stack>
    </form>
  );
}
