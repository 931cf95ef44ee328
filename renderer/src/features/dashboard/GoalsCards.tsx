import { Card, Group, Progress, Skeleton, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { lazy, memo, Suspense } from 'react';
import type { ProcedureOutput } from '@shared/api/contract';
import { formatCount, formatDate } from '@renderer/components/format';
import { percent } from './dashboardFilter';

type GoalFigures = ProcedureOutput<'dashboard.goals'>;

// recharts is 460 KB of code and most of the dashboard's rendering time: the chart follows the figures (useAfterPaint).
const GoalsPerMonthChart = lazy(() => import('./GoalsPerMonthChart').then((m) => ({ default: m.GoalsPerMonthChart })));

/** "2026-03" → "Mar 2026"; anything else is shown as it came. */
function monthLabel(month: string): string {
  const date = dayjs(`${month}-01`);
  return /^\d{4}-\d{2}$/.test(month) && date.isValid() ? date.format('MMM YY') : month;
}

/** `drawChart`: the dashboard's other figures are on screen; until then the chart's place is held. */
export const GoalsPerMonthCard = memo(function GoalsPerMonthCard({ data, drawChart }: { data: GoalFigures; drawChart: boolean }) {
  const months = data.metPerMonth.map((m) => ({ month: monthLabel(m.month), 'Goals met': m.met }));
  const total = data.metPerMonth.reduce((sum, m) => sum + m.met, 0);
  return (
    <Card withBorder padding="lg" radius="md" h="100%">
      <Title order={2} size="h4">
        Goals met per month
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        {formatCount(total)} small goals met in the 12 months to{' '}
        {data.metPerMonth.length > 0 ? monthLabel(data.metPerMonth[data.metPerMonth.length - 1]?.month ?? '') : 'now'}
      </Text>
      {total > 0 ? (
        <Suspense fallback={<Skeleton h={240} />}>{drawChart ? <GoalsPerMonthChart months={months} /> : <Skeleton h={240} />}</Suspense>
      ) : (
        <Text c="dimmed" size="sm">
          No goals met in these 12 months yet.
        </Text>
      )}
    </Card>
  );
});

export const GoalsByEventCard = memo(function GoalsByEventCard({ data }: { data: GoalFigures }) {
  return (
    <Card withBorder padding="lg" radius="md" h="100%">
      <Title order={2} size="h4">
        Goal completion by event
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        Goals students set for {data.term.name} events, and how many they met
      </Text>
      {data.completionByEvent.length === 0 ? (
        <Text c="dimmed" size="sm">
          No goals linked to events in {data.term.name} yet. Set one when inviting students to an event.
        </Text>
      ) : (
        <Table aria-label="Goal completion by event" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Event</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th ta="right">Met</Table.Th>
              <Table.Th w={140}>Completion</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.completionByEvent.map((e) => {
              const done = percent(e.met, e.goals);
              return (
                <Table.Tr key={e.eventId}>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {e.title}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.startsAt)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatCount(e.met)} of {formatCount(e.goals)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Progress value={done} color="teal" size="sm" style={{ flex: 1 }} aria-label={`${e.title}: ${done}% of goals met`} />
                      <Text size="xs" w={36} ta="right">
                        {done}%
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
});
