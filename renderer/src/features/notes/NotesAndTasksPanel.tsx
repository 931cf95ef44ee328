import { Divider, Skeleton, Stack } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { Note } from '@shared/api/notes';
import { advisingNoteKindLabels } from '@shared/domain';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { AddButton } from '@renderer/components/AddButton';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { confirmDeleteWithUndo } from '@renderer/components/confirmDeleteWithUndo';
import { SectionCard } from '@renderer/components/SectionCard';
import { StudentTasksCard } from '@renderer/features/tasks/RecordTasksCard';
import { NoteFormModal } from './NoteFormModal';
import { NoteItem } from './NoteItem';

/** The student record's "Notes & tasks": dated advising notes (newest first) and the student's tasks (open first). */
export function NotesAndTasksPanel({ studentId }: { studentId: number }) {
  return (
    <Stack gap="md">
      <StudentTasksCard studentId={studentId} />
      <StudentNotes studentId={studentId} />
    </Stack>
  );
}

function StudentNotes({ studentId }: { studentId: number }) {
  const notes = useApiQuery('notes.forStudent', { studentId });
  const remove = useApiMutation('notes.delete');
  const create = useApiMutation('notes.create');
  const [editing, setEditing] = useState<Note | 'new' | null>(null);

  const confirmDelete = (note: Note) =>
    confirmDeleteWithUndo({
      what: 'note',
      text: `The ${advisingNoteKindLabels[note.kind].toLowerCase()} note of ${formatDate(note.occurredOn)} will be removed from the record and the timeline.`,
      undoId: `note-deleted-${note.id}`,
      remove: () => remove.mutateAsync({ id: note.id }),
      restore: ({ note: gone }) => create.mutateAsync({ studentId: gone.studentId, kind: gone.kind, occurredOn: gone.occurredOn, body: gone.body }),
    });

  let body;
  if (notes.isError) body = <ErrorNotice error={notes.error} onRetry={() => void notes.refetch()} />;
  else if (!notes.data) body = <Skeleton h={80} />;
  else if (notes.data.length === 0)
    body = (
      <EmptyState icon={<IconNotes size={24} />} title="No advising notes yet">
        Write what was said at an appointment, a drop-in, in an email or a call: it is dated and shows on the timeline.
      </EmptyState>
    );
  else
    body = (
      <Stack gap={0}>
        {notes.data.map((note, i) => (
          <Fragment key={note.id}>
            {i > 0 && <Divider />}
            <NoteItem note={note} onEdit={() => setEditing(note)} onDelete={() => confirmDelete(note)} />
          </Fragment>
        ))}
      </Stack>
    );
  return (
    <SectionCard title="Advising notes" actions={<AddButton procedure="notes.create" label="New note" onClick={() => setEditing('new')} />}>
      {body}
      <NoteFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        studentId={studentId}
        note={editing === 'new' || editing === null ? undefined : editing}
      />
    </SectionCard>
  );
}
