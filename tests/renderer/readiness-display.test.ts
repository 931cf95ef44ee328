import { describe, expect, it } from 'vitest';
import { readinessFilters } from '@shared/api/students';
import { readinessLevels, readinessStatuses } from '@shared/domain';
import {
  graduatingClassYear,
  readinessFilterLabels,
  readinessLevelColors,
  readinessStatusColors,
  readyCountText,
} from '@renderer/features/readiness/readinessDisplay';

describe('readiness display', () => {
  it('says how many references are ready against the target, in words', () => {
    expect(readyCountText(0, 3)).toBe('0 of 3 references ready');
    expect(readyCountText(1, 3)).toBe('1 of 3 references ready');
    expect(readyCountText(3, 3)).toBe('3 of 3 references ready');
    expect(readyCountText(1, 1)).toBe('1 of 1 reference ready');
    expect(readyCountText(4, 3)).toBe('4 references ready (target 3)');
  });

  it('turns the graduating class in July', () => {
    expect(graduatingClassYear(new Date(2026, 0, 15))).toBe(2026);
    expect(graduatingClassYear(new Date(2026, 5, 30))).toBe(2026);
    expect(graduatingClassYear(new Date(2026, 6, 1))).toBe(2027);
    expect(graduatingClassYear(new Date(2026, 11, 31))).toBe(2027);
  });

  it('has a colour for every level and status and a label for every filter', () => {
    for (const level of readinessLevels) expect(readinessLevelColors[level], level).toMatch(/^[a-z]+$/);
    for (const status of readinessStatuses) expect(readinessStatusColors[status], status).toMatch(/^[a-z]+$/);
    for (const filter of readinessFilters) expect(readinessFilterLabels[filter], filter).toMatch(/^[A-Z]/);
  });
});
