import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import type { Connection } from '@shared/api/connections';
import { StudentLink } from '@renderer/components/StudentLink';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { QueryList } from '@renderer/components/QueryList';
import { connectionColumns } from '@renderer/features/connections/connectionColumns';

/** Every student connected to this contact, with how fresh each tie is. */
export function ContactConnections({ contactId, contactName, onAdd }: { contactId: number; contactName: string; onAdd: () => void }) {
  const connections = useApiQuery('contacts.connections', { contactId });

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Connected students</Title>
        {connections.data && connections.data.length > 0 && (
          <Text size="sm" c="dimmed">
            {connections.data.length === 1 ? '1 connection' : `${connections.data.length} connections`}
          </Text>
        )}
      </Group>
      <QueryList
        query={connections}
        skeleton={120}
        empty={
          <EmptyState
            icon={<IconUsers size={24} />}
            title="No students connected yet"
            action={
              <Button variant="light" onClick={onAdd}>
                Add connection
              </Button>
            }
          >
            Connect the students {contactName} supervised, mentored or met, so their keep-in-touch and references can be followed.
          </EmptyState>
        }
      >
        {(rows) => (
          <DataTable<Connection>
            aria-label="Connected students"
            withTableBorder={false}
            highlightOnHover
            records={rows}
            columns={[
              {
                accessor: 'studentName',
                title: 'Student',
                render: (c) => <StudentLink row={c} />,
              },
              ...connectionColumns,
            ]}
          />
        )}
      </QueryList>
    </Card>
  );
}
