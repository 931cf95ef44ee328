import { ActionIcon, Badge, Box, Button, Card, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProcedureOutput } from '@shared/api/contract';
import { useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { eventStatusColors } from './eventFormat';

type CalendarEvent = ProcedureOutput<'events.calendar'>[number];

// Weeks start on Monday, as university timetables do.
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The days to draw for a month: whole weeks, Monday to Sunday, so the grid never has ragged rows. */
function monthDays(month: Dayjs): Dayjs[] {
  const first = month.startOf('month');
  const start = first.subtract((first.day() + 6) % 7, 'day');
  const last = month.endOf('month');
  const end = last.add((7 - last.day()) % 7, 'day');
  const days: Dayjs[] = [];
  for (let d = start; !d.isAfter(end, 'day'); d = d.add(1, 'day')) days.push(d);
  return days;
}

/** A month grid of events; each chip opens its event. */
export function EventsCalendar() {
  const [month, setMonth] = useState(() => dayjs().startOf('month'));
  const calendar = useApiQuery('events.calendar', { month: month.format('YYYY-MM') });
  const today = dayjs();
  const days = monthDays(month);

  const byDay = new Map<string, CalendarEvent[]>();
  for (const e of calendar.data ?? []) {
    const key = dayjs(e.startsAt).format('YYYY-MM-DD');
    byDay.set(key, [...(byDay.get(key) ?? []), e]);
  }

  return (
    <Card withBorder padding="md" component="section" aria-label="Event calendar">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <ActionIcon variant="default" aria-label="Previous month" onClick={() => setMonth(month.subtract(1, 'month'))}>
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Title order={2} size="h3" aria-live="polite" miw={180} ta="center">
            {month.format('MMMM YYYY')}
          </Title>
          <ActionIcon variant="default" aria-label="Next month" onClick={() => setMonth(month.add(1, 'month'))}>
            <IconChevronRight size={16} />
          </ActionIcon>
        </Group>
        <Button variant="subtle" size="xs" disabled={month.isSame(today, 'month')} onClick={() => setMonth(today.startOf('month'))}>
          This month
        </Button>
      </Group>
      {calendar.isError ? (
        <ErrorNotice error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={7} spacing={4} mb={4}>
            {weekdays.map((w) => (
              <Text key={w} size="xs" fw={600} c="dimmed" ta="center">
                {w}
              </Text>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={7} spacing={4}>
            {days.map((day) => (
              <DayCell
                key={day.format('YYYY-MM-DD')}
                day={day}
                inMonth={day.isSame(month, 'month')}
                isToday={day.isSame(today, 'day')}
                events={byDay.get(day.format('YYYY-MM-DD')) ?? []}
                loading={calendar.isLoading}
              />
            ))}
          </SimpleGrid>
          {!calendar.isLoading && calendar.data?.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" mt="sm">
              No events in {month.format('MMMM YYYY')}. Use “New event” to plan one, or move to another month.
            </Text>
          )}
        </>
      )}
    </Card>
  );
}

function DayCell({ day, inMonth, isToday, events, loading }: { day: Dayjs; inMonth: boolean; isToday: boolean; events: CalendarEvent[]; loading: boolean }) {
  return (
    <Paper
      withBorder
      p={4}
      mih={96}
      bg={isToday ? 'var(--mantine-color-indigo-light)' : undefined}
      style={{ opacity: inMonth ? 1 : 0.5, borderColor: isToday ? 'var(--mantine-color-indigo-filled)' : undefined }}
      aria-label={`${day.format('dddd D MMMM YYYY')}${isToday ? ', today' : ''}`}
      aria-current={isToday ? 'date' : undefined}
    >
      <Text size="xs" fw={isToday ? 700 : 500} c={isToday ? 'indigo' : undefined}>
        {day.date()}
      </Text>
      <Stack gap={2} mt={2}>
        {loading && inMonth ? <Skeleton h={10} w="60%" /> : events.map((e) => <EventChip key={e.id} event={e} />)}
      </Stack>
    </Paper>
  );
}

function EventChip({ event }: { event: CalendarEvent }) {
  const seats = event.capacity === null ? `${event.registered} registered` : `${event.registered}/${event.capacity}`;
  return (
    <UnstyledButton
      component={Link}
      to={`/events/${event.id}`}
      aria-label={`${event.title}, ${dayjs(event.startsAt).format('HH:mm')}, ${seats}`}
      style={{ display: 'block', borderRadius: 4, overflow: 'hidden' }}
    >
      <Box px={4} py={2} bg={`var(--mantine-color-${eventStatusColors[event.status]}-light)`}>
        <Text size="xs" fw={600} truncate td={event.status === 'cancelled' ? 'line-through' : undefined}>
          {event.title}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {dayjs(event.startsAt).format('HH:mm')}
          </Text>
          <Badge size="xs" variant="transparent" px={0}>
            {seats}
          </Badge>
        </Group>
      </Box>
    </UnstyledButton>
  );
}
