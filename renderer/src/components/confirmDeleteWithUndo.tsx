import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notify } from './notify';

const failed = (title: string) => (error: unknown) => notify.failed(title, error instanceof Error ? error : String(error));

/**
 * Asks before deleting a record; once deleted, the toast offers Undo, which makes it again from what the delete
 * answered (`restore`): cheap for records nothing else hangs off (an advising note, a task).
 */
export function confirmDeleteWithUndo<Gone>({
  what,
  text,
  undoId,
  remove,
  restore,
}: {
  /** "note", "task": in the title, the button and the toast. */
  what: string;
  text: string;
  undoId: string;
  remove: () => Promise<Gone>;
  restore: (gone: Gone) => Promise<unknown>;
}): void {
  modals.openConfirmModal({
    title: `Delete this ${what}?`,
    children: <Text size="sm">{text}</Text>,
    labels: { confirm: `Delete ${what}`, cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      void remove().then(
        (gone) =>
          notify.undoable({
            id: undoId,
            title: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} deleted.`,
            color: 'gray',
            onUndo: () => void restore(gone).catch(failed('Not put back')),
          }),
        failed('Not deleted'),
      ),
  });
}
