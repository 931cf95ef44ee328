import { Stack, Text } from '@mantine/core';
import { SectionCard } from '@renderer/components/SectionCard';
import { FollowUpsTable } from './FollowUpsTable';
import { OutcomeCards } from './OutcomeCards';

/** Shown once the event has started: how it went and who still owes a thank-you. */
export function AfterEventSection({ eventId }: { eventId: number }) {
  return (
    <SectionCard title="After the event">
      <Stack gap="md">
        <OutcomeCards eventId={eventId} />
        <div>
          <Text fw={600} size="sm" mb={4}>
            Follow-ups
          </Text>
          <FollowUpsTable eventId={eventId} />
        </div>
      </Stack>
    </SectionCard>
  );
}
