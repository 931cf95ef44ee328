import dayjs from 'dayjs';
import type { Goal } from '@shared/api/goals';
import type { GoalKind, GoalStatus } from '@shared/domain';
import { formatDate } from '@renderer/components/format';
import { todayIso } from '@renderer/components/dates';

/** Kinds that no interaction or check-in can count, so the advisor adds them by hand ("Add one"). */
export const manualKinds: readonly GoalKind[] = ['questions_asked', 'custom'];

/** How long a fresh goal from the ladder runs: long enough to find an event, short enough to stay concrete. */
export const ladderWindowDays = 30;

/** YYYY-MM-DD `days` after `from` (local calendar dates, so no time zone drift). */
export function addDays(from: string, days: number): string {
  return dayjs(from).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (0 for a one-day window). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, dayjs(to).diff(dayjs(from), 'day'));
}

/** "1 Dec 2026 – 31 Dec 2026", each end in the office's date format. */
export function formatRange(from: string, to: string): string {
  const start = dayjs(from);
  const end = dayjs(to);
  if (!start.isValid() || !end.isValid()) return `${formatDate(from)} – ${formatDate(to)}`;
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/** Where the goal counts: "At Spring Career Fair" for an event goal, the dates otherwise. */
export function goalWindowLabel(goal: Pick<Goal, 'eventTitle' | 'eventId' | 'effectiveStartOn' | 'effectiveEndOn'>): string {
  if (goal.eventId !== null) return `At ${goal.eventTitle ?? 'a linked event'}`;
  return formatRange(goal.effectiveStartOn, goal.effectiveEndOn);
}

/**
 * The same length of time as the goal that was not met, starting today: a retry is a second
 * chance at the same size of step, not a bigger one.
 */
export function retryWindow(goal: Pick<Goal, 'effectiveStartOn' | 'effectiveEndOn'>): { from: string; to: string } {
  const today = todayIso();
  return { from: today, to: addDays(today, daysBetween(goal.effectiveStartOn, goal.effectiveEndOn)) };
}

/** Badge wording and colour per status; a missed goal is "not yet", never a failure. */
export function goalStatusBadge(goal: Pick<Goal, 'status' | 'metOn'>): { label: string; color: string } {
  const byStatus: Record<GoalStatus, { label: string; color: string }> = {
    active: { label: 'Active', color: 'blue' },
    met: { label: goal.metOn ? `Met on ${formatDate(goal.metOn)}` : 'Met', color: 'teal' },
    not_met_yet: { label: 'Not yet — try again?', color: 'orange' },
    dropped: { label: 'Dropped', color: 'gray' },
  };
  return byStatus[goal.status];
}
