import { ActionIcon, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash, type Icon } from '@tabler/icons-react';
import type { ProcedureName } from '@shared/api/contract';
import { Offered } from './Offered';

/**
 * A small icon button: the tooltip says what it does, the accessible name also says which row it acts on
 * ("Delete placement: Analyst at Acme"), so a screen reader hears the difference between rows.
 */
export function IconAction({
  tooltip,
  label,
  icon: IconShown,
  color = 'gray',
  small = false,
  disabled,
  onClick,
}: {
  tooltip: string;
  label: string;
  icon: Icon;
  color?: 'gray' | 'red';
  small?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <Tooltip label={tooltip}>
      <ActionIcon size={small ? 'sm' : undefined} variant="subtle" color={color} aria-label={label} disabled={disabled} onClick={onClick}>
        <IconShown size={small ? 14 : 16} />
      </ActionIcon>
    </Tooltip>
  );
}

/** The areas whose records have both `<area>.update` and `<area>.delete` ("placements"). */
type EditableArea = { [N in ProcedureName]: N extends `${infer A}.update` ? (`${A}.delete` extends ProcedureName ? A : never) : never }[ProcedureName];

/**
 * A row's Edit and Delete buttons (the caller lays them out), for a record called `what` ("placement") named `name`
 * in that row; each is shown to the roles that may call `<area>.update` / `<area>.delete`.
 */
export function EditDeleteActions({
  area,
  what,
  name,
  onEdit,
  onDelete,
  small,
}: {
  area: EditableArea;
  what: string;
  name: string;
  onEdit: () => void;
  onDelete: () => void;
  small?: boolean;
}) {
  return (
    <>
      <Offered procedure={`${area}.update`}>
        <IconAction tooltip={`Edit ${what}`} label={`Edit ${what}: ${name}`} icon={IconPencil} small={small} onClick={onEdit} />
      </Offered>
      <Offered procedure={`${area}.delete`}>
        <IconAction tooltip={`Delete ${what}`} label={`Delete ${what}: ${name}`} icon={IconTrash} color="red" small={small} onClick={onDelete} />
      </Offered>
    </>
  );
}

/** The header cell over a table's row buttons: empty to the eye, "Actions" to a screen reader. */
export function RowActionsHeader({ w }: { w?: number }) {
  return (
    <Table.Th w={w}>
      <VisuallyHidden>Actions</VisuallyHidden>
    </Table.Th>
  );
}
