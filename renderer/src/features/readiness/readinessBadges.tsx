import { Badge, type BadgeProps } from '@mantine/core';
import { readinessLevelLabels, readinessStatusLabels, type ReadinessLevel, type ReadinessStatus } from '@shared/domain';
import { readinessLevelColors, readinessStatusColors } from './readinessDisplay';

/** A student's readiness level (Ready / Building / Not started), the same everywhere it appears. */
export function ReadinessLevelBadge({ level, size = 'sm' }: { level: ReadinessLevel; size?: BadgeProps['size'] }) {
  return (
    <Badge color={readinessLevelColors[level]} variant="light" size={size}>
      {readinessLevelLabels[level]}
    </Badge>
  );
}

/** One candidate reference's status (Ready / Stale / Almost / Not yet). */
export function ReadinessStatusBadge({ status }: { status: ReadinessStatus }) {
  return (
    <Badge color={readinessStatusColors[status]} variant="light" size="sm" style={{ flexShrink: 0 }}>
      {readinessStatusLabels[status]}
    </Badge>
  );
}
