import { Anchor, Badge, Breadcrumbs, Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconPencil, IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Contact } from '@shared/api/contacts';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { AddConnectionModal } from '@renderer/features/connections/AddConnectionModal';
import { ContactConnections } from './ContactConnections';
import { ContactDetailsCard } from './ContactDetailsCard';
import { ContactDuplicates } from './ContactDuplicates';
import { ContactFormModal } from './ContactFormModal';
import { ContactHistory } from './ContactHistory';
import { DeleteContactModal } from './DeleteContactModal';

type Dialog = 'edit' | 'connect' | 'delete' | null;

export function ContactPage() {
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0;
  const contact = useApiQuery('contacts.get', { id }, { enabled: validId });
  const [dialog, setDialog] = useState<Dialog>(null);

  if (!validId || contact.error?.code === 'not_found') {
    return (
      <EmptyState icon={<IconUserQuestion size={24} />} title="No such contact" action={<Button component={Link} to="/contacts">Back to contacts</Button>}>
        The address does not point to a contact; it may have been merged or deleted.
      </EmptyState>
    );
  }
  if (contact.isError) return <ErrorNotice error={contact.error} onRetry={() => void contact.refetch()} />;
  // The previous contact stays cached while another loads (e.g. following a duplicate); never show it under this address.
  if (!contact.data || contact.isPlaceholderData) {
    return (
      <Stack>
        <Skeleton h={32} w={320} />
        <Skeleton h={180} />
        <Skeleton h={180} />
      </Stack>
    );
  }
  const c = contact.data;
  const close = () => setDialog(null);
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/contacts">
          Contacts
        </Anchor>
        <Text size="sm">{c.displayName}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2}>{c.displayName}</Title>
            {c.isMentor && <MentorBadge contact={c} />}
          </Group>
          <Text c="dimmed" size="sm">
            {c.title ?? 'No title recorded'}
            {c.employerId !== null && (
              <>
                {' at '}
                <Anchor component={Link} to={`/employers/${c.employerId}`} size="sm">
                  {c.employerName ?? 'their employer'}
                </Anchor>
              </>
            )}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
            Edit
          </Button>
          <Button variant="light" leftSection={<IconLink size={16} />} onClick={() => setDialog('connect')}>
            Add connection
          </Button>
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
            Delete
          </Button>
        </Group>
      </Group>
      <ContactDuplicates contact={c} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ContactDetailsCard contact={c} />
        <ContactHistory contact={c} />
      </SimpleGrid>
      <ContactConnections contactId={c.id} contactName={c.displayName} onAdd={() => setDialog('connect')} />
      <Text size="xs" c="dimmed">
        Added {formatDate(c.createdAt)} · Last updated {formatDate(c.updatedAt)}
      </Text>
      <ContactFormModal opened={dialog === 'edit'} onClose={close} contact={c} />
      <AddConnectionModal opened={dialog === 'connect'} onClose={close} contact={c} />
      <DeleteContactModal opened={dialog === 'delete'} onClose={close} contact={c} />
    </Stack>
  );
}

function MentorBadge({ contact }: { contact: Contact }) {
  const full = contact.mentorshipsActive >= contact.mentorCapacity;
  return (
    <Badge color={full ? 'red' : 'grape'} variant="light">
      Mentor · {contact.mentorshipsActive} of {contact.mentorCapacity} used
    </Badge>
  );
}
