import { Button, Group, NumberInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiMutation } from '../../api/hooks';
import { plural } from '../../components/format';

function keepError(value: number | string): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'Enter a whole number of backups';
  if (value < 1) return 'Keep at least 1 backup';
  if (value > 365) return 'Keep at most 365 backups';
  return null;
}

/** How many backups to keep; the core deletes the oldest beyond that number when it is saved. */
export function KeepSetting({ keep }: { keep: number }) {
  const setKeep = useApiMutation('backups.setKeep');
  const [value, setValue] = useState<number | string>(keep);
  const error = keepError(value);

  const save = () => {
    if (typeof value !== 'number' || error !== null) return;
    setKeep.mutate(
      { keep: value },
      {
        onSuccess: (result) =>
          notifications.show({
            color: 'teal',
            message: result.removed > 0 ? `Removed ${plural(result.removed, 'older backup')}.` : `Rapport keeps the last ${plural(result.keep, 'backup')}.`,
          }),
        onError: (e) => notifications.show({ color: 'red', title: 'Not saved', message: e.message }),
      },
    );
  };

  return (
    <Group align="flex-start" gap="sm">
      <NumberInput
        label="Backups to keep"
        description="Older backups beyond this number are deleted"
        min={1}
        max={365}
        allowDecimal={false}
        allowNegative={false}
        value={value}
        onChange={setValue}
        error={error}
        w={220}
      />
      {/* Lines up with the input, below its label and description. */}
      <Button mt={47} variant="light" onClick={save} disabled={error !== null || value === keep} loading={setKeep.isPending}>
        Save
      </Button>
    </Group>
  );
}
