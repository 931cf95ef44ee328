import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { advisorNames, inSeason } from '../../electron/core/demo/generate';
import { createDemoOffice } from '../../electron/core/office/service';
import { officeWallClock } from '../../electron/core/office-time';
import { freshDbForEachTest } from './helpers';

// The demo office reads as a real one: events at office hours on the office's own clock, seasonal events in their
// season, emails that spell their owner's name, and no two advisors with one name however large the office.
const t = freshDbForEachTest();
const zone = 'America/Chicago';
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

describe('the demo office', () => {
  it('holds events at office hours in the office’s zone, seasonal ones in their season', () => {
    t.call('settings.update', { timeZone: zone });
    createDemoOffice(t.db, { students: 400, seed: 2, today: new Date('2026-12-06T12:00:00Z') });
    const events = z
      .array(z.object({ title: z.string(), startsAt: z.string(), endsAt: z.string() }))
      .parse(t.db.sqlite.prepare('select title, starts_at as startsAt, ends_at as endsAt from events').all());
    expect(events.length).toBeGreaterThan(20);
    const clock = { timeZone: zone, dateFormat: 'iso' as const };
    for (const event of events) {
      const start = officeWallClock(clock, event.startsAt);
      const end = officeWallClock(clock, event.endsAt);
      expect([10, 18], event.title).toContain(start?.getUTCHours());
      expect([13, 20], event.title).toContain(end?.getUTCHours());
      const month = (start?.getUTCMonth() ?? -1) + 1;
      if (event.title.startsWith('Spring')) expect([3, 4, 5], event.title).toContain(month);
      if (event.title.startsWith('Fall')) expect([9, 10, 11], event.title).toContain(month);
    }
  });

  it('gives every advisor, student and contact an email spelling their name', () => {
    createDemoOffice(t.db, { students: 300, seed: 4 });
    const people = z.array(z.object({ first: z.string(), last: z.string(), email: z.string() })).parse(
      t.db.sqlite
        .prepare(
          `select first_name as first, last_name as last, school_email as email from students
             union all select first_name, last_name, email from contacts where email is not null`,
        )
        .all(),
    );
    for (const p of people) expect(p.email.startsWith(`${slug(p.first)}.${slug(p.last)}`), p.email).toBe(true);
    const advisors = z.array(z.object({ name: z.string(), email: z.string() })).parse(t.db.sqlite.prepare('select name, email from advisors').all());
    for (const a of advisors) expect(a.email, a.name).toBe(`${a.name.split(' ').map(slug).join('.')}@careers.northfield.edu`);
  });

  it('names 60 advisors (a 50,000-student office) without repeating a name', () => {
    const names = advisorNames(60).map(([first, last]) => `${first} ${last}`);
    expect(names).toHaveLength(60);
    expect(new Set(names).size).toBe(60);
    expect(names.every((name) => !/\d/.test(name))).toBe(true);
  });

  it('moves a seasonal title to its season nearest the drawn day, within the range', () => {
    expect(inSeason('Spring Career Fair', '2026-08-10', '2025-12-06', '2027-03-06')).toBe('2026-05-10');
    expect(inSeason('Fall Career & Internship Fair', '2026-01-20', '2025-12-06', '2027-03-06')).toBe('2026-09-20');
    expect(inSeason('STEM Career Fair', '2026-01-20', '2025-12-06', '2027-03-06')).toBe('2026-01-20');
  });
});
