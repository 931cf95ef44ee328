import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { instantToWallClock, isSkippedWallClock, wallClockToInstant } from '@shared/wall-clock';

// The conversions run in the zone of the runtime (the person's browser). Node reads TZ again when it is
// assigned (stubEnv sets process.env.TZ), so this file runs them on a New York clock: clocks skip 02:00–03:00 on 8 March 2026 and repeat
// 01:00–02:00 on 1 November 2026.
beforeAll(() => {
  vi.stubEnv('TZ', 'America/New_York');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('wall clock ⇄ instant, in New York', () => {
  it('runs on the New York clock', () => {
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(300);
  });

  it('converts an ordinary time both ways, winter (UTC-5) and summer (UTC-4)', () => {
    expect(wallClockToInstant('2026-01-15T09:30')).toBe('2026-01-15T14:30:00.000Z');
    expect(wallClockToInstant('2026-07-15T09:30')).toBe('2026-07-15T13:30:00.000Z');
    expect(instantToWallClock('2026-01-15T14:30:00.000Z')).toBe('2026-01-15T09:30');
    expect(instantToWallClock('2026-07-15T13:30:00.000Z')).toBe('2026-07-15T09:30');
  });

  it('names a wall time the clocks skip (spring forward) instead of moving it an hour', () => {
    expect(wallClockToInstant('2026-03-08T02:30')).toBeNull();
    expect(isSkippedWallClock('2026-03-08T02:30')).toBe(true);
    // Either side of the gap is an ordinary time.
    expect(wallClockToInstant('2026-03-08T01:59')).toBe('2026-03-08T06:59:00.000Z');
    expect(wallClockToInstant('2026-03-08T03:00')).toBe('2026-03-08T07:00:00.000Z');
    expect(isSkippedWallClock('2026-03-08T03:00')).toBe(false);
  });

  it('takes the first of a wall time that happens twice (fall back)', () => {
    expect(wallClockToInstant('2026-11-01T01:30')).toBe('2026-11-01T05:30:00.000Z');
    expect(isSkippedWallClock('2026-11-01T01:30')).toBe(false);
    // Both instants read back as the same wall time.
    expect(instantToWallClock('2026-11-01T05:30:00.000Z')).toBe('2026-11-01T01:30');
    expect(instantToWallClock('2026-11-01T06:30:00.000Z')).toBe('2026-11-01T01:30');
  });

  it('round-trips every quarter hour of the spring-forward and fall-back days, except the skipped hour', () => {
    for (const day of ['2026-03-08', '2026-11-01']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const wall = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const instant = wallClockToInstant(wall);
        if (instant === null) expect(wall, 'only the skipped hour has no instant').toMatch(/^2026-03-08T02:/);
        else expect(instantToWallClock(instant), wall).toBe(wall);
      }
    }
  });

  it.each(['2026-02-31T10:00', '2026-01-01T25:00', '2026-01-01T10:60', '2026-01-01 10:00', '2026-1-1T10:00', ''])(
    'refuses %j (not a real wall time) without calling it skipped',
    (value) => {
      expect(wallClockToInstant(value)).toBeNull();
      expect(isSkippedWallClock(value)).toBe(false);
    },
  );

  it('gives back text that is not a date-time unchanged', () => {
    expect(instantToWallClock('not a date')).toBe('not a date');
  });
});
