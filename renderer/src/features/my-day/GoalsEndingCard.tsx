import { Button, Text } from '@mantine/core';
import { IconCheck, IconTarget } from '@tabler/icons-react';
import type { MyDay } from '@shared/api/my-day';
import { useApiMutation } from '@renderer/api/hooks';
import { Offered } from '@renderer/components/Offered';
import { StudentLink } from '@renderer/components/StudentLink';
import { todayIso } from '@renderer/components/dates';
import { formatDate, plural } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';
import { MyDayCard, MyDayRow } from './MyDayCard';

/** Active goals whose window ends within the week: a check-in is due before it closes. */
export function GoalsEndingCard({ list, advisorId, metThisWeek }: { list: MyDay['goalsEnding']; advisorId: number; metThisWeek: number }) {
  const markMet = useApiMutation('goals.markMet');
  return (
    <MyDayCard
      title="Goals ending this week"
      icon={<IconTarget size={18} />}
      total={list.total}
      shown={list.rows.length}
      more={{ to: `/students?advisor=${advisorId}&goals=active`, label: 'students with a goal running' }}
      done={`No goal ends this week — ${plural(metThisWeek, 'goal')} met this week.`}
    >
      {list.rows.map((row) => (
        <MyDayRow
          key={row.goalId}
          action={
            <Offered procedure="goals.markMet">
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconCheck size={14} />}
                loading={markMet.isPending && markMet.variables.id === row.goalId}
                onClick={() =>
                  markMet.mutate(
                    { id: row.goalId, metOn: todayIso() },
                    { onSuccess: () => notify.done(`Goal met: ${row.description}`, row.studentName), onError: notify.failure('Not saved') },
                  )
                }
                aria-label={`Mark met: ${row.description} (${row.studentName})`}
              >
                Mark met
              </Button>
            </Offered>
          }
        >
          <StudentLink row={row} section="goals" />
          <Text size="sm" lineClamp={1}>
            {row.description}
          </Text>
          <Text size="xs" c="dimmed">
            Target {row.targetCount} · {row.endsOn === todayIso() ? 'ends today' : `ends ${formatDate(row.endsOn)}`}
          </Text>
        </MyDayRow>
      ))}
    </MyDayCard>
  );
}
