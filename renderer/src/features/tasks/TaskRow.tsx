import { Anchor, Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Task } from '@shared/api/tasks';
import { formatDate } from '@renderer/components/format';
import { Offered } from '@renderer/components/Offered';
import { EditDeleteActions } from '@renderer/components/RowActions';
import { studentPath } from '@renderer/features/students/studentSections';

/**
 * One task: the box completes it with one click (and opens it again), then its title, its day — "Overdue" said in
 * words, not by colour alone — what it is about (linked), and Edit / Delete. `about` hides the record the list is on.
 */
export function TaskRow({
  task,
  today,
  about,
  onToggle,
  onEdit,
  onDelete,
}: {
  task: Task;
  today: string;
  about: { student: boolean; contact: boolean };
  onToggle: (done: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const done = task.doneOn !== null;
  const overdue = !done && task.dueOn < today;
  return (
    <Group justify="space-between" wrap="nowrap" py={6} align="flex-start">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Offered procedure="tasks.setDone">
          <Checkbox mt={2} checked={done} aria-label={`${done ? 'Done' : 'Mark done'}: ${task.title}`} onChange={(e) => onToggle(e.currentTarget.checked)} />
        </Offered>
        <Stack gap={0}>
          <Text size="sm" fw={500} td={done ? 'line-through' : undefined}>
            {task.title}
          </Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {done ? `Done ${formatDate(task.doneOn)}` : `Due ${formatDate(task.dueOn)}`}
            </Text>
            {overdue && (
              <Badge size="xs" color="red" variant="light">
                Overdue
              </Badge>
            )}
            {about.student && task.studentId !== null && task.studentName && (
              <Anchor component={Link} to={studentPath(task.studentId, 'notes')} size="xs">
                {task.studentName}
              </Anchor>
            )}
            {about.contact && task.contactId !== null && task.contactName && (
              <Anchor component={Link} to={`/contacts/${task.contactId}`} size="xs">
                {task.contactName}
              </Anchor>
            )}
          </Group>
        </Stack>
      </Group>
      <Group gap={2} wrap="nowrap">
        <EditDeleteActions area="tasks" what="task" name={task.title} onEdit={onEdit} onDelete={onDelete} small />
      </Group>
    </Group>
  );
}
