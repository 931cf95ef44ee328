import { Stack, Table } from '@mantine/core';
import { useState } from 'react';
import type { KeepInTouchWindow } from '@shared/api/keep-in-touch';
import { relationshipKindLabels } from '@shared/domain';
import { CountInput } from '@renderer/components/CountInput';
import { useApiQuery } from '@renderer/api/hooks';
import { SaveButton } from '@renderer/components/SaveButton';
import { SettingsActions } from './SettingsActions';
import { SettingsCard } from './SettingsCard';
import { useUnsavedChanges } from '@renderer/components/unsavedChanges';

/** Ideal and maximum days between touches, per relationship; the cadence everywhere follows these. */
export function KeepInTouchCard() {
  const windows = useApiQuery('keepInTouch.windows', {});
  return (
    <SettingsCard
      title="Keep-in-touch windows"
      description="Past the ideal window a connection is cooling; past the maximum it is stale. Any logged interaction restarts the clock."
      query={windows}
    >
      {(saved) => <WindowsForm saved={saved} />}
    </SettingsCard>
  );
}

function WindowsForm({ saved }: { saved: KeepInTouchWindow[] }) {
  const [rows, setRows] = useState(saved);
  useUnsavedChanges(() => JSON.stringify(rows) !== JSON.stringify(saved));
  const errorOf = (w: KeepInTouchWindow) =>
    !Number.isInteger(w.idealDays) || w.idealDays < 1 ? 'At least 1 day' : w.maxDays < w.idealDays ? 'Must be at least the ideal window' : null;
  const invalid = rows.some((w) => errorOf(w) !== null);
  const changed = JSON.stringify(rows) !== JSON.stringify(saved);
  const set = (index: number, patch: Partial<KeepInTouchWindow>) => setRows((all) => all.map((w, i) => (i === index ? { ...w, ...patch } : w)));

  return (
    <Stack gap="sm">
      <Table aria-label="Keep-in-touch windows" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Relationship</Table.Th>
            <Table.Th>Ideal (days)</Table.Th>
            <Table.Th>Stale after (days)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((w, index) =>
            // Family and friends are outside the professional rhythm: their window changes nothing.
            w.relationship === 'personal' ? null : (
              <Table.Tr key={w.relationship}>
                <Table.Td>{relationshipKindLabels[w.relationship]}</Table.Td>
                <Table.Td>
                  <CountInput
                    aria-label={`Ideal days for ${relationshipKindLabels[w.relationship]}`}
                    min={1}
                    max={3650}
                    value={w.idealDays}
                    onChange={(v) => set(index, { idealDays: typeof v === 'number' ? v : 0 })}
                    w={110}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <CountInput
                    aria-label={`Stale after days for ${relationshipKindLabels[w.relationship]}`}
                    min={1}
                    max={3650}
                    value={w.maxDays}
                    onChange={(v) => set(index, { maxDays: typeof v === 'number' ? v : 0 })}
                    error={errorOf(w)}
                    w={180}
                    size="xs"
                  />
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      <SettingsActions changed={changed} onDiscard={() => setRows(saved)}>
        <SaveButton procedure="keepInTouch.updateWindows" input={{ windows: rows }} savedMessage="Keep-in-touch windows saved." disabled={!changed || invalid}>
          Save windows
        </SaveButton>
      </SettingsActions>
    </Stack>
  );
}
