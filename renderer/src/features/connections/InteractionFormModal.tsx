import { Button, Group, Modal, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { interactionKindLabels, interactionKinds, type InteractionKind } from '@shared/domain';
import type { ApiError } from '@renderer/api/client';
import { useApiMutation } from '@renderer/api/hooks';
import { plural } from '@renderer/components/format';
import { FormError } from '@renderer/components/FormError';
import { pastDateError, todayIso } from '@renderer/components/dates';
import { showServerError } from '@renderer/components/serverErrors';

/** What the modal is for: one connection, several at once, or an interaction already logged. */
export type InteractionTarget =
  | { mode: 'create'; connectionId: number; contactName: string; kind?: InteractionKind }
  | { mode: 'bulk'; connections: { id: number; contactName: string }[] }
  | {
      mode: 'edit';
      interactionId: number;
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

const fieldLabels = { kind: 'Kind', occurredOn: 'Date', summary: 'Summary', sharedContactDetails: 'Shared personal contact details' };
const kindOptions = interactionKinds.map((k) => ({ value: k, label: interactionKindLabels[k] }));

function modalTitle(target: InteractionTarget): string {
  if (target.mode === 'create') return `Log interaction with ${target.contactName}`;
  if (target.mode === 'bulk') return `Log for ${plural(target.connections.length, 'connection')}`;
  return 'Edit interaction';
}

/** `onSaved` runs after a successful save only (not on cancel), before the modal closes. */
export function InteractionFormModal({ target, onClose, onSaved }: { target: InteractionTarget | null; onClose: () => void; onSaved?: () => void }) {
  return (
    <Modal opened={target !== null} onClose={onClose} title={target ? modalTitle(target) : ''} size="md">
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
    </Modal>
  );
}

function initialValues(target: InteractionTarget): Values {
  if (target.mode === 'edit') {
    return { kind: target.kind, occurredOn: target.occurredOn, summary: target.summary ?? '', sharedContactDetails: target.sharedContactDetails };
  }
  const kind = target.mode === 'create' ? (target.kind ?? 'conversation') : 'thank_you_email';
  // A thank-you email is meant to carry the student's personal details (that is the point of sending it).
  return { kind, occurredOn: todayIso(), summary: '', sharedContactDetails: kind === 'thank_you_email' };
}

function InteractionForm({ target, onCancel, onSaved }: { target: InteractionTarget; onCancel: () => void; onSaved: () => void }) {
  const create = useApiMutation('interactions.create');
  const bulk = useApiMutation('interactions.bulkCreate');
  const update = useApiMutation('interactions.update');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(target),
    validate: { occurredOn: (value) => pastDateError(value, 'it happened') },
  });
  const saving = create.isPending || bulk.isPending || update.isPending;
  const showsSharedSwitch = form.values.kind === 'thank_you_email';

  const onError = (error: ApiError) => showServerError(error, fieldLabels, form, setFormError);

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const fields = {
      kind: values.kind,
      occurredOn: values.occurredOn,
      summary: values.summary,
      // Only a thank-you email records whether personal details went with it.
      sharedContactDetails: values.kind === 'thank_you_email' && values.sharedContactDetails,
    };
    const label = interactionKindLabels[values.kind].toLowerCase();
    const done = (message: string) => {
      notifications.show({ color: 'teal', message });
      onSaved();
    };
    if (target.mode === 'create') {
      create.mutate({ connectionId: target.connectionId, ...fields }, { onSuccess: () => done(`Logged ${label} with ${target.contactName}.`), onError });
    } else if (target.mode === 'bulk') {
      bulk.mutate(
        { connectionIds: target.connections.map((c) => c.id), ...fields },
        { onSuccess: (r) => done(`Logged ${label} for ${plural(r.created, 'connection')}.`), onError },
      );
    } else {
      update.mutate({ id: target.interactionId, ...fields }, { onSuccess: () => done('Interaction saved.'), onError });
    }
  });

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
        <Select<InteractionKind>
          label="Kind"
          data={kindOptions}
          allowDeselect={false}
          withAsterisk
          value={form.values.kind}
          onChange={(kind) => {
            if (!kind) return;
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
        <Textarea label="Summary" placeholder="Optional: what was said or sent" autosize minRows={2} maxRows={6} data-autofocus {...form.getInputProps('summary')} />
        {showsSharedSwitch && (
          <Switch
            label="Shared personal contact details"
            description="The email included the student's personal email and phone, so the contact can still reach them after graduation."
            {...form.getInputProps('sharedContactDetails', { type: 'checkbox' })}
          />
        )}
        <FormError message={formError} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {target.mode === 'edit' ? 'Save changes' : 'Save interaction'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
