import type { Task } from '@shared/api/tasks';
import { useApiMutation } from '@renderer/api/hooks';
import { formatDate } from '@renderer/components/format';
import { confirmDeleteWithUndo } from '@renderer/components/confirmDeleteWithUndo';
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
    confirmDeleteWithUndo({
      what: 'task',
      text: `“${task.title}”, due ${formatDate(task.dueOn)}, will be removed.`,
      undoId: `task-deleted-${task.id}`,
      remove: () => remove.mutateAsync({ id: task.id }),
      restore: ({ task: gone }) =>
        create.mutateAsync({ title: gone.title, dueOn: gone.dueOn, studentId: gone.studentId, contactId: gone.contactId, advisorId: gone.advisorId }),
    });

  return { toggle, confirmDelete, busy: setDone.isPending };
}
