import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconTrash } from '@tabler/icons-react';
import type { SavedView } from '@shared/api/views';
import { useApiMutation } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';

interface ManageViewsModalProps {
  opened: boolean;
  views: readonly SavedView[];
  onApply: (view: SavedView) => void;
  onClose: () => void;
}

/** The saved views, each to open or delete (after a confirmation: a view cannot be brought back). */
export function ManageViewsModal({ opened, views, onApply, onClose }: ManageViewsModalProps) {
  const remove = useApiMutation('views.delete');

  const confirmDelete = (view: SavedView) =>
    modals.openConfirmModal({
      title: `Delete the view “${view.name}”?`,
      children: <Text size="sm">The students and their records stay as they are; only this saved view goes.</Text>,
      labels: { confirm: 'Delete view', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: view.id },
          {
            onSuccess: () => notify.done(`“${view.name}” is no longer in the Views menu.`, 'View deleted'),
            onError: notify.failure('Not deleted'),
          },
        ),
    });

  return (
    <Modal opened={opened} onClose={onClose} title="Saved views" size="md">
      {views.length === 0 ? (
        <Text size="sm" c="dimmed">
          No saved views yet. Set the filters, sort and columns, then choose “Save current view…”.
        </Text>
      ) : (
        <Stack gap="xs">
          {views.map((view) => (
            <Group key={view.id} justify="space-between" wrap="nowrap">
              <Text size="sm" fw={500} truncate>
                {view.name}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Button size="xs" variant="light" onClick={() => onApply(view)}>
                  Open
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  aria-label={`Delete ${view.name}`}
                  onClick={() => confirmDelete(view)}
                >
                  Delete
                </Button>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Modal>
  );
}
