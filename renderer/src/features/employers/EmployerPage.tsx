import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { Employer } from '@shared/api/employers';
import { useApiQuery } from '@renderer/api/hooks';
import { DetailField } from '@renderer/components/DetailField';
import { ExternalLink } from '@renderer/components/ExternalLink';
import { formatDate } from '@renderer/components/format';
import { RecordHeader, recordPage } from '@renderer/components/RecordPage';
import { ContactFormModal } from '@renderer/features/contacts/ContactFormModal';
import { EmployerContacts } from './EmployerContacts';
import { EmployerFormModal } from './EmployerFormModal';
import { EmployerPlacements } from './EmployerPlacements';
import { Offered } from '@renderer/components/Offered';

export const EmployerPage = recordPage({
  useRecord: (id, enabled) => useApiQuery('employers.get', { id }, { enabled }),
  missing: { icon: <IconBuildingOff size={24} />, what: 'employer', list: 'employers', message: 'The address does not point to an employer the office holds.' },
  view: (e) => <EmployerView employer={e} />,
});

function EmployerView({ employer: e }: { employer: Employer }) {
  const [editing, setEditing] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  return (
    <Stack gap="lg">
      <RecordHeader
        crumb={{ to: '/employers', label: 'Employers' }}
        title={e.name}
        subtitle={
          <Text c="dimmed" size="sm">
            {[e.industry, e.location].filter(Boolean).join(' · ') || 'No industry or location recorded'}
          </Text>
        }
        edit={{ procedure: 'employers.update', onClick: () => setEditing(true) }}
        actions={
          <Offered procedure="contacts.create">
            <Button variant="light" onClick={() => setAddingContact(true)}>
              Add contact
            </Button>
          </Offered>
        }
      />
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          Details
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DetailField label="Industry">{e.industry}</DetailField>
          <DetailField label="Location">{e.location}</DetailField>
          <DetailField label="Website">{e.website ? <ExternalLink url={e.website} /> : null}</DetailField>
        </SimpleGrid>
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }} c={e.notes ? undefined : 'dimmed'}>
          {e.notes ?? 'No notes yet.'}
        </Text>
        <Text size="xs" c="dimmed" mt="md">
          Added {formatDate(e.createdAt)} · Last updated {formatDate(e.updatedAt)}
        </Text>
      </Card>
      <EmployerContacts employerId={e.id} onAddContact={() => setAddingContact(true)} />
      <EmployerPlacements employerId={e.id} />
      <EmployerFormModal opened={editing} onClose={() => setEditing(false)} employer={e} />
      <ContactFormModal opened={addingContact} onClose={() => setAddingContact(false)} employer={{ id: e.id, name: e.name }} />
    </Stack>
  );
}
