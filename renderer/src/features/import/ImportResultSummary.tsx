import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ImportResult } from '@shared/api/imports';
import { downloadFile } from '@renderer/components/download';
import { formatCount } from '@renderer/components/format';
import { AssignImported } from './AssignImported';

function summary(result: ImportResult, skipped: boolean): string {
  const { created, updated, unchanged, rejected } = result.counts;
  const parts = [`${formatCount(created)} new`, `${formatCount(updated)} updated`, `${formatCount(unchanged)} unchanged`];
  if (skipped && rejected > 0) parts.push(`${formatCount(rejected)} skipped`);
  return `Imported: ${parts.join(', ')}`;
}

function ChangedLinks({ result, eventId }: { result: ImportResult; eventId: number | null }) {
  if (result.kind === 'attendees') {
    return eventId === null ? null : (
      <Anchor component={Link} to={`/events/${eventId}`} size="sm">
        Open the event
      </Anchor>
    );
  }
  if (result.changed.length === 0) return null;
  const base = result.kind === 'students' ? '/students' : '/contacts';
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">Open:</Text>
      {result.changed.map((c) => (
        <Anchor key={c.id} component={Link} to={`${base}/${c.id}`} size="sm">
          {c.name}
          <Text span c="dimmed" inherit>
            {` (${c.action === 'create' ? 'new' : 'updated'})`}
          </Text>
        </Anchor>
      ))}
    </Group>
  );
}

export function ImportResultSummary({
  result,
  eventId,
  skipInvalid,
  onAnother,
}: {
  result: ImportResult;
  eventId: number | null;
  skipInvalid: boolean;
  onAnother: () => void;
}) {
  const { errorFile } = result;
  const ref = useRef<HTMLDivElement>(null);
  // The Import button that had focus is gone now; keyboard users continue from the summary.
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} color="teal" icon={<IconCircleCheck size={18} />} title="Import finished">
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          {summary(result, skipInvalid)}
        </Text>
        <ChangedLinks result={result} eventId={eventId} />
        <AssignImported studentIds={result.studentIds} />
        <Group gap="sm">
          {errorFile && (
            <Button variant="light" color="red" leftSection={<IconDownload size={16} />} onClick={() => downloadFile(errorFile)}>
              Download the skipped rows
            </Button>
          )}
          <Button variant="default" onClick={onAnother}>
            Import another file
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
