import { expect, it } from 'vitest';
import { checkInWindow } from '../../shared/check-in-day';

// Issue 17 item 8: check-in opens on the event's day on the office's calendar, the same rule for the core and the desk.

it('opens at midnight of the event day in the office time zone, not twelve days early, and stays open afterwards', () => {
  // 19:00 in Chicago on 17 Dec is already 18 Dec in UTC: the office's day is the 17th.
  const startsAt = '2026-12-18T01:00:00.000Z';
  expect(checkInWindow('America/Chicago', startsAt, new Date('2026-12-05T18:00:00Z'))).toEqual({ open: false, opensOn: '2026-12-17' });
  expect(checkInWindow('America/Chicago', startsAt, new Date('2026-12-17T05:59:00Z')).open).toBe(false);
  expect(checkInWindow('America/Chicago', startsAt, new Date('2026-12-17T06:00:00Z')).open).toBe(true);
  expect(checkInWindow('America/Chicago', startsAt, new Date('2026-12-20T12:00:00Z')).open).toBe(true);
  // The same instant in Tokyo falls on the 18th.
  expect(checkInWindow('Asia/Tokyo', startsAt, new Date('2026-12-17T12:00:00Z'))).toEqual({ open: false, opensOn: '2026-12-18' });
});
