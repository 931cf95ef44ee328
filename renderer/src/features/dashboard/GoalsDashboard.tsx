import { BarChart } from '@mantine/charts';
import { Button, Card, Group, Progress, Select, SimpleGrid, Skeleton, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useId } from 'react';
import { Link } from 'react-router';
import type { ProcedureOutput } from '../../../../shared/api/contract';
import { useApiQuery } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatDate, plural } from '../../components/format';
import { goalFilterStorageKey, readGoalFilter, withFilter, type GoalFilter } from './goalFilters';

type GoalFigures = ProcedureOutput<'dashboard.goals'>;

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** "2026-03" → "Mar 2026"; anything else is shown as it came. */
function monthLabel(month: string): string {
  const date = dayjs(`${month}-01`);
  return /^\d{4}-\d{2}$/.test(month) && date.isValid() ? date.format('MMM YYYY') : month;
}

/**
 * Goals met across the office: the share of active students with a goal met this term, who has no
 * goal at all, goals met per month and per event, for the cohort, program or advisor chosen.
 */
export function GoalsDashboard() {
  const headingId = useId();
  // Read synchronously so the first request already carries the remembered filter (no unfiltered flash).
  const [filter, setFilter] = useLocalStorage<GoalFilter>({
    key: goalFilterStorageKey,
    defaultValue: {},
    getInitialValueInEffect: false,
    deserialize: readGoalFilter,
    serialize: (value) => JSON.stringify(value),
  });
  const facets = useApiQuery('students.facets', {});
  const advisors = useApiQuery('advisors.list', {});
  const goals = useApiQuery('dashboard.goals', filter);
  const filtered = Object.keys(filter).length > 0;

  let body;
  if (goals.isError) body = <ErrorNotice error={goals.error} onRetry={() => void goals.refetch()} />;
  else if (!goals.data)
    body = (
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Skeleton h={112} radius="md" />
          <Skeleton h={112} radius="md" />
        </SimpleGrid>
        <Skeleton h={280} radius="md" />
      </Stack>
    );
  else body = <GoalFiguresView data={goals.data} />;

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3} id={headingId}>
            Goals
          </Title>
          <Text size="sm" c="dimmed">
            {goals.data ? `${goals.data.term.name}: ${formatDate(goals.data.term.startOn)} – ${formatDate(goals.data.term.endOn)}` : 'This term'}
          </Text>
        </div>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            label="Cohort"
            placeholder="All cohorts"
            clearable
            searchable
            w={180}
            data={facets.data?.cohorts ?? []}
            value={filter.cohort ?? null}
            onChange={(v) => setFilter((f) => withFilter(f, { cohort: v }))}
          />
          <Select
            label="Program"
            placeholder="All programs"
            clearable
            searchable
            w={200}
            data={facets.data?.programs ?? []}
            value={filter.program ?? null}
            onChange={(v) => setFilter((f) => withFilter(f, { program: v }))}
          />
          <Select<number>
            label="Advisor"
            placeholder="All advisors"
            clearable
            searchable
            w={200}
            data={(advisors.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={filter.advisorId ?? null}
            onChange={(v) => setFilter((f) => withFilter(f, { advisorId: v }))}
          />
          {filtered && (
            <Button variant="subtle" color="gray" onClick={() => setFilter({})}>
              Clear filters
            </Button>
          )}
        </Group>
      </Group>
      {body}
    </Stack>
  );
}

function GoalFiguresView({ data }: { data: GoalFigures }) {
  const share = percent(data.withGoalMetThisTerm, data.activeStudents);
  const months = data.metPerMonth.map((m) => ({ month: monthLabel(m.month), 'Goals met': m.met }));
  const anyMet = data.metPerMonth.some((m) => m.met > 0);

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder padding="lg" aria-label={`Goal met this term: ${share}%`}>
          <Text size="sm" c="dimmed" fw={500}>
            Goal met this term
          </Text>
          <Text fz={32} fw={700} lh={1.2}>
            {share}%
          </Text>
          <Text size="xs" c="dimmed">
            {formatCount(data.withGoalMetThisTerm)} of {plural(data.activeStudents, 'active student')} met at least one goal in {data.term.name}
          </Text>
        </Card>
        {/* The students table cannot filter by goals, so the link opens the active caseload to work through. */}
        <UnstyledButton component={Link} to="/students?status=active" aria-label={`No active goal: ${formatCount(data.withoutActiveGoal)}`}>
          <Card withBorder padding="lg" h="100%">
            <Text size="sm" c="dimmed" fw={500}>
              No active goal
            </Text>
            <Text fz={32} fw={700} lh={1.2}>
              {formatCount(data.withoutActiveGoal)}
            </Text>
            <Text size="xs" c="dimmed">
              Active students without a goal in progress: a small first step could help
            </Text>
          </Card>
        </UnstyledButton>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="lg">
          <Title order={4}>Goals met per month</Title>
          <Text size="xs" c="dimmed" mb="md">
            The last 12 months
          </Text>
          {anyMet ? (
            <BarChart h={240} data={months} dataKey="month" series={[{ name: 'Goals met', color: 'teal.6' }]} tickLine="y" withTooltip />
          ) : (
            <Text c="dimmed" size="sm">
              No goals met in the last 12 months yet.
            </Text>
          )}
        </Card>
        <Card withBorder padding="lg">
          <Title order={4}>Goal completion by event</Title>
          <Text size="xs" c="dimmed" mb="md">
            Goals linked to an event, and how many were met
          </Text>
          {data.completionByEvent.length === 0 ? (
            <Text c="dimmed" size="sm">
              No goals linked to events yet. Set one when inviting students to an event.
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
      </SimpleGrid>
    </Stack>
  );
}
