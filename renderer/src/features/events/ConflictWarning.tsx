import { Alert, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useApiQuery } from '@renderer/api/hooks';
import { formatEventRange } from './eventFormat';
import { isValidRange, localInputToInstant } from './eventFormValues';

/**
 * Overlapping events for the times being typed. A clash is a warning, not a refusal: offices often run
 * a workshop during a fair on purpose, so saving stays possible.
 */
export function ConflictWarning({ startsAt, endsAt, exceptId }: { startsAt: string; endsAt: string; exceptId?: number }) {
  // Wait for the typing to settle so each keystroke in a date field does not ask the core.
  const [range] = useDebouncedValue({ startsAt, endsAt }, 300);
  const startsAtInstant = localInputToInstant(range.startsAt);
  const endsAtInstant = localInputToInstant(range.endsAt);
  const valid = startsAtInstant !== null && endsAtInstant !== null && isValidRange(range.startsAt, range.endsAt);
  const conflicts = useApiQuery('events.conflicts', { startsAt: startsAtInstant ?? '', endsAt: endsAtInstant ?? '', exceptId }, { enabled: valid });
  const rows = valid ? (conflicts.data ?? []) : [];
  if (rows.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={rows.length === 1 ? 'Overlaps another event' : `Overlaps ${rows.length} other events`}>
      <List size="sm" spacing={2}>
        {rows.map((e) => (
          <List.Item key={e.id}>
            {/* Plain text, not a link: following it would throw away the form being filled in. */}
            <Text span fw={500} size="sm">
              {e.title}
            </Text>{' '}
            · {formatEventRange(e.startsAt, e.endsAt)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
