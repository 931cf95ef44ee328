import { Text } from '@mantine/core';
import type { StudentDetail } from '@shared/api/students';
import { formatDate } from '@renderer/components/format';
import { SectionCard } from '@renderer/components/SectionCard';

/**
 * The student's notes field (written in the student's form), shown in the "Notes & tasks" tab below the dated advising
 * notes and tasks: the one place for notes on the record (the overview only sums them up, NotesBrief).
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
