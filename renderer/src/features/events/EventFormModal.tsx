import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { eventSchema, type EventDetail } from '@shared/api/events';
import { eventFormatLabels, eventFormats, eventKindLabels, eventKinds, eventStatusLabels, eventStatuses } from '@shared/domain';
import { CountInput } from '@renderer/components/CountInput';
import { EmployerMultiSelect } from '@renderer/components/EmployerMultiSelect';
import { editingRecord, useEntityForm } from '@renderer/components/useEntityForm';
import { ConflictWarning } from './ConflictWarning';
import { eventToForm, formToEventInput, validateEventForm, type EventFormValues } from './eventFormValues';
import { FormActions } from '@renderer/components/FormActions';
import { NotesInput } from '@renderer/components/NotesInput';
import { FormModal } from '@renderer/components/unsavedChanges';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Edit this event; without it the form creates a new one. */
  event?: EventDetail;
}

export function EventFormModal({ opened, onClose, event }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title={event ? `Edit ${event.title}` : 'New event'} size="xl">
      {/* Mounted only while open, so each opening starts from the current record. */}
      {opened && <EventForm event={event} onDone={onClose} />}
    </FormModal>
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

const labels: Record<keyof EventFormValues, string> = {
  title: 'Title',
  kind: 'Kind',
  format: 'Format',
  startsAt: 'Starts',
  endsAt: 'Ends',
  location: 'Location',
  link: 'Link',
  capacity: 'Capacity',
  description: 'Description',
  prepNotes: 'Prep notes',
  status: 'Status',
  employerIds: 'Employers attending',
};

function EventForm({ event, onDone }: { event?: EventDetail; onDone: () => void }) {
  const navigate = useNavigate();
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: eventToForm(event),
    editing: editingRecord(event, eventSchema, eventToForm),
    validate: validateEventForm,
    labels,
    save: (values, run, version) => {
      const input = formToEventInput(values);
      // validateEventForm has already refused a missing kind or format; this only narrows the type.
      if (!input) return null;
      return event ? run('events.update', { id: event.id, version, ...input }) : run('events.create', input);
    },
    savedMessage: (saved) => `${event ? 'Saved' : 'Created'} ${saved.title}.`,
    onSaved: (saved) => {
      onDone();
      if (!event) void navigate(`/events/${saved.id}`);
    },
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
          <CountInput label="Capacity" description="Blank for no limit" min={1} max={100_000} {...form.getInputProps('capacity')} />
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
        <NotesInput label="Description" {...form.getInputProps('description')} />
        <Textarea
          label="Prep notes"
          description="Suggested questions and talking points students see before the event"
          placeholder={prepPlaceholder}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('prepNotes')}
        />
        <FormActions error={formError} saving={saving} conflict={conflict} onCancel={onDone} submitLabel={event ? 'Save changes' : 'Create event'} />
      </Stack>
    </form>
  );
}
