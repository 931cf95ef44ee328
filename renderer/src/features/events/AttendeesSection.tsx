import { Badge, Button, Group, Menu, Select, Text } from '@mantine/core';
import { IconDots, IconMessages, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import type { Attendee } from '@shared/api/events';
import { goalStatusLabels, rsvpStatusLabels, rsvpStatuses, type RsvpStatus } from '@shared/domain';
import { StudentLink } from '@renderer/components/StudentLink';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { SearchInput } from '@renderer/components/SearchInput';
import { pagedTableProps } from '@renderer/components/tableProps';
import { SectionCard } from '@renderer/components/SectionCard';
import { formatCheckInTime, goalStatusColors } from './eventFormat';
import { useMayCall } from '@renderer/app/session';
import { LogMeetingModal } from './LogMeetingModal';
import { PairBuddyModal } from './PairBuddyModal';
import { RsvpSelect } from './RsvpSelect';

const pageSize = 50;

/** Everyone invited, paged in the core (a fair may have hundreds), with RSVP, check-in, buddy and goal. */
export function AttendeesSection({ eventId, started }: { eventId: number; started: boolean }) {
  const [rsvp, setRsvp] = useState<RsvpStatus | null>(null);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [pairing, setPairing] = useState<Attendee | null>(null);
  const [logging, setLogging] = useState<Attendee | null>(null);
  const attendees = useApiQuery('events.attendees', {
    eventId,
    rsvp: rsvp ?? undefined,
    search: search === '' ? undefined : search,
    page,
    pageSize,
  });
  const total = attendees.data?.total;
  // Pairing and logging change students' records: not offered to a front desk.
  const mayAct = useMayCall()('attendance.pairBuddies');
  const filtered = rsvp !== null || search !== '';

  return (
    <SectionCard title={total === undefined ? 'Attendees' : `Attendees (${total})`}>
      <Group gap="sm" align="flex-end" mb="sm">
        <SearchInput
          label="Search attendees"
          placeholder="Name or student ID"
          onSearch={(v) => {
            setSearch(v);
            setPage(1);
          }}
        />
        <Select
          label="RSVP"
          placeholder="Any RSVP"
          clearable
          data={rsvpStatuses.map((r) => ({ value: r, label: rsvpStatusLabels[r] }))}
          value={rsvp}
          onChange={(v) => {
            setRsvp(rsvpStatuses.find((r) => r === v) ?? null);
            setPage(1);
          }}
          w={180}
        />
      </Group>
      {attendees.isError ? (
        <ErrorNotice error={attendees.error} onRetry={() => void attendees.refetch()} />
      ) : total === 0 ? (
        <EmptyState icon={<IconUsers size={24} />} title={filtered ? 'No attendee matches' : 'Nobody invited yet'}>
          {filtered
            ? 'Clear the search or the RSVP filter to see everyone.'
            : 'Use “Invite by filter”, invite a student by name, or pick from the suggestions above.'}
        </EmptyState>
      ) : (
        <DataTable<Attendee>
          aria-label="Attendees"
          idAccessor="attendanceId"
          {...pagedTableProps({
            total: total ?? 0,
            page,
            onPageChange: setPage,
            fetching: attendees.isFetching,
            pageSize,
          })}
          records={attendees.data?.rows ?? []}
          columns={[
            {
              accessor: 'studentName',
              title: 'Student',
              render: (a) => (
                <div>
                  <StudentLink row={a} section="goals" />
                  <Text size="xs" c="dimmed">
                    {[a.externalId, a.program, a.classYear].filter((x) => x !== null && x !== '').join(' · ') || '—'}
                  </Text>
                </div>
              ),
            },
            { accessor: 'rsvp', title: 'RSVP', render: (a) => <RsvpSelect attendee={a} /> },
            {
              accessor: 'waitlistPosition',
              title: 'Waitlist',
              textAlign: 'right',
              render: (a) => (a.waitlistPosition === null ? '—' : `#${a.waitlistPosition}`),
            },
            {
              accessor: 'checkedInAt',
              title: 'Checked in',
              // A walk-in was added at the door, not invited: said in words beside the time.
              render: (a) => (a.checkedInAt ? `${formatCheckInTime(a.checkedInAt)}${a.walkIn ? ' (walk-in)' : ''}` : '—'),
            },
            { accessor: 'buddyName', title: 'Buddy', render: (a) => a.buddyName ?? '—' },
            {
              accessor: 'goalDescription',
              title: 'Goal',
              render: (a) =>
                a.goalDescription ? (
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" lineClamp={2}>
                      {a.goalDescription}
                    </Text>
                    {a.goalStatus && (
                      <Badge size="sm" variant="light" color={goalStatusColors[a.goalStatus]} style={{ flexShrink: 0 }}>
                        {goalStatusLabels[a.goalStatus]}
                      </Badge>
                    )}
                  </Group>
                ) : (
                  '—'
                ),
            },
            {
              accessor: 'actions',
              title: 'Actions',
              textAlign: 'right',
              render: (a) =>
                mayAct && (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button size="xs" variant="subtle" rightSection={<IconDots size={14} />} aria-label={`Actions for ${a.studentName}`}>
                        Actions
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconUsersGroup size={16} />} onClick={() => setPairing(a)}>
                        Pair with…
                      </Menu.Item>
                      {/* Meetings are logged once the event has begun (the core refuses them before). */}
                      {started && (
                        <Menu.Item leftSection={<IconMessages size={16} />} onClick={() => setLogging(a)}>
                          Log meeting
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                ),
            },
          ]}
        />
      )}
      <PairBuddyModal eventId={eventId} attendee={pairing} onClose={() => setPairing(null)} />
      <LogMeetingModal eventId={eventId} attendee={logging} onClose={() => setLogging(null)} />
    </SectionCard>
  );
}
