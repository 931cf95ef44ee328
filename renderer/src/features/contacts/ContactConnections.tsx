import { Anchor, Badge, Button, Card, Group, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';
import type { Connection } from '@shared/api/connections';
import { referenceStatusLabels, type ReferenceStatus } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { CadenceBadge } from '@renderer/components/CadenceBadge';
import { EmptyState } from '@renderer/components/EmptyState';
import { formatDate } from '@renderer/components/format';
import { QueryList } from '@renderer/components/QueryList';
import { RelationshipCell } from '@renderer/features/connections/RelationshipCell';

const referenceColors: Record<ReferenceStatus, string> = {
  not_asked: 'gray',
  asked: 'blue',
  agreed: 'teal',
  declined: 'red',
};

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
                render: (c) => (
                  <Anchor component={Link} to={`/students/${c.studentId}`} fw={500} size="sm">
                    {c.studentName}
                  </Anchor>
                ),
              },
              {
                accessor: 'relationship',
                title: 'Relationship',
                render: (c) => <RelationshipCell connection={c} />,
              },
              { accessor: 'sinceOn', title: 'Since', render: (c) => formatDate(c.sinceOn) },
              {
                accessor: 'referenceStatus',
                title: 'Reference',
                render: (c) => (
                  <Group gap={6} wrap="nowrap">
                    <Badge size="sm" variant="light" color={referenceColors[c.referenceStatus]}>
                      {referenceStatusLabels[c.referenceStatus]}
                    </Badge>
                    {c.referenceStatusOn && (
                      <Text size="xs" c="dimmed">
                        {formatDate(c.referenceStatusOn)}
                      </Text>
                    )}
                  </Group>
                ),
              },
              {
                accessor: 'lastTouchOn',
                title: 'Last touch',
                render: (c) => (
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{c.lastTouchOn ? formatDate(c.lastTouchOn) : 'Never'}</Text>
                    <CadenceBadge
                      cadence={c.cadence}
                      daysSinceTouch={c.daysSinceTouch}
                      lastTouchOn={c.lastTouchOn}
                      idealDays={c.idealDays}
                      maxDays={c.maxDays}
                    />
                  </Group>
                ),
              },
            ]}
          />
        )}
      </QueryList>
    </Card>
  );
}
