import { Badge, Tooltip } from '@mantine/core';
import { cadenceStateLabels, type CadenceState } from '@shared/domain';
import { plural } from './format';

const colors: Record<CadenceState, string> = { fresh: 'teal', cooling: 'yellow', stale: 'red' };

/** Keep-in-touch state of a connection, with the days and windows behind it on hover. */
export function CadenceBadge({
  tie: { cadence, daysSinceTouch, lastTouchOn, idealDays, maxDays },
}: {
  tie: { cadence: CadenceState; daysSinceTouch: number; lastTouchOn: string | null; idealDays: number; maxDays: number };
}) {
  // Without any touch the clock runs from when the connection began, so say so rather than "0 days".
  const hint = lastTouchOn ? `${plural(daysSinceTouch, 'day')} since last touch` : `No touch logged yet (${plural(daysSinceTouch, 'day')})`;
  const windows = `ideal every ${plural(idealDays, 'day')}, stale after ${plural(maxDays, 'day')}`;
  return (
    <Tooltip label={`${hint} · ${windows}`} withArrow>
      <Badge color={colors[cadence]} variant="light" size="sm" tabIndex={0} aria-label={`${cadenceStateLabels[cadence]}: ${hint}`}>
        {cadenceStateLabels[cadence]}
      </Badge>
    </Tooltip>
  );
}
