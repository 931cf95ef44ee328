import { Menu, Text } from '@mantine/core';
import { IconCalendarDown, IconFileSpreadsheet, IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import type { ExportedFile } from '@shared/api/events';
import { useApiMutation } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { downloadFile } from '@renderer/components/download';
import { ExportFilesMenu } from '@renderer/components/ExportFilesMenu';
import { notify } from '@renderer/components/notify';

/**
 * "Export" for one event: its calendar file, the attendee list (CSV / Excel) and the printable check-in sheet.
 * A draft's calendar file is shown but disabled, with the reason: it is made to be sent out (the core refuses it too).
 */
export function ExportMenu({ eventId, draft }: { eventId: number; draft: boolean }) {
  const ics = useApiMutation('events.exportIcs');
  const attendees = useApiMutation('events.exportAttendees');
  const sheet = useApiMutation('events.checkInSheet');
  const busy = ics.isPending || attendees.isPending || sheet.isPending;
  // Each file is offered to the roles its procedure's rule allows (no exports for a front desk or a viewer).
  const mayCall = useMayCall();
  const offered = { ics: mayCall('events.exportIcs'), attendees: mayCall('events.exportAttendees'), sheet: mayCall('events.checkInSheet') };

  const handlers = {
    // The attendee files and the sheet say what they left out (students under a confidentiality hold).
    // An empty list is still saved (a sheet to fill in by hand), but the advisor hears that no one is on it.
    onSuccess: (file: ExportedFile & { rows?: number; withheld?: number; warnings?: readonly string[] }) => {
      downloadFile(file);
      const empty = file.rows === 0 && !file.withheld;
      notify.saved(file, empty ? 'No student is invited or registered yet, so it lists no one.' : undefined);
    },
    onError: notify.failure('Export failed'),
  };

  if (!offered.ics && !offered.attendees && !offered.sheet) return null;
  return (
    <ExportFilesMenu busy={busy}>
      {offered.ics && (
        <Menu.Item leftSection={<IconCalendarDown size={16} />} disabled={draft} onClick={() => ics.mutate({ eventId }, handlers)}>
          Calendar file (.ics)
          {draft && (
            <Text size="xs" c="dimmed">
              Not for drafts: schedule the event first.
            </Text>
          )}
        </Menu.Item>
      )}
      {offered.attendees && (
        <>
          <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => attendees.mutate({ eventId, format: 'csv' }, handlers)}>
            Attendees (CSV)
          </Menu.Item>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => attendees.mutate({ eventId, format: 'xlsx' }, handlers)}>
            Attendees (Excel)
          </Menu.Item>
        </>
      )}
      {offered.sheet && (
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => sheet.mutate({ eventId }, handlers)}>
          Check-in sheet (PDF)
        </Menu.Item>
      )}
    </ExportFilesMenu>
  );
}
