import { Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { MyDay } from '@shared/api/my-day';
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
        <MyDayLists day={data} advisorId={data.advisor.id} />
      )}
    </Stack>
  );
}

/**
 * The lists with work in them take the grid; those with nothing due shrink to a row of "all clear" cards above it,
 * so the screen's first fold is what needs doing. The lists with work sit in two columns, each card as tall as its
 * rows: a short list (two wrap-ups) does not stretch to the height of a long neighbour.
 */
function MyDayLists({ day, advisorId }: { day: MyDay; advisorId: number }) {
  const done = day.doneThisWeek;
  const lists = [
    { key: 'wrapUps', total: day.wrapUps.total, card: <WrapUpsDueCard wrapUps={day.wrapUps} sentThisWeek={done.wrapUpMessages} /> },
    { key: 'touch', total: day.losingTouch.total, card: <LosingTouchCard list={day.losingTouch} advisorId={advisorId} touchesThisWeek={done.touches} /> },
    { key: 'followUps', total: day.followUps.total, card: <FollowUpsCard list={day.followUps} followUpsThisWeek={done.followUps} /> },
    { key: 'goals', total: day.goalsEnding.total, card: <GoalsEndingCard list={day.goalsEnding} advisorId={advisorId} metThisWeek={done.goalsMet} /> },
    {
      key: 'references',
      total: day.references.total,
      card: <ReferencesCard list={day.references} advisorId={advisorId} agreedThisWeek={done.referencesAgreed} />,
    },
  ];
  const clear = lists.filter((list) => list.total === 0);
  const work = [...lists.filter((list) => list.total > 0), { key: 'tasks', card: <MyTasksCard /> }];
  return (
    <>
      {clear.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.min(clear.length, 3) }} spacing="md">
          {clear.map((list) => (
            <Fragment key={list.key}>{list.card}</Fragment>
          ))}
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        {[0, 1].map((column) => (
          <Stack key={column} gap="md">
            {work
              .filter((_, i) => i % 2 === column)
              .map((list) => (
                <Fragment key={list.key}>{list.card}</Fragment>
              ))}
          </Stack>
        ))}
      </SimpleGrid>
    </>
  );
}
