import { Button, Menu } from '@mantine/core';
import { IconCalendarDown, IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import type { ExportedFile } from '@shared/api/events';
import { useApiMutation } from '@renderer/api/hooks';
import { downloadFile } from '@renderer/components/download';
import { notify } from '@renderer/components/notify';

/** "Export" for one event: its calendar file, the attendee list (CSV / Excel) and the printable check-in sheet. */
export function ExportMenu({ eventId }: { eventId: number }) {
  const ics = useApiMutation('events.exportIcs');
  const attendees = useApiMutation('events.exportAttendees');
  const sheet = useApiMutation('events.checkInSheet');
  const busy = ics.isPending || attendees.isPending || sheet.isPending;

  const handlers = {
    onSuccess: (file: ExportedFile) => {
      downloadFile(file);
      notify.done(`Saved ${file.fileName}.`);
    },
    onError: notify.failure('Export failed'),
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={busy}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconCalendarDown size={16} />} onClick={() => ics.mutate({ eventId }, handlers)}>
          Calendar file (.ics)
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => attendees.mutate({ eventId, format: 'csv' }, handlers)}>
          Attendees (CSV)
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => attendees.mutate({ eventId, format: 'xlsx' }, handlers)}>
          Attendees (Excel)
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => sheet.mutate({ eventId }, handlers)}>
          Check-in sheet (PDF)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
