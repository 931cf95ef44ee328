import { Card, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatCount, formatDate } from '@renderer/components/format';

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.3}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

/** The student's networking so far, counted from their records. */
export function NetworkSummary({ studentId }: { studentId: number }) {
  const summary = useApiQuery('students.networkSummary', { id: studentId });
  if (summary.isError) return <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} />;
  if (!summary.data) return <Skeleton h={96} />;
  const s = summary.data;
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} aria-label="Networking summary">
      <Stat label="Connections" value={formatCount(s.connections)} hint="People they know" />
      <Stat
        label="Touchpoints"
        value={formatCount(s.interactions)}
        hint={s.lastInteractionOn ? `Last on ${formatDate(s.lastInteractionOn)}` : 'None logged yet'}
      />
      <Stat label="Goals met" value={formatCount(s.goalsMet)} hint={`${formatCount(s.goalsActive)} active`} />
      <Stat label="Events attended" value={formatCount(s.eventsAttended)} hint="Checked in" />
      <Stat label="Placements" value={formatCount(s.placements)} hint="Internships, co-ops, jobs" />
    </SimpleGrid>
  );
}
