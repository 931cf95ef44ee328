import { Anchor, Badge, Card, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';
import type { Contact } from '@shared/api/contacts';
import type { Placement } from '@shared/api/placements';
import { placementKindLabels } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { formatDate } from '@renderer/components/format';
import { QueryList } from '@renderer/components/QueryList';

/** Where the contact works now, and the placements they supervised (which show where they worked before). */
export function ContactHistory({ contact }: { contact: Contact }) {
  const placements = useApiQuery('contacts.placementsSupervised', { contactId: contact.id });

  return (
    <Card withBorder padding="lg">
      <Title order={4} mb="sm">
        Current role and placements supervised
      </Title>
      <Text size="sm" mb="md">
        <Text span c="dimmed">
          Now:{' '}
        </Text>
        {contact.title ?? 'No title recorded'}
        {contact.employerId !== null && (
          <>
            {' at '}
            <Anchor component={Link} to={`/employers/${contact.employerId}`} size="sm">
              {contact.employerName ?? 'their employer'}
            </Anchor>
          </>
        )}
      </Text>
      <QueryList
        query={placements}
        skeleton={80}
        empty={
          <Text size="sm" c="dimmed">
            No placements supervised. When a student’s internship, co-op or job names {contact.displayName} as supervisor, it appears here.
          </Text>
        }
      >
        {(rows) => (
          <DataTable<Placement>
            aria-label="Placements supervised"
            withTableBorder={false}
            highlightOnHover
            records={rows}
            columns={[
              {
                accessor: 'employerName',
                title: 'Employer',
                render: (p) => (
                  <Anchor component={Link} to={`/employers/${p.employerId}`} size="sm">
                    {p.employerName}
                  </Anchor>
                ),
              },
              { accessor: 'role', title: 'Role' },
              {
                accessor: 'kind',
                title: 'Kind',
                render: (p) => (
                  <Badge variant="light" size="sm">
                    {placementKindLabels[p.kind]}
                  </Badge>
                ),
              },
              {
                accessor: 'studentId',
                title: 'Student',
                render: (p) => (
                  <Anchor component={Link} to={`/students/${p.studentId}`} fw={500} size="sm">
                    {p.studentName}
                  </Anchor>
                ),
              },
              {
                accessor: 'startOn',
                title: 'Dates',
                render: (p) => `${formatDate(p.startOn)} – ${p.endOn ? formatDate(p.endOn) : 'ongoing'}`,
              },
            ]}
          />
        )}
      </QueryList>
    </Card>
  );
}
