import { Button, Card, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useLocalStorage } from '@mantine/hooks';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { todayIso } from '@renderer/components/dates';
import { dashboardFilterStorageKey, readDashboardFilter, type DashboardFilter } from './dashboardFilter';
import { DashboardFilters } from './DashboardFilters';
import { EventFunnel } from './EventFunnel';
import { GoalsByEventCard, GoalsPerMonthCard } from './GoalsCards';
import { KpiCards } from './KpiCards';
import { ClosestCard, DistributionCard, ReadinessSharesCard } from './ReadinessCards';
import { TodayCard } from './TodayCard';
import { useAfterPaint } from './useAfterPaint';
import type { ProcedureOutput } from '@shared/api/contract';

/** One empty list, so the memoised filters do not redraw before the terms arrive. */
const noTerms: ProcedureOutput<'dashboard.office'>['terms'] = [];

/** A widget's body once its figures are in; a placeholder of its size until then. */
function Loaded<T>({ data, height, children }: { data: T | undefined; height: number; children: (data: T) => React.ReactNode }) {
  return data === undefined ? <Skeleton h={height} radius="md" /> : children(data);
}

/**
 * The office at a glance, for the advisor, cohort, program, class year and term chosen (remembered).
 * Three procedures feed it — goals, readiness and the office figures — each with its own loading state,
 * so a slow one never hides the others.
 */
export function DashboardPage() {
  // Read synchronously so the first requests already carry the remembered filter (no unfiltered flash).
  const [filter, setFilter] = useLocalStorage<DashboardFilter>({
    key: dashboardFilterStorageKey,
    defaultValue: {},
    getInitialValueInEffect: false,
    deserialize: readDashboardFilter,
    serialize: (value) => JSON.stringify(value),
  });
  const status = useApiQuery('app.status', {});
  const goals = useApiQuery('dashboard.goals', filter);
  const readiness = useApiQuery('dashboard.readiness', filter);
  const office = useApiQuery('dashboard.office', filter);
  const failed = [goals, readiness, office].find((query) => query.isError);
  // The first screenful (the headline cards, Today and the funnel) is drawn as the answers come; the goals chart and
  // the cards below the fold follow once it is painted (every call answered or failed: a failed one hides no other),
  // so they do not lengthen the render that shows it.
  const firstScreenPainted = useAfterPaint([goals, readiness, office].every((query) => !query.isPending));
  const belowTheFold = <T,>(data: T | undefined) => (firstScreenPainted ? data : undefined);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Dashboard
          </Title>
          <Text c="dimmed" size="sm">
            {status.data?.officeName ?? 'Your office'} · {office.data?.term.name ?? 'this term'} · as of {formatDate(todayIso())}
          </Text>
        </div>
      </Group>
      <DashboardFilters filter={filter} onChange={setFilter} terms={office.data?.terms ?? noTerms} />
      {failed?.error && <ErrorNotice error={failed.error} onRetry={() => void Promise.all([goals.refetch(), readiness.refetch(), office.refetch()])} />}
      <KpiCards filter={filter} goals={goals.data} readiness={readiness.data} office={office.data} />
      {goals.data?.activeStudents === 0 && (
        <Card withBorder radius="md">
          <EmptyState
            icon={<IconUsers size={24} />}
            title={Object.keys(filter).some((key) => key !== 'term') ? 'No active students match these filters.' : 'No active students yet.'}
            action={
              <Group gap="xs">
                <Button component={Link} to="/students" variant="light">
                  Add a student
                </Button>
                <Button component={Link} to="/import" variant="default">
                  Import a roster
                </Button>
              </Group>
            }
          >
            Goals, readiness, events and keep-in-touch figures appear here as students join the caseload.
          </EmptyState>
        </Card>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Loaded data={office.data} height={300}>
            {(data) => <TodayCard today={data.today} losingTouch={data.losingTouch.connections} filter={filter} />}
          </Loaded>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Loaded data={office.data} height={300}>
            {(data) => <EventFunnel funnel={data.funnel} termName={data.term.name} />}
          </Loaded>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Loaded data={goals.data} height={320}>
            {(data) => <GoalsPerMonthCard data={data} drawChart={firstScreenPainted} />}
          </Loaded>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Loaded data={readiness.data} height={320}>
            {(data) => <DistributionCard data={data} filter={filter} />}
          </Loaded>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Loaded data={belowTheFold(readiness.data)} height={320}>
            {(data) => <ReadinessSharesCard data={data} filter={filter} />}
          </Loaded>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Loaded data={belowTheFold(goals.data)} height={320}>
            {(data) => <GoalsByEventCard data={data} />}
          </Loaded>
        </Grid.Col>
        <Grid.Col span={12}>
          <Loaded data={belowTheFold(readiness.data)} height={200}>
            {(data) => <ClosestCard data={data} />}
          </Loaded>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
