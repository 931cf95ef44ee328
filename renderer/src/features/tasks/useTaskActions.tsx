import { modals } from '@mantine/modals';
import { Text } from '@mantine/core';
import type { Task } from '@shared/api/tasks';
import { useApiMutation } from '@renderer/api/hooks';
import { formatDate } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';

/**
 * What a task row does in place: done (or open again) with one click, Undo in the toast; delete after asking, with
 * Undo that makes it again (same title, day, student, contact and owner).
 */
export function useTaskActions() {
  const setDone = useApiMutation('tasks.setDone');
  const remove = useApiMutation('tasks.delete');
  const create = useApiMutation('tasks.create');

  const toggle = (task: Task, done: boolean) =>
    setDone.mutate(
      { id: task.id, done },
      {
        onSuccess: () =>
          notify.undoable({
            id: `task-done-${task.id}`,
            title: done ? `Done: ${task.title}` : `Open again: ${task.title}`,
            color: done ? 'teal' : 'gray',
            onUndo: () => setDone.mutate({ id: task.id, done: !done }, { onError: notify.failure('Not undone') }),
          }),
        onError: notify.failure(done ? 'Not marked done' : 'Not opened again'),
      },
    );

  const confirmDelete = (task: Task) =>
    modals.openConfirmModal({
      title: 'Delete this task?',
      children: (
        <Text size="sm">
          “{task.title}”, due {formatDate(task.dueOn)}, will be removed.
        </Text>
      ),
      labels: { confirm: 'Delete task', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: task.id },
          {
            onSuccess: ({ task: gone }) =>
              notify.undoable({
                id: `task-deleted-${gone.id}`,
                title: 'Task deleted.',
                color: 'gray',
                onUndo: () =>
                  create.mutate(
                    { title: gone.title, dueOn: gone.dueOn, studentId: gone.studentId, contactId: gone.contactId, advisorId: gone.advisorId },
                    { onError: notify.failure('Not put back') },
                  ),
              }),
            onError: notify.failure('Not deleted'),
          },
        ),
    });

  return { toggle, confirmDelete, busy: setDone.isPending };
}
