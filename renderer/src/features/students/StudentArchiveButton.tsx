import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArrowBackUp } from '@tabler/icons-react';
import type { Student } from '@shared/api/students';
import { useApiMutation } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';

/** Archive asks first and can be undone from the notification; restoring is one click. */
export function StudentArchiveButton({ student }: { student: Student }) {
  const setStatus = useApiMutation('students.setStatus');
  const onError = notify.failure('Status not changed');
  if (student.status === 'archived') {
    return (
      <Button
        variant="light"
        leftSection={<IconArrowBackUp size={16} />}
        loading={setStatus.isPending}
        onClick={() => setStatus.mutate({ id: student.id, status: 'active' }, { onError })}
      >
        Restore
      </Button>
    );
  }
  const previous = student.status;
  return (
    <Button
      variant="light"
      color="red"
      leftSection={<IconArchive size={16} />}
      loading={setStatus.isPending}
      onClick={() =>
        modals.openConfirmModal({
          title: `Archive ${student.displayName}?`,
          children: (
            <Text size="sm">Archived students leave the caseload and the dashboard figures. Nothing is deleted, and you can restore them at any time.</Text>
          ),
          labels: { confirm: 'Archive', cancel: 'Cancel' },
          confirmProps: { color: 'red' },
          onConfirm: () =>
            setStatus.mutate(
              { id: student.id, status: 'archived' },
              {
                onError,
                onSuccess: () =>
                  notify.undoable({
                    id: `archived-${student.id}`,
                    color: 'gray',
                    title: `${student.displayName} archived`,
                    onUndo: () => setStatus.mutate({ id: student.id, status: previous }, { onError }),
                  }),
              },
            ),
        })
      }
    >
      Archive
    </Button>
  );
}
