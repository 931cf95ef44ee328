import { Anchor, Badge, Breadcrumbs, Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarQuestion, IconDoorEnter, IconPencil } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { eventFormatLabels, eventKindLabels, eventStatusLabels } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { DetailField } from '@renderer/components/DetailField';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { ExternalLink } from '@renderer/components/ExternalLink';
import { AfterEventSection } from './AfterEventSection';
import { AttendeesSection } from './AttendeesSection';
import { eventStatusColors, formatEventRange } from './eventFormat';
import { EventFormModal } from './EventFormModal';
import { EventPrepSection } from './EventPrepSection';
import { ExportMenu } from './ExportMenu';
import { InviteSection } from './InviteSection';

export function EventPage() {
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0;
  const event = useApiQuery('events.get', { id }, { enabled: validId });
  const [editing, setEditing] = useState(false);

  if (!validId || event.error?.code === 'not_found') {
    return (
      <EmptyState icon={<IconCalendarQuestion size={24} />} title="No such event" action={<Button component={Link} to="/events">Back to events</Button>}>
        The address does not point to an event; it may have been deleted.
      </EmptyState>
    );
  }
  if (event.isError) return <ErrorNotice error={event.error} onRetry={() => void event.refetch()} />;
  // Another event may still be cached while this one loads; never show it under this address.
  if (!event.data || event.isPlaceholderData) {
    return (
      <Stack>
        <Skeleton h={32} w={360} />
        <Skeleton h={120} />
        <Skeleton h={240} />
      </Stack>
    );
  }
  const e = event.data;
  const started = !dayjs(e.startsAt).isAfter(dayjs());
  const seats = e.capacity === null ? `${e.counts.registered} registered (no limit)` : `${e.counts.registered} of ${e.capacity} places taken`;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/events">
          Events
        </Anchor>
        <Text size="sm">{e.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2}>{e.title}</Title>
            <Badge variant="light" color={eventStatusColors[e.status]}>
              {eventStatusLabels[e.status]}
            </Badge>
          </Group>
          <Group gap="xs" mt={4}>
            <Badge variant="outline" size="sm">
              {eventKindLabels[e.kind]}
            </Badge>
            <Badge variant="outline" size="sm" color="gray">
              {eventFormatLabels[e.format]}
            </Badge>
            <Text size="sm" c="dimmed">
              {formatEventRange(e.startsAt, e.endsAt)}
            </Text>
          </Group>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button component={Link} to={`/events/${e.id}/check-in`} leftSection={<IconDoorEnter size={16} />}>
            Check-in
          </Button>
          <ExportMenu eventId={e.id} />
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <DetailField label="Place">{e.location}</DetailField>
        <DetailField label="Link">{e.link ? <ExternalLink url={e.link} /> : null}</DetailField>
        <DetailField label="Capacity">{seats}</DetailField>
        <DetailField label="Invited / waitlisted">
          {e.counts.invited} / {e.counts.waitlisted}
        </DetailField>
        <DetailField label="Checked in">{started ? e.counts.checkedIn : 'Not started'}</DetailField>
      </SimpleGrid>
      {e.conflicts.length > 0 && (
        <Text size="sm" c="yellow.8">
          Overlaps {e.conflicts.map((c) => c.title).join(', ')}.
        </Text>
      )}
      <EventPrepSection event={e} />
      <InviteSection eventId={e.id} />
      <AttendeesSection eventId={e.id} started={dayjs(e.startsAt).isBefore(dayjs())} />
      {started && <AfterEventSection eventId={e.id} />}
      <EventFormModal opened={editing} onClose={() => setEditing(false)} event={e} />
    </Stack>
  );
}
