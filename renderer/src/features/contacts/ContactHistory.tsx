import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Contact } from '@shared/api/contacts';
import { SectionCard } from '@renderer/components/SectionCard';
import { useApiQuery } from '@renderer/api/hooks';
import { QueryTable } from '@renderer/components/QueryList';
import { placementColumns } from '@renderer/features/placements/placementColumns';

/** Where the contact works now, and the placements they supervised (which show where they worked before). */
export function ContactHistory({ contact }: { contact: Contact }) {
  const placements = useApiQuery('contacts.placementsSupervised', { contactId: contact.id });

  return (
    <SectionCard title="Current role and placements supervised">
      <Text size="sm" mb="md">
        <Text span c="dimmed">
          Now:{' '}
        </Text>
        {contact.title ?? 'No title recorded'}
        {contact.employerId !== null && (
          <>
            {' at '}
            <Anchor component={Link} to={`/employers/${contact.employerId}`} size="sm" underline="always">
              {contact.employerName ?? 'their employer'}
            </Anchor>
          </>
        )}
      </Text>
      <QueryTable
        query={placements}
        label="Placements supervised"
        columns={[placementColumns.employer, placementColumns.role, placementColumns.kind, placementColumns.student, placementColumns.dates]}
        skeleton={80}
        empty={
          <Text size="sm" c="dimmed">
            No placements supervised. When a student’s internship, co-op or job names {contact.displayName} as supervisor, it appears here.
          </Text>
        }
      />
    </SectionCard>
  );
}
