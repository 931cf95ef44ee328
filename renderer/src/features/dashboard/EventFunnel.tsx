import { Anchor, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ProcedureOutput } from '@shared/api/contract';
import { formatCount, plural } from '@renderer/components/format';
import { percent } from './dashboardFilter';
import { memo } from 'react';

type Funnel = ProcedureOutput<'dashboard.office'>['funnel'];

const stages: { key: keyof Omit<Funnel, 'events'>; label: string; hint: string; color: string }[] = [
  { key: 'invited', label: 'Invited', hint: 'Every invitation to the term’s events', color: 'indigo.3' },
  { key: 'registered', label: 'Registered', hint: 'Said yes, or walked in and checked in', color: 'indigo.5' },
  { key: 'attended', label: 'Attended', hint: 'Checked in at the door', color: 'teal.6' },
  {
    key: 'followedUp',
    label: 'Followed up',
    hint: 'Thanked or connected with someone they met there',
    color: 'green.7',
  },
];

/** Invited → registered → attended → followed up, for the events of the chosen term. */
export const EventFunnel = memo(function EventFunnel({ funnel, termName }: { funnel: Funnel; termName: string }) {
  return (
    <Card withBorder padding="lg" radius="md" h="100%">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h4">
            Event funnel
          </Title>
          <Text size="xs" c="dimmed">
            {plural(funnel.events, 'event')} in {termName}
          </Text>
        </div>
        <Anchor component={Link} to="/events?when=all" size="sm">
          All events
        </Anchor>
      </Group>
      {funnel.invited === 0 ? (
        <Text c="dimmed" size="sm" mt="md">
          No invitations to events in {termName} for these students yet.
        </Text>
      ) : (
        <Stack gap="sm" mt="md" role="list" aria-label="Event funnel">
          {stages.map((stage) => {
            const value = funnel[stage.key];
            const share = percent(value, funnel.invited);
            return (
              <div key={stage.key} role="listitem" aria-label={`${stage.label}: ${formatCount(value)}`}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {stage.label}
                  </Text>
                  <Text size="sm">
                    <Text span fw={700}>
                      {formatCount(value)}
                    </Text>
                    <Text span c="dimmed" size="xs">
                      {' '}
                      · {share}%
                    </Text>
                  </Text>
                </Group>
                <Progress value={share} color={stage.color} size="lg" radius="sm" mt={4} aria-hidden />
                <Text size="xs" c="dimmed" mt={2}>
                  {stage.hint}
                </Text>
              </div>
            );
          })}
        </Stack>
      )}
    </Card>
  );
});
