import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { ChangedField } from './staleSave';

export interface ConflictDialogProps {
  /** The core's sentence: who changed the record while this advisor was editing. */
  message: string;
  changes: ChangedField[];
  saving: boolean;
  /** Save this form's values again, on the record as it is now. */
  onUseMine: () => void;
  /** Load the saved record into the form; this advisor's edits are dropped. */
  onDiscardMine: () => void;
}

/**
 * Shown over a form whose save was refused because someone else saved the same record first: what they changed
 * (theirs beside yours), and the two ways on. One dialog for every form, opened by useEntityForm.
 */
export function ConflictDialog({ message, changes, saving, onUseMine, onDiscardMine }: ConflictDialogProps) {
  return (
    <Modal opened onClose={onDiscardMine} title="Someone else saved this record" size="lg" zIndex={400} withCloseButton={false} closeOnClickOutside={false}>
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        {changes.length === 0 ? (
          <Text size="sm">None of the fields in this form changed; saving again keeps yours.</Text>
        ) : (
          <Table withTableBorder striped aria-label="Fields changed by someone else">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Field</Table.Th>
                <Table.Th scope="col">Theirs (saved)</Table.Th>
                <Table.Th scope="col">Yours</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr key={change.field}>
                  <Table.Th scope="row">{change.label}</Table.Th>
                  <Table.Td>{change.theirs}</Table.Td>
                  <Table.Td>{change.yours}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDiscardMine} disabled={saving}>
            Discard mine
          </Button>
          <Button onClick={onUseMine} loading={saving}>
            Use my changes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
