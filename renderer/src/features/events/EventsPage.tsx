import { Badge, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import type { EventRow } from '../../../../shared/api/directory';
import { eventFormatLabels, eventKindLabels, eventKinds, eventStatusLabels, type EventStatus } from '../../../../shared/domain';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ListPage } from '../../components/ListPage';
import { pagedTableProps } from '../../components/tableProps';

const statusColors: Record<EventStatus, string> = { draft: 'gray', scheduled: 'indigo', done: 'teal', cancelled: 'red' };
type When = 'upcoming' | 'past' | 'all';

export function EventsPage() {
  const [when, setWhen] = useState<When>('upcoming');
  const [kind, setKind] = useState<(typeof eventKinds)[number] | null>(null);
  const [page, setPage] = useState(1);
  const events = useApiQuery('events.list', { when, kind: kind ?? undefined, page, pageSize: 50 });
  if (events.isError) return <ErrorNotice error={events.error} onRetry={() => void events.refetch()} />;
  const total = events.data?.total;

  return (
    <ListPage
      title="Events"
      noun="event"
      total={total}
      filters={
        <>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Show
            </Text>
            <SegmentedControl
              aria-label="Show events"
              value={when}
              onChange={(v) => { setWhen(v === 'past' || v === 'all' ? v : 'upcoming'); setPage(1); }}
              data={[{ value: 'upcoming', label: 'Upcoming' }, { value: 'past', label: 'Past' }, { value: 'all', label: 'All' }]}
            />
          </Stack>
          <Select
            label="Kind"
            placeholder="Any kind"
            clearable
            data={eventKinds.map((k) => ({ value: k, label: eventKindLabels[k] }))}
            value={kind}
            onChange={(v) => { setKind(eventKinds.find((k) => k === v) ?? null); setPage(1); }}
            w={200}
          />
        </>
      }
      empty={
        total === 0 ? (
          <EmptyState icon={<IconCalendarEvent size={24} />} title={when === 'upcoming' ? 'No upcoming events' : 'No events match'}>
            Career fairs, info sessions, mixers and workshops the office runs or recommends appear here.
          </EmptyState>
        ) : null
      }
    >
      <DataTable<EventRow>
        aria-label="Events"
        {...pagedTableProps({ total: total ?? 0, page, onPageChange: setPage, fetching: events.isFetching })}
        records={events.data?.rows ?? []}
        columns={[
          {
            accessor: 'startsAt',
            title: 'When',
            render: (r) => (
              <div>
                <Text size="sm">{dayjs(r.startsAt).format('ddd D MMM YYYY')}</Text>
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
              <div>
                <Text size="sm" fw={500}>
                  {r.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {eventKindLabels[r.kind]} · {eventFormatLabels[r.format]}
                  {r.location ? ` · ${r.location}` : ''}
                </Text>
              </div>
            ),
          },
          { accessor: 'status', title: 'Status', render: (r) => <Badge size="sm" variant="light" color={statusColors[r.status]}>{eventStatusLabels[r.status]}</Badge> },
          { accessor: 'invited', title: 'Invited', textAlign: 'right' },
          { accessor: 'registered', title: 'Registered', textAlign: 'right', render: (r) => (r.capacity ? `${r.registered} / ${r.capacity}` : r.registered) },
          { accessor: 'checkedIn', title: 'Checked in', textAlign: 'right', render: (r) => (dayjs(r.startsAt).isAfter(dayjs()) ? '—' : r.checkedIn) },
        ]}
      />
    </ListPage>
  );
}
