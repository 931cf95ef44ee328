import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import type { EventDetail } from '@shared/api/events';
import { eventFormatLabels, eventFormats, eventKindLabels, eventKinds, eventStatusLabels, eventStatuses } from '@shared/domain';
import type { ApiError } from '@renderer/api/client';
import { useApiMutation } from '@renderer/api/hooks';
import { EmployerMultiSelect } from '@renderer/components/EmployerMultiSelect';
import { ConflictWarning } from './ConflictWarning';
import { eventToForm, formToEventInput, validateEventForm, type EventFormValues } from './eventFormValues';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Edit this event; without it the form creates a new one. */
  event?: EventDetail;
}

export function EventFormModal({ opened, onClose, event }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={event ? `Edit ${event.title}` : 'New event'} size="xl">
      {/* Mounted only while open, so each opening starts from the current record. */}
      {opened && <EventForm event={event} onDone={onClose} />}
    </Modal>
  );
}

const kindOptions = eventKinds.map((k) => ({ value: k, label: eventKindLabels[k] }));
const formatOptions = eventFormats.map((f) => ({ value: f, label: eventFormatLabels[f] }));
const statusOptions = eventStatuses.map((s) => ({ value: s, label: eventStatusLabels[s] }));

const prepPlaceholder = [
  'Questions to ask: "How did you get started in this field?", "What does a typical week look like?"',
  'Talking points: a 30-second introduction, one project you are proud of',
  'Goal for the evening: introduce yourself to two new people',
].join('\n');

function EventForm({ event, onDone }: { event?: EventDetail; onDone: () => void }) {
  const navigate = useNavigate();
  const create = useApiMutation('events.create');
  const update = useApiMutation('events.update');
  const form = useForm<EventFormValues>({ mode: 'controlled', initialValues: eventToForm(event), validate: validateEventForm });
  const saving = create.isPending || update.isPending;

  const onError = (error: ApiError) => {
    if (error.field && error.field in form.values) form.setFieldError(error.field, error.message);
    else notifications.show({ color: 'red', title: 'Not saved', message: error.message });
  };

  const submit = form.onSubmit((values) => {
    const input = formToEventInput(values);
    // validateEventForm has already refused a missing kind or format; this only narrows the type.
    if (!input) return;
    if (event) {
      update.mutate(
        { id: event.id, ...input },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'teal', message: `Saved ${saved.title}.` });
            onDone();
          },
          onError,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: `Created ${saved.title}.` });
          onDone();
          void navigate(`/events/${saved.id}`);
        },
        onError,
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label="Title" withAsterisk data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Kind"
            withAsterisk
            placeholder="Choose a kind"
            data={kindOptions}
            value={form.values.kind}
            onChange={(v) => form.setFieldValue('kind', eventKinds.find((k) => k === v) ?? null)}
            error={form.errors.kind}
          />
          <Select
            label="Format"
            withAsterisk
            placeholder="Choose a format"
            data={formatOptions}
            value={form.values.format}
            onChange={(v) => form.setFieldValue('format', eventFormats.find((f) => f === v) ?? null)}
            error={form.errors.format}
          />
          <Select
            label="Status"
            data={statusOptions}
            allowDeselect={false}
            value={form.values.status}
            onChange={(v) => form.setFieldValue('status', eventStatuses.find((s) => s === v) ?? 'draft')}
            error={form.errors.status}
          />
          <TextInput label="Starts" withAsterisk type="datetime-local" {...form.getInputProps('startsAt')} />
          <TextInput label="Ends" withAsterisk type="datetime-local" {...form.getInputProps('endsAt')} />
          <NumberInput
            label="Capacity"
            description="Blank for no limit"
            min={1}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('capacity')}
          />
        </SimpleGrid>
        <ConflictWarning startsAt={form.values.startsAt} endsAt={form.values.endsAt} exceptId={event?.id} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Location" placeholder="Student Union, Room 204" {...form.getInputProps('location')} />
          <TextInput label="Link" type="url" placeholder="https://…" {...form.getInputProps('link')} />
        </SimpleGrid>
        <EmployerMultiSelect
          label="Employers attending"
          placeholder="Search employers"
          clearable
          value={form.values.employerIds}
          initial={event?.employers}
          onChange={(ids) => form.setFieldValue('employerIds', ids)}
          error={form.errors.employerIds}
        />
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
        <Textarea
          label="Prep notes"
          description="Suggested questions and talking points students see before the event"
          placeholder={prepPlaceholder}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('prepNotes')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {event ? 'Save changes' : 'Create event'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
