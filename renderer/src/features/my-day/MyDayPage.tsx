import { Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate, plural } from '@renderer/components/format';
import { FollowUpsCard, LosingTouchCard } from './TouchCards';
import { GoalsEndingCard } from './GoalsEndingCard';
import { ReferencesCard } from './ReferencesCard';
import { WhoAreYou } from './WhoAreYou';
import { WrapUpsDueCard } from './WrapUpsDueCard';
import { MyTasksCard } from '@renderer/features/tasks/MyTasksCard';

/**
 * The first screen for an advisor: their own caseload's work, each item done in place. An item leaves its list as
 * soon as it is done (every write that can move one declares the `myDay` area, so this query refreshes).
 */
export function MyDayPage() {
  const day = useApiQuery('myDay.get', {});
  const data = day.data;
  const due = data ? data.wrapUps.total + data.losingTouch.total + data.followUps.total + data.goalsEnding.total + data.references.total : 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            My day
          </Title>
          <Text c="dimmed" size="sm">
            {data?.advisor ? `${data.advisor.name} · ${formatDate(data.today)} · ${due === 0 ? 'nothing due' : `${plural(due, 'thing')} to do`}` : ' '}
          </Text>
        </div>
        <Button component={Link} to="/dashboard" variant="default" leftSection={<IconLayoutDashboard size={16} />}>
          Office dashboard
        </Button>
      </Group>
      {day.isError && <ErrorNotice error={day.error} onRetry={() => void day.refetch()} />}
      {!data ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={260} radius="md" />
          ))}
        </SimpleGrid>
      ) : data.advisor === null ? (
        <WhoAreYou mayChoose={data.mayChooseAdvisor} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <WrapUpsDueCard wrapUps={data.wrapUps} sentThisWeek={data.doneThisWeek.wrapUpMessages} />
          <LosingTouchCard list={data.losingTouch} advisorId={data.advisor.id} touchesThisWeek={data.doneThisWeek.touches} />
          <FollowUpsCard list={data.followUps} followUpsThisWeek={data.doneThisWeek.followUps} />
          <GoalsEndingCard list={data.goalsEnding} advisorId={data.advisor.id} metThisWeek={data.doneThisWeek.goalsMet} />
          <ReferencesCard list={data.references} advisorId={data.advisor.id} agreedThisWeek={data.doneThisWeek.referencesAgreed} />
          <MyTasksCard />
        </SimpleGrid>
      )}
    </Stack>
  );
}
