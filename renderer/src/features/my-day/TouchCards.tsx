import { Text } from '@mantine/core';
import { IconHourglassLow, IconUsersGroup } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { MyDay } from '@shared/api/my-day';
import { interactionKindLabels, relationshipKindLabels } from '@shared/domain';
import { StudentLink } from '@renderer/components/StudentLink';
import { formatDate, plural } from '@renderer/components/format';
import { LogInteractionMenu } from '@renderer/features/connections/LogInteractionMenu';
import { studentPath } from '@renderer/features/students/studentSections';
import { MyDayCard, MyDayRow } from './MyDayCard';

/** Log ▾ with the kind chosen; "Log with details…" opens the student's connections, where the full form is. */
function LogMenu({ row }: { row: { connectionId: number; contactName: string; studentId: number } }) {
  const navigate = useNavigate();
  return (
    <LogInteractionMenu
      connection={{ id: row.connectionId, contactName: row.contactName, studentId: row.studentId }}
      onDetails={() => void navigate(studentPath(row.studentId, 'connections'))}
    />
  );
}

/** Connections losing touch (stale: past the keep-in-touch maximum), the most overdue first; cooling ones are counted apart. */
export function LosingTouchCard({ list, advisorId, touchesThisWeek }: { list: MyDay['losingTouch']; advisorId: number; touchesThisWeek: number }) {
  return (
    <MyDayCard
      title="Losing touch"
      icon={<IconHourglassLow size={18} />}
      total={list.total}
      shown={list.rows.length}
      more={{ to: `/losing-touch?advisor=${advisorId}&state=stale`, label: 'all stale connections' }}
      done={`No connection is stale — ${plural(touchesThisWeek, 'touchpoint')} logged this week.`}
    >
      <Text size="xs" c="dimmed" mb={4}>
        Stale: past the keep-in-touch maximum. {plural(list.cooling, 'more connection')} {list.cooling === 1 ? 'is' : 'are'} cooling (past the ideal window
        only).
      </Text>
      {list.rows.map((row) => (
        <MyDayRow key={row.connectionId} action={<LogMenu row={row} />}>
          <StudentLink row={row} section="connections" />
          <Text size="xs" c="dimmed" lineClamp={1}>
            {row.contactName} · {relationshipKindLabels[row.relationship]} · last contact {formatDate(row.lastTouchOn)}
          </Text>
          <Text size="sm" lineClamp={1}>
            {plural(row.overdueDays, 'day')} overdue · suggested: {interactionKindLabels[row.suggestedKind]}
          </Text>
        </MyDayRow>
      ))}
    </MyDayCard>
  );
}

/** People met at an event in the last two weeks with no thank-you or LinkedIn connection since. */
export function FollowUpsCard({ list, followUpsThisWeek }: { list: MyDay['followUps']; followUpsThisWeek: number }) {
  return (
    <MyDayCard
      title="Follow-ups after events"
      icon={<IconUsersGroup size={18} />}
      total={list.total}
      shown={list.rows.length}
      more="each event's page lists its follow-ups"
      done={`Nothing owed — ${plural(followUpsThisWeek, 'follow-up')} sent this week.`}
    >
      {list.rows.map((row) => (
        <MyDayRow key={`${row.connectionId}-${row.eventId}`} action={<LogMenu row={row} />}>
          <StudentLink row={row} section="connections" />
          <Text size="sm" lineClamp={1}>
            Met {row.contactName} at {row.eventTitle}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDate(row.metOn)} · no thank-you or LinkedIn connection yet
          </Text>
        </MyDayRow>
      ))}
    </MyDayCard>
  );
}
