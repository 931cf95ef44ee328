import { Group, Radio, Stack } from '@mantine/core';
import { importKindLabels, importKinds, type ImportKind } from '@shared/api/imports';
import { ImportEventSelect } from './ImportEventSelect';

const kindHints: Record<ImportKind, string> = {
  students: 'A roster from the student information system or Handshake',
  contacts: 'Employer contacts: recruiters, supervisors, alumni',
  attendees: 'Sign-ups or check-ins for one event',
};

function isKind(value: string): value is ImportKind {
  return importKinds.some((k) => k === value);
}

export function WhatStep({
  kind,
  onKindChange,
  eventId,
  onEventChange,
  disabled,
}: {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  eventId: number | null;
  onEventChange: (eventId: number | null) => void;
  disabled: boolean;
}) {
  return (
    <Stack gap="md">
      <Radio.Group label="What are you importing?" value={kind} onChange={(v) => isKind(v) && onKindChange(v)}>
        <Group gap="xl" mt="xs" align="flex-start">
          {importKinds.map((k) => (
            <Radio key={k} value={k} label={importKindLabels[k]} description={kindHints[k]} disabled={disabled} />
          ))}
        </Group>
      </Radio.Group>
      {kind === 'attendees' && <ImportEventSelect value={eventId} onChange={onEventChange} disabled={disabled} />}
    </Stack>
  );
}
