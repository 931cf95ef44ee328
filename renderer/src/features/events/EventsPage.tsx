import { Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { DataTable } from 'mantine-datatable';
import { useState, type ReactNode } from 'react';
import type { EventRow } from '@shared/api/events';
import { eventFormatLabels, eventKindLabels, eventKinds, eventStatuses, eventStatusLabels } from '@shared/domain';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { downloadFile } from '@renderer/components/download';
import { formatWeekdayDate } from '@renderer/components/format';
import { EmptyState } from '@renderer/components/EmptyState';
import { LinkCell } from '@renderer/components/LinkCell';
import { ListPage } from '@renderer/components/ListPage';
import { pagedListProps } from '@renderer/components/tableProps';
import { positiveInt, useUrlParams } from '@renderer/components/useUrlParams';
import { eventStatusColors as statusColors } from './eventFormat';
import { EventFormModal } from './EventFormModal';
import { EventsCalendar } from './EventsCalendar';
import { notify } from '@renderer/components/notify';
import { LabeledSegments } from '@renderer/components/LabeledSegments';
import { useMayCall } from '@renderer/app/session';

type When = 'upcoming' | 'past' | 'all';
type View = 'list' | 'calendar';

/** Events as a paged list or a month calendar; both open the event page and share "New event". */
export function EventsPage() {
  const [view, setView] = useState<View>('list');
  const [creating, setCreating] = useState(false);
  const mayCall = useMayCall();
  const controls = (
    <LabeledSegments
      label="View"
      aria-label="View"
      value={view}
      onChange={(v) => setView(v === 'calendar' ? 'calendar' : 'list')}
      data={[
        { value: 'list', label: 'List' },
        { value: 'calendar', label: 'Calendar' },
      ]}
    />
  );
  const newEvent = (
    <Group gap="xs" ml="auto">
      {mayCall('events.exportIcs') && <UpcomingCalendarButton />}
      {mayCall('events.create') && (
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          New event
        </Button>
      )}
    </Group>
  );
  return (
    <>
      {view === 'list' ? (
        <EventsList controls={controls} newEvent={newEvent} onCreate={mayCall('events.create') ? () => setCreating(true) : undefined} />
      ) : (
        <Stack gap="md">
          <Title order={1} size="h2">
            Events
          </Title>
          <Group gap="sm" align="flex-end">
            {controls}
            {newEvent}
          </Group>
          <EventsCalendar />
        </Stack>
      )}
      <EventFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function EventsList({ controls, newEvent, onCreate }: { controls: ReactNode; newEvent: ReactNode; onCreate?: () => void }) {
  // In the address, so a dashboard card can open this list as it counted it, and Back keeps it.
  const { params, update } = useUrlParams();
  const whenParam = params.get('when');
  const when: When = whenParam === 'past' || whenParam === 'all' ? whenParam : 'upcoming';
  const kind = eventKinds.find((k) => k === params.get('kind')) ?? null;
  const status = eventStatuses.find((s) => s === params.get('status')) ?? null;
  const page = positiveInt(params.get('page')) ?? 1;
  const setPage = (next: number) => update({ page: String(next) }, false);
  const events = useApiQuery('events.list', {
    when,
    kind: kind ?? undefined,
    status: status ?? undefined,
    page,
    pageSize: 50,
  });

  return (
    <ListPage
      title="Events"
      noun="event"
      list={events}
      filters={
        <>
          {controls}
          <LabeledSegments
            label="Show"
            aria-label="Show events"
            value={when}
            onChange={(v) => update({ when: v === 'past' || v === 'all' ? v : null })}
            data={[
              { value: 'upcoming', label: 'Upcoming' },
              { value: 'past', label: 'Past' },
              { value: 'all', label: 'All' },
            ]}
          />
          <Select
            label="Kind"
            placeholder="Any kind"
            clearable
            data={eventKinds.map((k) => ({ value: k, label: eventKindLabels[k] }))}
            value={kind}
            onChange={(v) => update({ kind: v })}
            w={200}
          />
          <Select
            label="Status"
            placeholder="Any status"
            clearable
            data={eventStatuses.map((value) => ({ value, label: eventStatusLabels[value] }))}
            value={status}
            onChange={(v) => update({ status: v })}
            w={160}
          />
          {newEvent}
        </>
      }
      empty={
        <EmptyState
          icon={<IconCalendarEvent size={24} />}
          title={when === 'upcoming' ? 'No upcoming events' : 'No events match'}
          action={onCreate && <Button onClick={onCreate}>Plan an event</Button>}
        >
          Career fairs, info sessions, mixers and workshops the office runs or recommends appear here.
        </EmptyState>
      }
    >
      <DataTable<EventRow>
        aria-label="Events"
        {...pagedListProps(events, page, setPage)}
        columns={[
          {
            accessor: 'startsAt',
            title: 'When',
            render: (r) => (
              <div>
                <Text size="sm">{formatWeekdayDate(r.startsAt)}</Text>
                <Text size="xs" c="dimmed">
                  {dayjs(r.startsAt).format('HH:mm')}–{dayjs(r.endsAt).format('HH:mm')}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'title',
            title: 'Event',
            render: (r) => (
              <LinkCell
                to={`/events/${r.id}`}
                strong
                meta={`${eventKindLabels[r.kind]} · ${eventFormatLabels[r.format]}${r.location ? ` · ${r.location}` : ''}`}
              >
                {r.title}
              </LinkCell>
            ),
          },
          {
            accessor: 'status',
            title: 'Status',
            render: (r) => (
              <Badge size="sm" variant="light" color={statusColors[r.status]}>
                {eventStatusLabels[r.status]}
              </Badge>
            ),
          },
          { accessor: 'invited', title: 'Invited', textAlign: 'right' },
          {
            accessor: 'registered',
            title: 'Registered',
            textAlign: 'right',
            render: (r) => (r.capacity ? `${r.registered} / ${r.capacity}` : r.registered),
          },
          {
            accessor: 'checkedIn',
            title: 'Checked in',
            textAlign: 'right',
            render: (r) => (dayjs(r.startsAt).isAfter(dayjs()) ? '—' : r.checkedIn),
          },
        ]}
      />
    </ListPage>
  );
}

/** All upcoming events as one calendar file, to import into Outlook or Google Calendar. */
function UpcomingCalendarButton() {
  const exportIcs = useApiMutation('events.exportIcs');
  return (
    <Button
      variant="default"
      leftSection={<IconCalendarDown size={16} />}
      loading={exportIcs.isPending}
      onClick={() =>
        exportIcs.mutate(
          {},
          {
            onSuccess: (file) => downloadFile(file),
            onError: notify.failure('Not exported'),
          },
        )
      }
    >
      Upcoming (.ics)
    </Button>
  );
}
