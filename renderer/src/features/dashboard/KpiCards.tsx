import { Card, Group, SimpleGrid, Skeleton, Text, ThemeIcon, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconCalendarEvent, IconCertificate, IconHeartBroken, IconTarget, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProcedureOutput } from '@shared/api/contract';
import { formatCount, plural } from '@renderer/components/format';
import { percent, staleConnectionsLink, studentsLink, type DashboardFilter } from './dashboardFilter';

interface Kpi {
  label: string;
  value: string;
  hint: string;
  to: string;
  icon: ReactNode;
  color: string;
}

function KpiCard({ kpi }: { kpi: Kpi | null }) {
  if (!kpi) return <Skeleton h={124} radius="md" />;
  return (
    // Named by what it shows (WCAG 2.5.3: an aria-label would have to repeat all of it); the hidden colon reads "Active students: 1,234".
    <UnstyledButton component={Link} to={kpi.to}>
      <Card withBorder padding="md" radius="md" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm" c="dimmed" fw={600} lh={1.3}>
            {kpi.label}
            <VisuallyHidden>:</VisuallyHidden>
          </Text>
          <ThemeIcon variant="light" color={kpi.color} size={34} radius="md">
            {kpi.icon}
          </ThemeIcon>
        </Group>
        <Text fz={30} fw={700} lh={1.1} mt={4}>
          {kpi.value}
        </Text>
        <Text size="xs" c="dimmed" mt={6} lh={1.4}>
          {kpi.hint}
        </Text>
      </Card>
    </UnstyledButton>
  );
}

interface Props {
  filter: DashboardFilter;
  goals: ProcedureOutput<'dashboard.goals'> | undefined;
  readiness: ProcedureOutput<'dashboard.readiness'> | undefined;
  office: ProcedureOutput<'dashboard.office'> | undefined;
}

/** The five headline figures, each opening the list it counts with the same filter. */
export function KpiCards({ filter, goals, readiness, office }: Props) {
  const ready = readiness?.distribution.find((row) => row.level === 'ready')?.students ?? 0;
  const kpis: (Kpi | null)[] = [
    goals
      ? {
          label: 'Active students',
          value: formatCount(goals.activeStudents),
          hint: `${formatCount(goals.withoutActiveGoal)} without a goal in progress`,
          to: studentsLink(filter),
          icon: <IconUsers size={20} />,
          color: 'indigo',
        }
      : null,
    goals
      ? {
          label: `Goal met in ${goals.term.name}`,
          value: `${percent(goals.withGoalMetInTerm, goals.activeStudents)}%`,
          hint: `${formatCount(goals.withGoalMetInTerm)} of ${plural(goals.activeStudents, 'active student')}`,
          to: studentsLink(filter, { goals: 'met_in_term', term: goals.term.name }),
          icon: <IconTarget size={20} />,
          color: 'teal',
        }
      : null,
    readiness
      ? {
          label: 'Reference-ready',
          value: `${percent(ready, readiness.activeStudents)}%`,
          hint: `${formatCount(ready)} of ${formatCount(readiness.activeStudents)} with ${plural(readiness.target, 'ready reference')}`,
          to: studentsLink(filter, { readiness: 'ready' }),
          icon: <IconCertificate size={20} />,
          color: 'green',
        }
      : null,
    office
      ? {
          label: 'Upcoming events',
          value: formatCount(office.upcomingEvents.events),
          hint: `${formatCount(office.upcomingEvents.registered)} registered of ${formatCount(office.upcomingEvents.invited)} invited`,
          to: '/events?status=scheduled',
          icon: <IconCalendarEvent size={20} />,
          color: 'blue',
        }
      : null,
    office
      ? {
          label: 'Connections losing touch',
          value: formatCount(office.losingTouch.connections),
          hint: `Stale: past their keep-in-touch maximum, across ${plural(office.losingTouch.students, 'student')}`,
          to: staleConnectionsLink(filter),
          icon: <IconHeartBroken size={20} />,
          color: 'orange',
        }
      : null,
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="md">
      {kpis.map((kpi, index) => (
        <KpiCard key={kpi?.label ?? index} kpi={kpi} />
      ))}
    </SimpleGrid>
  );
}
