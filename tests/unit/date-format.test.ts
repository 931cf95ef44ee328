import { describe, expect, it } from 'vitest';
import { readableDate } from '../../electron/core/dates';
import { readableDateTime, readableDay, readableEventTime } from '../../electron/core/office-time';
import { dateFormatLabels, dateFormats, formatDay, formatIsoDate } from '../../shared/date-format';

describe('one date format, chosen by the office', () => {
  it('writes a day in each format the Settings offer, as their labels show', () => {
    for (const format of dateFormats) expect(formatIsoDate('2026-12-06', format)).toBe(dateFormatLabels[format]);
    expect(formatIsoDate('2026-03-09T22:00:00.000Z', 'iso')).toBe('2026-03-09');
    expect(formatDay(2026, 13, 1, 'd-mmm-yyyy')).toBeNull();
    expect(formatIsoDate('not a date', 'iso')).toBe('not a date');
  });

  it('the core writes days and times in the office’s format, on the office’s clock', () => {
    expect(readableDate('2026-03-03', 'mmm-d-yyyy')).toBe('Mar 3, 2026');
    const clock = { timeZone: 'America/Los_Angeles', dateFormat: 'mmm-d-yyyy' as const };
    // 02:00 UTC on 11 Mar is the evening of 10 Mar in Los Angeles.
    expect(readableDay(clock, '2026-03-11T02:00:00.000Z')).toBe('Tue Mar 10, 2026');
    expect(readableDateTime({ ...clock, dateFormat: 'iso' }, '2026-03-11T02:00:00.000Z')).toBe('Tue 2026-03-10 19:00');
    expect(readableEventTime({ ...clock, dateFormat: 'd-mmm-yyyy' }, '2026-03-11T01:00:00.000Z', '2026-03-11T03:00:00.000Z')).toBe(
      'Tue 10 Mar 2026 18:00–20:00',
    );
  });
});
