import { Text } from '@mantine/core';
import type { StudentDetail } from '@shared/api/students';
import { formatDate } from '@renderer/components/format';
import { SectionCard } from '@renderer/components/SectionCard';

/**
 * The record's "Notes & tasks" section. The dated advising notes and tasks (NotesAndTasksPanel) mount here; until
 * they do, the section shows the student's notes field.
 */
export function StudentNotesSection({ student: s }: { student: StudentDetail }) {
  return (
    <SectionCard title="Notes">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={s.notes ? undefined : 'dimmed'}>
        {s.notes ?? 'No notes yet.'}
      </Text>
      <Text size="xs" c="dimmed" mt="md">
        Added {formatDate(s.createdAt)} · Last updated {formatDate(s.updatedAt)}
      </Text>
    </SectionCard>
  );
}
