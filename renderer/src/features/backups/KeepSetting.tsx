import { Button, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { backupReasonLabels, type Backup } from '@shared/api/backups';
import { CountInput } from '@renderer/components/CountInput';
import { useApiMutation } from '@renderer/api/hooks';
import { plural } from '@renderer/components/format';
import { formatBackupTime, formatSize } from './backupFormat';
import { notify } from '@renderer/components/notify';

function keepError(value: number | string): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'Enter a whole number of backups';
  if (value < 1) return 'Keep at least 1 backup';
  if (value > 365) return 'Keep at most 365 backups';
  return null;
}

/** The files a lower number would delete, named as the table names them, so the advisor sees what goes. */
function DeletionList({ keep, remove }: { keep: number; remove: Backup[] }) {
  return (
    <Stack gap="xs">
      <Text size="sm">
        Keeping {plural(keep, 'backup')} deletes these {plural(remove.length, 'older backup')} now. They cannot be brought back.
      </Text>
      <List size="sm" spacing={4} aria-label="Backups that will be deleted">
        {remove.map((backup) => (
          <List.Item key={backup.fileName}>
            {formatBackupTime(backup.createdAt)} · {backupReasonLabels[backup.reason]} · {formatSize(backup.bytes)}
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        Copies made before a restore are always kept for 30 days.
      </Text>
    </Stack>
  );
}

/**
 * How many backups to keep. Nothing is deleted silently: when a lower number would delete backups, the
 * core lists them (backups.previewKeep) and they are shown in a confirmation before anything is saved.
 */
export function KeepSetting({ keep }: { keep: number }) {
  const preview = useApiMutation('backups.previewKeep');
  const setKeep = useApiMutation('backups.setKeep');
  const [value, setValue] = useState<number | string>(keep);
  const error = keepError(value);

  const saveKeep = (count: number, confirm: boolean) =>
    setKeep.mutate(
      { keep: count, confirm },
      {
        onSuccess: (result) =>
          notify.done(result.removed > 0 ? `Removed ${plural(result.removed, 'older backup')}.` : `Rapport keeps the last ${plural(result.keep, 'backup')}.`),
        onError: notify.failure('Not saved'),
      },
    );

  const save = () => {
    if (typeof value !== 'number' || error !== null) return;
    preview.mutate(
      { keep: value },
      {
        onSuccess: ({ remove }) => {
          if (remove.length === 0) return saveKeep(value, false);
          modals.openConfirmModal({
            title: `Delete ${plural(remove.length, 'backup')}?`,
            children: <DeletionList keep={value} remove={remove} />,
            labels: { confirm: `Delete ${plural(remove.length, 'backup')} and save`, cancel: 'Cancel' },
            confirmProps: { color: 'red' },
            onConfirm: () => saveKeep(value, true),
          });
        },
        onError: notify.failure('Not saved'),
      },
    );
  };

  return (
    <Group align="flex-start" gap="sm">
      <CountInput
        label="Backups to keep"
        description="Older backups beyond this number are deleted"
        min={1}
        max={365}
        value={value}
        onChange={setValue}
        error={error}
        w={220}
      />
      {/* Lines up with the input, below its label and description. */}
      <Button mt={47} variant="light" onClick={save} disabled={error !== null || value === keep} loading={preview.isPending || setKeep.isPending}>
        Save
      </Button>
    </Group>
  );
}
