import type { ReactNode } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';

/** The house's "Export ▾" button: one menu of files, the button waiting while one is being written. */
export function ExportFilesMenu({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <Menu position="bottom-end" withinPortal disabled={busy}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={busy}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}
