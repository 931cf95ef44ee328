import type { ProcedureInput } from '@shared/api/contract';
import { useApiMutation } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';

/**
 * One click logs a touchpoint dated today (from the student's connections or the losing-touch list); one click
 * on the toast's Undo deletes it again, since a single click is easy to misfire.
 */
export function useLogWithUndo() {
  const create = useApiMutation('interactions.create');
  const remove = useApiMutation('interactions.delete');

  const log = (input: ProcedureInput<'interactions.create'>, toast: { title: string; message?: string }) =>
    create.mutate(input, {
      onSuccess: (interaction) =>
        notify.undoable({
          id: `logged-${interaction.id}`,
          ...toast,
          onUndo: () => remove.mutate({ id: interaction.id }, { onError: notify.failure('Not undone') }),
        }),
      onError: notify.failure('Not logged'),
    });

  // What is being logged right now, so a list can show the spinner on that row only.
  return { log, logging: create.isPending, pending: create.isPending ? create.variables : undefined };
}
