import { Button, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { ImportReport } from '@shared/api/imports';
import { plural } from '@renderer/components/format';

function blockedReason(counts: ImportReport['counts'], skipInvalid: boolean, checking: boolean): string | null {
  if (checking) return 'Wait for the check to finish';
  if (!skipInvalid && counts.rejected > 0) return 'Fix the problems, or choose to skip the invalid rows';
  if (counts.created + counts.updated + counts.unchanged === 0) return 'There are no valid rows to import';
  return null;
}

export function CommitPanel({
  counts,
  skipInvalid,
  onSkipInvalidChange,
  onCommit,
  checking,
  committing,
}: {
  counts: ImportReport['counts'];
  skipInvalid: boolean;
  onSkipInvalidChange: (skip: boolean) => void;
  onCommit: () => void;
  /** A preview is running, so the counts on screen may be about to change. */
  checking: boolean;
  committing: boolean;
}) {
  const reasonId = useId();
  const valid = counts.created + counts.updated + counts.unchanged;
  const reason = committing ? null : blockedReason(counts, skipInvalid, checking);
  return (
    <Stack gap="sm">
      <Checkbox
        label="Import the valid rows and skip the rest"
        description="The skipped rows are saved to a CSV you can fix and import again"
        checked={skipInvalid}
        onChange={(event) => onSkipInvalidChange(event.currentTarget.checked)}
        disabled={committing}
      />
      <Group gap="sm">
        <Button onClick={onCommit} disabled={reason !== null || committing} aria-describedby={reason ? reasonId : undefined}>
          Import {plural(valid, 'row')}
        </Button>
        {committing ? (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">Importing…</Text>
          </Group>
        ) : (
          (reason ?? (counts.created + counts.updated === 0 && valid > 0)) && (
            <Text id={reasonId} size="sm" c="dimmed">
              {reason ?? 'Nothing to change: every row is already up to date.'}
            </Text>
          )
        )}
      </Group>
    </Stack>
  );
}
