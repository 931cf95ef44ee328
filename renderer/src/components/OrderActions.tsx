import { Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { IconAction } from './RowActions';

/**
 * A row of an ordered list the user arranges (the goal ladder, SSO role rules): move up, move down, remove. The
 * tooltips say what the order means ("Move up (easier)"); the accessible names say which row ("Move rung 2 up").
 */
export function OrderActions({
  name,
  index,
  count,
  tips,
  removeDisabled = false,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  tips: { up: string; down: string; remove: string };
  removeDisabled?: boolean;
  /** Moves the row by one place: -1 up, 1 down. */
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      <IconAction tooltip={tips.up} label={`Move ${name} up`} icon={IconArrowUp} disabled={index === 0} onClick={() => onMove(-1)} />
      <IconAction tooltip={tips.down} label={`Move ${name} down`} icon={IconArrowDown} disabled={index === count - 1} onClick={() => onMove(1)} />
      <IconAction tooltip={tips.remove} label={`Remove ${name}`} icon={IconTrash} color="red" disabled={removeDisabled} onClick={onRemove} />
    </Group>
  );
}
