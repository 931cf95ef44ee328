import { Anchor, Badge, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconLink, IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Contact } from '@shared/api/contacts';
import { useApiQuery } from '@renderer/api/hooks';
import { formatDate } from '@renderer/components/format';
import { RecordHeader, recordPage } from '@renderer/components/RecordPage';
import { ConnectionFormModal } from '@renderer/features/connections/ConnectionFormModal';
import { ContactTasksCard } from '@renderer/features/tasks/RecordTasksCard';
import { ContactConnections } from './ContactConnections';
import { ContactDetailsCard } from './ContactDetailsCard';
import { ContactDuplicates } from './ContactDuplicates';
import { ContactFormModal } from './ContactFormModal';
import { ContactHistory } from './ContactHistory';
import { DeleteContactModal } from './DeleteContactModal';
import { Offered } from '@renderer/components/Offered';

type Dialog = 'edit' | 'connect' | 'delete' | null;

export const ContactPage = recordPage({
  useRecord: (id, enabled) => useApiQuery('contacts.get', { id }, { enabled }),
  missing: {
    icon: <IconUserQuestion size={24} />,
    what: 'contact',
    list: 'contacts',
    message: 'The address does not point to a contact; it may have been merged or deleted.',
  },
  skeleton: [180, 180],
  view: (c) => <ContactView contact={c} />,
});

function ContactView({ contact: c }: { contact: Contact }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <Stack gap="lg">
      <RecordHeader
        crumb={{ to: '/contacts', label: 'Contacts' }}
        title={c.displayName}
        badges={c.isMentor && <MentorBadge contact={c} />}
        subtitle={
          <Text c="dimmed" size="sm">
            {c.title ?? 'No title recorded'}
            {c.department && `, ${c.department}`}
            {c.employerId !== null && (
              <>
                {' at '}
                <Anchor component={Link} to={`/employers/${c.employerId}`} size="sm" underline="always">
                  {c.employerName ?? 'their employer'}
                </Anchor>
              </>
            )}
          </Text>
        }
        edit={{ procedure: 'contacts.update', onClick: () => setDialog('edit') }}
        actions={
          <>
            <Offered procedure="connections.create">
              <Button variant="light" leftSection={<IconLink size={16} />} onClick={() => setDialog('connect')}>
                Add connection
              </Button>
            </Offered>
            <Offered procedure="contacts.delete">
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
                Delete
              </Button>
            </Offered>
          </>
        }
      />
      <ContactDuplicates contact={c} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ContactDetailsCard contact={c} />
        <ContactHistory contact={c} />
      </SimpleGrid>
      <ContactConnections contactId={c.id} contactName={c.displayName} onAdd={() => setDialog('connect')} />
      <ContactTasksCard contactId={c.id} />
      <Text size="xs" c="dimmed">
        Added {formatDate(c.createdAt)} · Last updated {formatDate(c.updatedAt)}
      </Text>
      <ContactFormModal opened={dialog === 'edit'} onClose={close} contact={c} />
      <ConnectionFormModal opened={dialog === 'connect'} onClose={close} side={{ contact: c }} />
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
