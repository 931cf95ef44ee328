import { Anchor, Card, ColorSwatch, Group, RingProgress, ScrollArea, Progress, Stack, Table, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { ProcedureOutput } from '@shared/api/contract';
import { readinessLevelLabels, type ReadinessLevel } from '@shared/domain';
import { byGroupName, byGroupYear } from '@shared/group-order';
import { StudentLink } from '@renderer/components/StudentLink';
import { EmptyState } from '@renderer/components/EmptyState';
import { NextStepButton } from '@renderer/features/readiness/NextStepButton';
import { formatCount, plural } from '@renderer/components/format';
import { percent, studentsLink, type DashboardFilter } from './dashboardFilter';
import { memo } from 'react';

type Readiness = ProcedureOutput<'dashboard.readiness'>;
type ShareRow = Readiness['byCohort'][number];

const levelColors: Record<ReadinessLevel, string> = { ready: 'green.6', building: 'yellow.5', not_started: 'gray.5' };

function swatch(color: string): string {
  return `var(--mantine-color-${color.replace('.', '-')})`;
}

interface Grouping {
  value: string;
  tab: string;
  noun: string;
  column: string;
  /** The students page's address parameter for this grouping. */
  param: string;
  rows: (data: Readiness) => ShareRow[];
  compare: (a: ShareRow, b: ShareRow) => number;
}

const groupings: readonly Grouping[] = [
  {
    value: 'cohort',
    tab: 'By cohort',
    noun: 'cohort',
    column: 'Cohort',
    param: 'cohort',
    rows: (d) => d.byCohort,
    compare: byGroupName,
  },
  {
    value: 'program',
    tab: 'By program',
    noun: 'program',
    column: 'Program',
    param: 'program',
    rows: (d) => d.byProgram,
    compare: byGroupName,
  },
  {
    value: 'classYear',
    tab: 'By class year',
    noun: 'class year',
    column: 'Class year',
    param: 'year',
    rows: (d) => d.byClassYear,
    compare: byGroupYear,
  },
];

/** Reference-ready share per cohort, program and class year (active students, as of today). */
export const ReadinessSharesCard = memo(function ReadinessSharesCard({ data, filter }: { data: Readiness; filter: DashboardFilter }) {
  return (
    <Card withBorder padding="lg" radius="md" h="100%">
      <Title order={2} size="h4">
        Reference-ready by group
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        Active students with {plural(data.target, 'ready reference')} (the target set in Settings), today
      </Text>
      <SharesTabs data={data} filter={filter} />
    </Card>
  );
});

/** Active students by readiness level; each level opens the students at it. */
export const DistributionCard = memo(function DistributionCard({ data, filter }: { data: Readiness; filter: DashboardFilter }) {
  const navigate = useNavigate();
  const linkFor = (level: ReadinessLevel) => studentsLink(filter, { readiness: level });
  const ready = data.distribution.find((row) => row.level === 'ready')?.students ?? 0;

  return (
    <Card withBorder padding="lg" radius="md" h="100%">
      <Title order={2} size="h4">
        Readiness distribution
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        {plural(data.activeStudents, 'active student')}
      </Text>
      {data.activeStudents === 0 ? (
        <Text c="dimmed" size="sm">
          No active students match these filters.
        </Text>
      ) : (
        <Group justify="center">
          {/* Mantine's own ring, not a chart library: the dashboard's first paint does not wait for recharts. */}
          <RingProgress
            size={180}
            thickness={26}
            roundCaps={false}
            aria-hidden
            label={
              <Text ta="center" fw={700} size="lg">
                {percent(ready, data.activeStudents)}% ready
              </Text>
            }
            sections={data.distribution.map((row) => ({
              value: (row.students / data.activeStudents) * 100,
              color: levelColors[row.level],
              tooltip: `${readinessLevelLabels[row.level]}: ${formatCount(row.students)}`,
              // Clicking a slice is a shortcut for the pointer; the links below are the keyboard way.
              onClick: () => void navigate(linkFor(row.level)),
              style: { cursor: 'pointer' },
            }))}
          />
          <Stack gap={4} w="100%">
            {data.distribution.map((row) => (
              <Anchor key={row.level} component={Link} to={linkFor(row.level)} c="inherit" display="block">
                <Group justify="space-between" wrap="nowrap">
                  <Group gap={6} wrap="nowrap">
                    <ColorSwatch color={swatch(levelColors[row.level])} size={10} />
                    <Text size="sm">{readinessLevelLabels[row.level]}</Text>
                  </Group>
                  <Text size="sm" fw={500}>
                    {formatCount(row.students)} · {percent(row.students, data.activeStudents)}%
                  </Text>
                </Group>
              </Anchor>
            ))}
          </Stack>
        </Group>
      )}
    </Card>
  );
});

function SharesTabs({ data, filter }: { data: Readiness; filter: DashboardFilter }) {
  return (
    // Only the open grouping is drawn: the other two tables are built when their tab is chosen.
    <Tabs defaultValue="cohort" keepMounted={false}>
      <Tabs.List>
        {groupings.map((g) => (
          <Tabs.Tab key={g.value} value={g.value}>
            {g.tab}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {groupings.map((g) => (
        <Tabs.Panel key={g.value} value={g.value} pt="sm">
          <ShareTable grouping={g} rows={[...g.rows(data)].sort(g.compare)} filter={filter} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function ShareTable({ grouping, rows, filter }: { grouping: Grouping; rows: ShareRow[]; filter: DashboardFilter }) {
  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No active students match these filters.
      </Text>
    );
  return (
    <ScrollArea.Autosize mah={320}>
      <Table aria-label={`Reference-ready by ${grouping.noun}`} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{grouping.column}</Table.Th>
            <Table.Th ta="right">Reference-ready</Table.Th>
            <Table.Th w={160}>Share</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const share = percent(row.ready, row.students);
            const name = row.value ?? 'Not set';
            return (
              // Prefixed so no real value (a cohort called "Not set", say) can share the missing value's key.
              <Table.Tr key={row.value === null ? 'none' : `value:${row.value}`}>
                <Table.Td>
                  {/* The students page cannot filter on a missing value, so "Not set" has no link. */}
                  {row.value === null ? (
                    <Text size="sm" c="dimmed">
                      Not set
                    </Text>
                  ) : (
                    <Anchor component={Link} to={studentsLink(filter, { readiness: 'ready', [grouping.param]: row.value })} size="sm">
                      {row.value}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatCount(row.ready)} of {formatCount(row.students)} · {share}%
                </Table.Td>
                <Table.Td>
                  <Progress value={share} color="green" size="sm" aria-label={`${name}: ${share}% reference-ready`} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/** Students one action away from the target, with that action. */
export const ClosestCard = memo(function ClosestCard({ data }: { data: Readiness }) {
  return (
    <Card withBorder padding="lg" radius="md" h="100%">
      <Title order={2} size="h4">
        Closest to ready
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        One action away from {plural(data.target, 'ready reference')}
      </Text>
      {data.closestToReady.length === 0 ? (
        <EmptyState icon={<IconTargetArrow size={24} />} title="No one is one step away">
          Students who need just one more ready reference appear here, with the step that gets them there.
        </EmptyState>
      ) : (
        <Table aria-label="Closest to ready" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Student</Table.Th>
              <Table.Th ta="right">Ready now</Table.Th>
              <Table.Th>Next action</Table.Th>
              <Table.Th>
                <VisuallyHidden>Do it</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.closestToReady.map((row) => (
              <Table.Tr key={`${row.studentId}:${row.contactName}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StudentLink row={row} section="references" />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatCount(row.readyReferences)} of {formatCount(data.target)}
                </Table.Td>
                <Table.Td>
                  {row.action && <Text size="sm">{row.action}</Text>}
                  <Text size="xs" c="dimmed">
                    Reference: {row.contactName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{row.nextItem && <NextStepButton target={row} item={row.nextItem} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
});
