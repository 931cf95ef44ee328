import type { ReadinessFilter } from '@shared/api/students';
import { readinessLevelLabels, type ReadinessLevel, type ReadinessStatus } from '@shared/domain';

// Records over every value, so a new level or status cannot be left without a colour.
export const readinessLevelColors: Record<ReadinessLevel, string> = {
  ready: 'green',
  building: 'yellow',
  not_started: 'gray',
};
export const readinessStatusColors: Record<ReadinessStatus, string> = {
  ready: 'green',
  stale: 'orange',
  almost: 'yellow',
  not_yet: 'gray',
};

export const readinessFilterLabels: Record<ReadinessFilter, string> = {
  ...readinessLevelLabels,
  not_ready: 'Not ready yet',
};

/** "1 of 3 references ready"; past the target, "4 references ready (target 3)". */
export function readyCountText(ready: number, target: number): string {
  if (ready > target) return `${ready} references ready (target ${target})`;
  return `${ready} of ${target} ${target === 1 ? 'reference' : 'references'} ready`;
}

/**
 * The class that graduates at the end of the current academic year. The year turns in July, so from
 * July on the graduating class is next calendar year's.
 */
export function graduatingClassYear(today: Date = new Date()): number {
  return today.getMonth() >= 6 ? today.getFullYear() + 1 : today.getFullYear();
}

/** The confidentiality note, one wording for the panel and the disabled export button. */
export const confidentialExportNote = "Confidential: Rapport never exports this student's records";
