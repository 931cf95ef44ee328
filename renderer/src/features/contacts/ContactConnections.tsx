import { Button, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { SectionCard } from '@renderer/components/SectionCard';
import { plural } from '@renderer/components/format';
import { StudentLink } from '@renderer/components/StudentLink';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { QueryTable } from '@renderer/components/QueryList';
import { connectionColumns } from '@renderer/features/connections/connectionColumns';
import { Offered } from '@renderer/components/Offered';

/** Every student connected to this contact, with how fresh each tie is. */
export function ContactConnections({ contactId, contactName, onAdd }: { contactId: number; contactName: string; onAdd: () => void }) {
  const connections = useApiQuery('contacts.connections', { contactId });

  return (
    <SectionCard
      title="Connected students"
      actions={
        connections.data?.length ? (
          <Text size="sm" c="dimmed">
            {plural(connections.data.length, 'connection')}
          </Text>
        ) : null
      }
    >
      <QueryTable
        query={connections}
        label="Connected students"
        columns={[
          {
            accessor: 'studentName',
            title: 'Student',
            render: (c) => <StudentLink row={c} section="connections" />,
          },
          ...connectionColumns,
        ]}
        skeleton={120}
        empty={
          <EmptyState
            icon={<IconUsers size={24} />}
            title="No students connected yet"
            action={
              <Offered procedure="connections.create">
                <Button variant="light" onClick={onAdd}>
                  Add connection
                </Button>
              </Offered>
            }
          >
            Connect the students {contactName} supervised, mentored or met, so their keep-in-touch and references can be followed.
          </EmptyState>
        }
      />
    </SectionCard>
  );
}
