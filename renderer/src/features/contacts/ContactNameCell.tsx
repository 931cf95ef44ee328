import { Anchor, Badge, Group } from '@mantine/core';
import { Link } from 'react-router';

/** A contact's name in a table: a link to their page, and a "Mentor" badge for volunteers. */
export function ContactNameCell({ contact }: { contact: { id: number; displayName: string; isMentor: boolean } }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor component={Link} to={`/contacts/${contact.id}`} fw={500} size="sm">
        {contact.displayName}
      </Anchor>
      {contact.isMentor && (
        <Badge size="xs" variant="light" color="grape">
          Mentor
        </Badge>
      )}
    </Group>
  );
}
