import { Stack, Text } from '@mantine/core';
import type { StudentDetail } from '@shared/api/students';
import { advisingNoteKindLabels } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { formatDate, plural } from '@renderer/components/format';
import { Brief } from './OverviewBrief';
import { studentPath } from './studentSections';

/**
 * Notes in brief on the overview: how many notes and open tasks there are and the latest note's first lines. The notes
 * themselves (advising notes, tasks and the record's notes field) live in one place, the "Notes & tasks" tab.
 */
export function NotesBrief({ student: s }: { student: StudentDetail }) {
  return (
    <Brief
      title="Notes & tasks"
      link={{ to: studentPath(s.id, 'notes'), label: 'All notes and tasks' }}
      query={useApiQuery('notes.forStudent', { studentId: s.id })}
    >
      {(notes) => {
        const latest = notes[0];
        return (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {plural(notes.length, 'advising note')} · <OpenTasks studentId={s.id} />
            </Text>
            {latest ? (
              <Text size="sm" lineClamp={2}>
                {advisingNoteKindLabels[latest.kind]}, {formatDate(latest.occurredOn)}: {latest.body}
              </Text>
            ) : (
              <Text size="sm" lineClamp={2} c={s.notes ? undefined : 'dimmed'}>
                {s.notes ?? 'No notes yet.'}
              </Text>
            )}
          </Stack>
        );
      }}
    </Brief>
  );
}

function OpenTasks({ studentId }: { studentId: number }) {
  const tasks = useApiQuery('tasks.forStudent', { studentId });
  const data = tasks.isPlaceholderData ? undefined : tasks.data;
  return <>{data ? plural(data.filter((t) => t.doneOn === null).length, 'open task') : 'tasks…'}</>;
}
