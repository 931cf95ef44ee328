import { Select } from '@mantine/core';
import type { EventRow } from '@shared/api/events';
import { useApiQuery } from '@renderer/api/hooks';
import { formatDate } from '@renderer/components/format';

function options(rows: EventRow[] | undefined) {
  return (rows ?? []).map((e) => ({ value: e.id, label: `${e.title} · ${formatDate(e.startsAt)}` }));
}

/** Attendees belong to one event: upcoming ones first (sign-up lists), then past ones (check-in exports). */
export function ImportEventSelect({ value, onChange, disabled }: { value: number | null; onChange: (eventId: number | null) => void; disabled: boolean }) {
  const upcoming = useApiQuery('events.list', { when: 'upcoming', pageSize: 200 });
  const past = useApiQuery('events.list', { when: 'past', pageSize: 200 });
  const loading = upcoming.isPending || past.isPending;
  const failed = upcoming.error ?? past.error;
  const data = [
    { group: 'Upcoming', items: options(upcoming.data?.rows) },
    { group: 'Past', items: options(past.data?.rows) },
  ].filter((g) => g.items.length > 0);

  return (
    <Select<number>
      label="Event"
      description="The event these students signed up for or attended"
      placeholder={loading ? 'Loading events…' : 'Choose an event'}
      required
      searchable
      clearable
      nothingFoundMessage={loading ? 'Loading events…' : 'No event matches'}
      data={data}
      value={value}
      onChange={onChange}
      disabled={disabled}
      error={failed ? `Could not load the events: ${failed.message}` : undefined}
      maw={480}
    />
  );
}
