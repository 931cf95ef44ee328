import { Anchor, Card, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';
import type { Contact } from '@shared/api/contacts';
import type { Placement } from '@shared/api/placements';
import { useApiQuery } from '@renderer/api/hooks';
import { QueryList } from '@renderer/components/QueryList';
import { placementColumns } from '@renderer/features/placements/placementColumns';

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
            columns={[placementColumns.employer, placementColumns.role, placementColumns.kind, placementColumns.student, placementColumns.dates]}
          />
        )}
      </QueryList>
    </Card>
  );
}
