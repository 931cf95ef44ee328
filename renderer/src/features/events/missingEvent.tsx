import { IconCalendarQuestion } from '@tabler/icons-react';
import type { MissingRecord } from '@renderer/components/RecordPage';

/** What the event page and the check-in page say when the address names no event. */
export const missingEvent: MissingRecord = {
  icon: <IconCalendarQuestion size={24} />,
  what: 'event',
  list: 'events',
  message: 'The address does not point to an event; it may have been deleted.',
};
