import { Button, Table, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { backupReasonLabels, type Backup } from '@shared/api/backups';
import { formatCount } from '@renderer/components/format';
import { RowActionsHeader } from '@renderer/components/RowActions';
import { formatBackupTime, formatSize } from './backupFormat';

/**
 * Every backup in the folder, newest first as the core lists them, each with its own Restore: on the
 * Backups page and on the recovery screen shown when the database could not be opened.
 */
export function BackupsTable({
  backups,
  onRestore,
  restoring,
  disabled,
  label = 'Backups',
}: {
  backups: readonly Backup[];
  label?: string;
  onRestore: (backup: Backup) => void;
  /** The file being restored, whose button shows the wait. */
  restoring: string | null;
  disabled: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Why</Table.Th>
            <Table.Th ta="right">Size</Table.Th>
            <Table.Th ta="right">Students</Table.Th>
            <Table.Th ta="right">Contacts</Table.Th>
            <Table.Th ta="right">Connections</Table.Th>
            <Table.Th ta="right">Interactions</Table.Th>
            <Table.Th ta="right">Events</Table.Th>
            <RowActionsHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b, index) => {
            const when = formatBackupTime(b.createdAt);
            return (
              <Table.Tr key={b.fileName}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {when}
                  {index === 0 && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (newest)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{backupReasonLabels[b.reason]}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatSize(b.bytes)}
                </Table.Td>
                <Table.Td ta="right">{formatCount(b.counts.students)}</Table.Td>
                <Table.Td ta="right">{formatCount(b.counts.contacts)}</Table.Td>
                <Table.Td ta="right">{formatCount(b.counts.connections)}</Table.Td>
                <Table.Td ta="right">{formatCount(b.counts.interactions)}</Table.Td>
                <Table.Td ta="right">{formatCount(b.counts.events)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconRestore size={14} />}
                    aria-label={`Restore the backup of ${when}`}
                    onClick={() => onRestore(b)}
                    loading={restoring === b.fileName}
                    disabled={disabled && restoring !== b.fileName}
                  >
                    Restore
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
