import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The foot of a settings form: Discard puts the saved values back, then the form's own Save button; both wait
 * for a change. `aside` (add a row, reset to defaults) sits at the other end.
 */
export function SettingsActions({ changed, onDiscard, aside, children }: { changed: boolean; onDiscard: () => void; aside?: ReactNode; children: ReactNode }) {
  return (
    <Group justify={aside ? 'space-between' : 'flex-end'}>
      {aside}
      <Group gap="xs">
        <Button variant="default" disabled={!changed} onClick={onDiscard}>
          Discard changes
        </Button>
        {children}
      </Group>
    </Group>
  );
}
