import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useState } from 'react';
import { SectionCard } from '@renderer/components/SectionCard';
import { GoalTemplateSelect } from './GoalTemplateSelect';
import { InviteByFilterModal } from './InviteByFilterModal';
import { InviteStudent } from './InviteStudent';
import { InviteSuggestions } from './InviteSuggestions';

/** Every way to invite: a whole filtered group, one student by name, or the ranked suggestions. */
export function InviteSection({ eventId }: { eventId: number }) {
  const [byFilter, setByFilter] = useState(false);
  // One goal choice for the one-at-a-time invites below; the filter dialog has its own.
  const [goalTemplateId, setGoalTemplateId] = useState<number | null>(null);
  return (
    <SectionCard
      title="Invite"
      actions={
        <Button leftSection={<IconFilter size={16} />} onClick={() => setByFilter(true)}>
          Invite by filter
        </Button>
      }
    >
      <Stack gap="md">
        <Group align="flex-end" gap="lg" wrap="wrap">
          <InviteStudent eventId={eventId} goalTemplateId={goalTemplateId} />
          <GoalTemplateSelect
            label="Goal for the invitee"
            description="Optional, for invites on this card"
            value={goalTemplateId}
            onChange={setGoalTemplateId}
            w={320}
          />
        </Group>
        <Divider />
        <div>
          <Text fw={600} size="sm" mb={4}>
            Suggestions
          </Text>
          <InviteSuggestions eventId={eventId} goalTemplateId={goalTemplateId} />
        </div>
      </Stack>
      <InviteByFilterModal eventId={eventId} opened={byFilter} onClose={() => setByFilter(false)} />
    </SectionCard>
  );
}
