import { Button } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The small grey button that opens and closes a section below it (the goal ladder, the readiness checklist). */
export function DisclosureButton({ open, controls, onClick, children }: { open: boolean; controls: string; onClick: () => void; children: ReactNode }) {
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      color="gray"
      leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}
