import { IconCalendarQuestion } from '@tabler/icons-react';

/** What the event page and the check-in page say when the address names no event. */
export const missingEvent = {
  icon: <IconCalendarQuestion size={24} />,
  title: 'No such event',
  message: 'The address does not point to an event; it may have been deleted.',
  back: { to: '/events', label: 'Back to events' },
};
