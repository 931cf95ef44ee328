import { Stack, Text } from '@mantine/core';
import type { EventDetail } from '@shared/api/events';
import { SectionCard } from '@renderer/components/SectionCard';
import { AfterEventActions } from './AfterEventActions';
import { FollowUpsTable } from './FollowUpsTable';
import { OutcomeCards } from './OutcomeCards';

/** Shown once the event has started: what to do now it is over, how it went, and who still owes a thank-you. */
export function AfterEventSection({ event }: { event: EventDetail }) {
  return (
    <SectionCard title="After the event">
      <Stack gap="md">
        <AfterEventActions event={event} />
        <OutcomeCards eventId={event.id} />
        <div>
          <Text fw={600} size="sm" mb={4}>
            Follow-ups
          </Text>
          <FollowUpsTable eventId={event.id} />
        </div>
      </Stack>
    </SectionCard>
  );
}
