import { Card, SimpleGrid, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import type { ImportReport } from '@shared/api/imports';
import { formatCount, plural } from '@renderer/components/format';

function StatCard({ label, value, hint, color }: { label: string; value: number; hint: string; color?: string }) {
  const labelId = useId();
  return (
    <Card withBorder padding="md" role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} c={value > 0 ? color : undefined}>
        {formatCount(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}

export function ImportCounts({ counts }: { counts: ImportReport['counts'] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
      <StatCard label="Rows" value={counts.rows} hint="Data rows in the file" />
      <StatCard label="New" value={counts.created} hint="Will be added" color="teal" />
      <StatCard label="Updated" value={counts.updated} hint="Will change a record" color="blue" />
      <StatCard label="Unchanged" value={counts.unchanged} hint="Already up to date" />
      <StatCard label="Rejected" value={counts.rejected} hint="Have a problem" color="red" />
    </SimpleGrid>
  );
}

/**
 * The dry run's result read out when it arrives (WCAG 4.1.3): the cards appear silently, and "Checking…" only says
 * that it started. Always rendered, so the region exists before its words change; empty while nothing is checked.
 */
export function CheckedAnnouncement({ counts }: { counts: ImportReport['counts'] | undefined }) {
  return (
    <VisuallyHidden role="status">
      {counts &&
        `Checked ${plural(counts.rows, 'row')}: ${formatCount(counts.created)} new, ${formatCount(counts.updated)} updated, ` +
          `${formatCount(counts.unchanged)} unchanged, ${formatCount(counts.rejected)} rejected.`}
    </VisuallyHidden>
  );
}
