import { Select, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { Attendee } from '@shared/api/events';
import { rsvpStatusLabels, rsvpStatuses, type RsvpStatus } from '@shared/domain';
import { useApiMutation } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';

const options = rsvpStatuses.map((r) => ({ value: r, label: rsvpStatusLabels[r] }));

/** An attendee's RSVP, changed in place; the core enforces capacity and says what it did (waitlist, promotion). */
export function RsvpSelect({ attendee }: { attendee: Attendee }) {
  const setRsvp = useApiMutation('attendance.setRsvp');

  const apply = (rsvp: RsvpStatus) =>
    setRsvp.mutate(
      { attendanceId: attendee.attendanceId, rsvp },
      {
        onSuccess: ({ attendee: saved, note }) =>
          note
            ? notify.info(note, `${saved.studentName}: ${rsvpStatusLabels[saved.rsvp]}`)
            : notify.done('RSVP saved.', `${saved.studentName}: ${rsvpStatusLabels[saved.rsvp]}`),
        onError: notify.failure('RSVP not changed'),
      },
    );

  const onChange = (value: string | null) => {
    const rsvp = rsvpStatuses.find((r) => r === value);
    if (!rsvp || rsvp === attendee.rsvp) return;
    // Giving up a registered place can hand it to the next person on the waitlist; make that a deliberate act.
    if (attendee.rsvp === 'registered' && rsvp !== 'registered') {
      modals.openConfirmModal({
        title: `Release ${attendee.studentName}'s place?`,
        children: <Text size="sm">Their place is freed, and the first student on the waitlist (if any) is registered in their stead.</Text>,
        labels: { confirm: `Mark ${rsvpStatusLabels[rsvp].toLowerCase()}`, cancel: 'Keep registered' },
        confirmProps: { color: 'red' },
        onConfirm: () => apply(rsvp),
      });
    } else apply(rsvp);
  };

  return (
    <Select
      aria-label={`RSVP for ${attendee.studentName}`}
      size="xs"
      w={140}
      data={options}
      value={attendee.rsvp}
      allowDeselect={false}
      disabled={setRsvp.isPending}
      onChange={onChange}
    />
  );
}
