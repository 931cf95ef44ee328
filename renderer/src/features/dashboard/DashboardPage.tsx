import { BarChart, DonutChart } from '@mantine/charts';
import { Card, ColorSwatch, Group, SimpleGrid, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { studentStatusLabels, type StudentStatus } from '../../../../shared/domain';
import { useApiQuery } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../components/format';
import { GoalsDashboard } from './GoalsDashboard';
import { ReadinessDashboard } from './ReadinessDashboard';

const statusColors: Record<StudentStatus, string> = { active: 'teal.6', alumnus: 'blue.6', archived: 'gray.5' };

function KpiCard({ label, value, to, hint }: { label: string; value: number; to: string; hint: string }) {
  return (
    <UnstyledButton component={Link} to={to} aria-label={`${label}: ${formatCount(value)}`}>
      <Card withBorder padding="lg" h="100%">
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <Text fz={32} fw={700} lh={1.2}>
          {formatCount(value)}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </Card>
    </UnstyledButton>
  );
}

/** Only figures the data can back: students by status and by class year, then goals met. */
export function DashboardPage() {
  const overview = useApiQuery('dashboard.overview', {});
  const status = useApiQuery('app.status', {});

  if (overview.isError) return <ErrorNotice error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  const count = (s: StudentStatus) => data?.byStatus.find((row) => row.status === s)?.count ?? 0;

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Dashboard</Title>
        <Text c="dimmed" size="sm">
          {status.data?.officeName ?? 'Your office'} at a glance
        </Text>
      </div>
      {!data ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} h={112} radius="md" />
          ))}
        </SimpleGrid>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <KpiCard label="Active students" value={count('active')} to="/students?status=active" hint="On the caseload now" />
            <KpiCard label="Alumni" value={count('alumnus')} to="/students?status=alumnus" hint="Graduated, still followed" />
            <KpiCard label="Archived" value={count('archived')} to="/students?status=archived" hint="No longer followed" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Card withBorder padding="lg" style={{ gridColumn: 'span 2' }}>
              <Title order={4}>Active students by class year</Title>
              <Text size="xs" c="dimmed" mb="md">
                Expected graduation year
              </Text>
              {data.byClassYear.length === 0 ? (
                <Text c="dimmed" size="sm">
                  No active students yet.
                </Text>
              ) : (
                <BarChart
                  h={240}
                  data={data.byClassYear.map((row) => ({ classYear: row.classYear === null ? 'Not set' : String(row.classYear), Students: row.count }))}
                  dataKey="classYear"
                  series={[{ name: 'Students', color: 'indigo.6' }]}
                  tickLine="y"
                  withTooltip
                />
              )}
            </Card>
            <Card withBorder padding="lg">
              <Title order={4}>Students by status</Title>
              <Text size="xs" c="dimmed" mb="md">
                {formatCount(data.totalStudents)} in all
              </Text>
              {data.totalStudents === 0 ? (
                <Text c="dimmed" size="sm">
                  No students yet.
                </Text>
              ) : (
                <Group justify="center">
                  <DonutChart
                    size={180}
                    thickness={26}
                    withLabelsLine={false}
                    data={data.byStatus.map((row) => ({ name: studentStatusLabels[row.status], value: row.count, color: statusColors[row.status] }))}
                    chartLabel={formatCount(data.totalStudents)}
                  />
                  <Stack gap={4} w="100%">
                    {data.byStatus.map((row) => (
                      <Group key={row.status} justify="space-between">
                        <Group gap={6}>
                          <ColorSwatch color={`var(--mantine-color-${statusColors[row.status].replace('.', '-')})`} size={10} />
                          <Text size="sm">{studentStatusLabels[row.status]}</Text>
                        </Group>
                        <Text size="sm" fw={500}>
                          {formatCount(row.count)}
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                </Group>
              )}
            </Card>
          </SimpleGrid>
        </>
      )}
      {/* Its own queries and loading state: the goal figures should not wait for, or hide, the student counts. */}
      <GoalsDashboard />
      {/* After Goals: it follows the cohort, program and advisor filters chosen there. */}
      <ReadinessDashboard />
    </Stack>
  );
}
