import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { noteSchema, type Note } from '@shared/api/notes';
import { advisingNoteKindLabels, advisingNoteKinds, type AdvisingNoteKind } from '@shared/domain';
import { pastDateError, todayIso } from '@renderer/components/dates';
import { FormActions } from '@renderer/components/FormActions';
import { NotesInput } from '@renderer/components/NotesInput';
import { RequiredSelect } from '@renderer/components/RequiredSelect';
import { editingRecord, useEntityForm } from '@renderer/components/useEntityForm';
import { FormModal } from '@renderer/components/unsavedChanges';

interface Values {
  kind: AdvisingNoteKind;
  occurredOn: string;
  body: string;
}

const fieldLabels = { kind: 'Type', occurredOn: 'Date', body: 'Note' };
const kindOptions = advisingNoteKinds.map((k) => ({ value: k, label: advisingNoteKindLabels[k] }));

function toValues(note: Note | undefined): Values {
  return { kind: note?.kind ?? 'appointment', occurredOn: note?.occurredOn ?? todayIso(), body: note?.body ?? '' };
}

/** Writes a dated advising note on a student, or edits one (`note`). */
export function NoteFormModal({ opened, onClose, studentId, note }: { opened: boolean; onClose: () => void; studentId: number; note?: Note }) {
  return (
    <FormModal opened={opened} onClose={onClose} title={note ? 'Edit note' : 'New note'} size="lg">
      {opened && <NoteForm studentId={studentId} note={note} onDone={onClose} />}
    </FormModal>
  );
}

function NoteForm({ studentId, note, onDone }: { studentId: number; note: Note | undefined; onDone: () => void }) {
  const { form, submit, saving, formError, conflict } = useEntityForm({
    initialValues: toValues(note),
    validate: {
      occurredOn: (v) => pastDateError(v, 'the conversation happened'),
      body: (v) => (v.trim() === '' ? 'Write what was said' : null),
    },
    labels: fieldLabels,
    editing: editingRecord(note, noteSchema, toValues),
    save: (values, run, version) => (note ? run('notes.update', { id: note.id, version, ...values }) : run('notes.create', { studentId, ...values })),
    savedMessage: (saved) => `Saved the ${advisingNoteKindLabels[saved.kind].toLowerCase()} note.`,
    onSaved: onDone,
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RequiredSelect<AdvisingNoteKind> label="Type" data={kindOptions} value={form.values.kind} onChange={(v) => form.setFieldValue('kind', v)} />
          <TextInput label="Date" type="date" withAsterisk {...form.getInputProps('occurredOn')} />
        </SimpleGrid>
        <NotesInput
          label="Note"
          withAsterisk
          minRows={4}
          maxRows={12}
          placeholder="What you talked about, what they will do next"
          data-autofocus
          {...form.getInputProps('body')}
        />
        <FormActions error={formError} saving={saving} onCancel={onDone} submitLabel="Save note" conflict={conflict} />
      </Stack>
    </form>
  );
}
