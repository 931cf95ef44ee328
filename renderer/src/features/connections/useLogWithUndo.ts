import { useMutation } from '@tanstack/react-query';
import type { ProcedureInput } from '@shared/api/contract';
import { savedOnDevice, useQueuedWrite } from '@renderer/api/offline/doorQueue';
import { useApiMutation } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';

/**
 * One click logs a touchpoint dated today (from the student's connections or the losing-touch list); one click
 * on the toast's Undo deletes it again, since a single click is easy to misfire.
 */
export function useLogWithUndo() {
  const logOrQueue = useQueuedWrite('interactions.create');
  const remove = useApiMutation('interactions.delete');

  // Through the door's queue: with the office server out of reach the touchpoint is kept on this device and sent later.
  const create = useMutation({ mutationFn: ({ input, label }: { input: ProcedureInput<'interactions.create'>; label: string }) => logOrQueue(input, label) });

  // From the promise, not mutate()'s own callbacks: the row that logged often leaves the list in the refresh (a stale
  // connection is fresh again), and TanStack Query drops an unmounted caller's callbacks, toast and Undo with them.
  const log = (input: ProcedureInput<'interactions.create'>, toast: { title: string; message?: string }) =>
    create.mutateAsync({ input, label: toast.title }).then((outcome) => {
      if (outcome.queued) return notify.info(savedOnDevice, 'Touchpoint kept on this device');
      const interaction = outcome.output;
      notify.undoable({
        id: `logged-${interaction.id}`,
        ...toast,
        onUndo: () => remove.mutate({ id: interaction.id }, { onError: notify.failure('Not undone') }),
      });
    }, notify.failure('Not logged'));

  // What is being logged right now, so a list can show the spinner on that row only.
  return { log, logging: create.isPending, pending: create.isPending ? create.variables.input : undefined };
}
