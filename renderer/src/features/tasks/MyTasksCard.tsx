import { Skeleton } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { myTasksDaysAhead } from '@shared/api/tasks';
import { useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { MyDayCard } from '@renderer/features/my-day/MyDayCard';
import { TaskList } from './TaskList';

/**
 * My day's tasks: the signed-in advisor's (or "I am"'s) open tasks due by a week from today, overdue first; each is
 * completed with one click and leaves the list.
 */
export function MyTasksCard() {
  const mine = useApiQuery('tasks.mine', {});
  if (mine.isError) return <ErrorNotice error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data) return <Skeleton h={260} radius="md" />;
  const { tasks, today } = mine.data;
  return (
    <MyDayCard
      title="My tasks"
      icon={<IconChecklist size={18} />}
      total={tasks.length}
      shown={tasks.length}
      more="every task is on its student's or contact's record"
      done={`Nothing due in the next ${myTasksDaysAhead} days.`}
    >
      <TaskList tasks={tasks} today={today} subject={{}} />
    </MyDayCard>
  );
}
