import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatCount } from '@renderer/components/format';

function percent(part: number, whole: number): string {
  return whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`;
}

/** The event's outcome at a glance: turnout, goals met, people met, follow-ups. */
export function OutcomeCards({ eventId }: { eventId: number }) {
  const outcome = useApiQuery('events.outcome', { eventId });
  if (outcome.isError) return <ErrorNotice error={outcome.error} onRetry={() => void outcome.refetch()} />;
  if (!outcome.data) {
    return (
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {[1, 2, 3, 4].map((k) => (
          <Skeleton key={k} h={76} />
        ))}
      </SimpleGrid>
    );
  }
  const o = outcome.data;
  const cards = [
    {
      label: 'Attended',
      value: formatCount(o.attended),
      detail: `of ${formatCount(o.registered)} registered${percent(o.attended, o.registered)}`,
    },
    {
      label: 'Goals met',
      value: `${formatCount(o.goalsMet)} of ${formatCount(o.goalsSet)}`,
      detail: o.goalsSet === 0 ? 'No goals were set for this event' : `goals set for this event${percent(o.goalsMet, o.goalsSet)}`,
    },
    { label: 'People met', value: formatCount(o.peopleMet), detail: 'conversations logged' },
    {
      label: 'Follow-ups sent',
      value: formatCount(o.followUpsSent),
      detail: `${formatCount(o.followUpsWithinTwoDays)} within 48 h`,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      {cards.map((c) => (
        <Paper key={c.label} withBorder p="sm" role="group" aria-label={c.label}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {c.label}
          </Text>
          <Text size="xl" fw={700}>
            {c.value}
          </Text>
          <Text size="xs" c="dimmed">
            {c.detail}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
