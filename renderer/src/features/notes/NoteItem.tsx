import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Note } from '@shared/api/notes';
import { advisingNoteKindLabels } from '@shared/domain';
import { formatDate } from '@renderer/components/format';
import { EditDeleteActions } from '@renderer/components/RowActions';

/** One advising note: its type and day, who wrote it, the text as written (line breaks kept), Edit and Delete. */
export function NoteItem({ note, onEdit, onDelete }: { note: Note; onEdit: () => void; onDelete: () => void }) {
  const name = `${advisingNoteKindLabels[note.kind]} note of ${formatDate(note.occurredOn)}`;
  return (
    <Stack gap={4} py="xs">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Badge variant="light" size="sm">
            {advisingNoteKindLabels[note.kind]}
          </Badge>
          <Text size="sm" fw={500}>
            {formatDate(note.occurredOn)}
          </Text>
          {note.advisorName && (
            <Text size="xs" c="dimmed">
              by {note.advisorName}
            </Text>
          )}
        </Group>
        <Group gap={2} wrap="nowrap">
          <EditDeleteActions area="notes" what="note" name={name} onEdit={onEdit} onDelete={onDelete} small />
        </Group>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {note.body}
      </Text>
    </Stack>
  );
}
