import { Anchor, Breadcrumbs, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBuildingOff, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '@renderer/api/hooks';
import { DetailField } from '@renderer/components/DetailField';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { ExternalLink } from '@renderer/components/ExternalLink';
import { formatDate } from '@renderer/components/format';
import { ContactFormModal } from '../contacts/ContactFormModal';
import { EmployerContacts } from './EmployerContacts';
import { EmployerFormModal } from './EmployerFormModal';
import { EmployerPlacements } from './EmployerPlacements';

export function EmployerPage() {
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0;
  const employer = useApiQuery('employers.get', { id }, { enabled: validId });
  const [editing, setEditing] = useState(false);
  const [addingContact, setAddingContact] = useState(false);

  if (!validId || employer.error?.code === 'not_found') {
    return (
      <EmptyState icon={<IconBuildingOff size={24} />} title="No such employer" action={<Button component={Link} to="/employers">Back to employers</Button>}>
        The address does not point to an employer the office holds.
      </EmptyState>
    );
  }
  if (employer.isError) return <ErrorNotice error={employer.error} onRetry={() => void employer.refetch()} />;
  // The previous employer stays in the cache while another loads; never show it under this address.
  if (!employer.data || employer.isPlaceholderData) {
    return (
      <Stack>
        <Skeleton h={32} w={320} />
        <Skeleton h={180} />
      </Stack>
    );
  }
  const e = employer.data;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/employers">
          Employers
        </Anchor>
        <Text size="sm">{e.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{e.name}</Title>
          <Text c="dimmed" size="sm">
            {[e.industry, e.location].filter(Boolean).join(' · ') || 'No industry or location recorded'}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button variant="light" onClick={() => setAddingContact(true)}>
            Add contact
          </Button>
        </Group>
      </Group>
      <Card withBorder padding="lg">
        <Title order={4} mb="sm">
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
