import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProcedureOutput } from '@shared/api/contract';
import { relationshipKindLabels } from '@shared/domain';
import { StudentLink } from '@renderer/components/StudentLink';
import { todayIso } from '@renderer/components/dates';
import { formatCount, formatDate, formatDateTime, plural } from '@renderer/components/format';
import { staleConnectionsLink, type DashboardFilter } from './dashboardFilter';

type Today = ProcedureOutput<'dashboard.office'>['today'];

/** Rows per column: the card is a glance, each list has its own page. */
const shown = 5;

function Column({ title, count, children, footer }: { title: string; count: number; children: ReactNode; footer?: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Badge variant="light" color={count > 0 ? 'orange' : 'gray'} size="sm">
          {formatCount(count)}
        </Badge>
      </Group>
      {children}
      {footer}
    </Stack>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

/** What needs the advisor today: wrap-ups due, the most overdue connections, this week's events. */
export const TodayCard = memo(function TodayCard({ today, losingTouch, filter }: { today: Today; losingTouch: number; filter: DashboardFilter }) {
  const now = todayIso();
  const { wrapUpsDue, mostOverdue, eventsThisWeek } = today;
  return (
    <Card withBorder padding="lg" radius="md" h="100%">
      <Title order={2} size="h4">
        Today
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        What needs attention for the students in this view
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <Column
          title="Wrap-ups due"
          count={wrapUpsDue.total}
          footer={
            wrapUpsDue.total > wrapUpsDue.rows.length && (
              <Text size="xs" c="dimmed">
                and {formatCount(wrapUpsDue.total - wrapUpsDue.rows.length)} more: each student’s page lists theirs
              </Text>
            )
          }
        >
          {wrapUpsDue.rows.length === 0 ? (
            <Empty>No internship wrap-ups are open.</Empty>
          ) : (
            wrapUpsDue.rows.map((row) => (
              <div key={row.placementId}>
                <StudentLink row={row} />
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {row.role}, {row.employerName}
                </Text>
                <Text size="xs">
                  {row.endOn < now ? 'Ended' : 'Ends'} {formatDate(row.endOn)} ·{' '}
                  {row.supporters === 0 ? 'no supporters recorded' : `${row.supportersOpen} of ${plural(row.supporters, 'supporter')} to thank`}
                </Text>
              </div>
            ))
          )}
        </Column>
        <Column
          title="Losing touch"
          count={losingTouch}
          footer={
            losingTouch > 0 && (
              <Anchor component={Link} to={staleConnectionsLink(filter)} size="xs">
                All {formatCount(losingTouch)} connections losing touch
              </Anchor>
            )
          }
        >
          {mostOverdue.length === 0 ? (
            <Empty>Everyone is in touch.</Empty>
          ) : (
            mostOverdue.map((row) => (
              <div key={row.connectionId}>
                <StudentLink row={row} section="connections" />
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {row.contactName} · {relationshipKindLabels[row.relationship]}
                </Text>
                <Text size="xs">
                  Last contact {formatDate(row.lastTouchOn)} · {plural(row.overdueDays, 'day')} overdue
                </Text>
              </div>
            ))
          )}
        </Column>
        <Column
          title="Events this week"
          count={eventsThisWeek.length}
          footer={
            <Anchor component={Link} to="/events?status=scheduled" size="xs">
              {eventsThisWeek.length > shown ? `${eventsThisWeek.length - shown} more this week: all upcoming events` : 'All upcoming events'}
            </Anchor>
          }
        >
          {eventsThisWeek.length === 0 ? (
            <Empty>No events in the next 7 days.</Empty>
          ) : (
            eventsThisWeek.slice(0, shown).map((event) => (
              <div key={event.eventId}>
                <Anchor component={Link} to={`/events/${event.eventId}`} size="sm" fw={500} lineClamp={1}>
                  {event.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.startsAt, { weekday: true })}
                </Text>
                <Text size="xs">
                  {formatCount(event.registered)} registered of {formatCount(event.invited)} invited
                  {event.capacity === null ? '' : ` · ${formatCount(event.capacity)} places`}
                </Text>
              </div>
            ))
          )}
        </Column>
      </SimpleGrid>
    </Card>
  );
});
