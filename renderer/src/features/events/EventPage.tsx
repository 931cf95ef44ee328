import { Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDoorEnter } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { EventDetail } from '@shared/api/events';
import { eventFormatLabels, eventKindLabels, eventStatusLabels } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { DetailField } from '@renderer/components/DetailField';
import { ExternalLink } from '@renderer/components/ExternalLink';
import { RecordHeader, recordPage } from '@renderer/components/RecordPage';
import { AfterEventSection } from './AfterEventSection';
import { AttendeesSection } from './AttendeesSection';
import { eventStatusColors, formatEventRange } from './eventFormat';
import { missingEvent } from './missingEvent';
import { EventFormModal } from './EventFormModal';
import { EventPrepSection } from './EventPrepSection';
import { ExportMenu } from './ExportMenu';
import { InviteSection } from './InviteSection';
import { Offered } from '@renderer/components/Offered';

export const EventPage = recordPage({
  useRecord: (id, enabled) => useApiQuery('events.get', { id }, { enabled }),
  missing: missingEvent,
  skeleton: [120, 240],
  view: (e) => <EventView event={e} />,
});

function EventView({ event: e }: { event: EventDetail }) {
  const [editing, setEditing] = useState(false);
  // A front desk runs the door: no editing, inviting or follow-ups (their declared rules say so).
  const mayCall = useMayCall();
  const started = !dayjs(e.startsAt).isAfter(dayjs());
  const seats = e.capacity === null ? `${e.counts.registered} registered (no limit)` : `${e.counts.registered} of ${e.capacity} places taken`;

  return (
    <Stack gap="lg">
      <RecordHeader
        crumb={{ to: '/events', label: 'Events' }}
        title={e.title}
        badges={
          <Badge variant="light" color={eventStatusColors[e.status]}>
            {eventStatusLabels[e.status]}
          </Badge>
        }
        subtitle={
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
        }
        edit={{ procedure: 'events.update', onClick: () => setEditing(true) }}
        actions={
          <>
            <Offered procedure="attendance.checkIn">
              <Button component={Link} to={`/events/${e.id}/check-in`} leftSection={<IconDoorEnter size={16} />}>
                Check-in
              </Button>
            </Offered>
            <ExportMenu eventId={e.id} draft={e.status === 'draft'} />
          </>
        }
      />
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
        <Text size="sm" c="yellow">
          Overlaps {e.conflicts.map((c) => c.title).join(', ')}.
        </Text>
      )}
      <EventPrepSection event={e} />
      {mayCall('events.invite') && <InviteSection eventId={e.id} />}
      <AttendeesSection eventId={e.id} started={dayjs(e.startsAt).isBefore(dayjs())} />
      {started && mayCall('events.followUps') && <AfterEventSection event={e} />}
      <EventFormModal opened={editing} onClose={() => setEditing(false)} event={e} />
    </Stack>
  );
}
