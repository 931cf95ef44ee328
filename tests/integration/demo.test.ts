import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/client';
import { domainTableCounts } from '../../electron/core/db/bulk';
import { createDemoOffice } from '../../electron/core/office/service';
import { freshDb, type TestDb } from './helpers';

const today = new Date('2026-11-25T12:00:00Z');
let open: TestDb[] = [];
afterEach(() => {
  for (const t of open) t.close();
  open = [];
});

async function demo(students: number, seed: number, on = today): Promise<Db> {
  const t = await freshDb();
  open.push(t);
  createDemoOffice(t.db, { students, seed, today: on });
  return t.db;
}

/**
 * Every row of every table the demo writes, in id order: equal dumps mean identical offices.
 * (Defaults seeded by migrations, the audit entry and settings carry the wall-clock time they were written.)
 */
function dump(db: Db): string {
  const tables = Object.keys(domainTableCounts(db)).filter((table) => !['audit_log', 'settings'].includes(table));
  return tables
    .map((table) => {
      const columns =
        table === 'goal_templates'
          ? 'id, rung, title, kind, target_count, description'
          : table === 'keep_in_touch_windows'
            ? 'relationship, ideal_days, max_days'
            : '*';
      return JSON.stringify(db.sqlite.prepare(`select ${columns} from "${table}" order by 1, 2`).raw().all());
    })
    .join('\n');
}

describe('demo office', () => {
  it('is the same office for the same seed, and a different one for another seed', async () => {
    const a = await demo(150, 7);
    const b = await demo(150, 7);
    const c = await demo(150, 8);
    expect(dump(a)).toBe(dump(b));
    expect(dump(a)).not.toBe(dump(c));
  });

  it('fills every domain table with consistent data', async () => {
    const db = await demo(300, 1);
    const counts = domainTableCounts(db);
    for (const [table, count] of Object.entries(counts)) expect(count, table).toBeGreaterThan(0);
    expect(counts.students).toBe(300);
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
    // Every relationship kind, reference status, goal status and RSVP state appears.
    const distinct = (q: string) => db.sqlite.prepare(q).pluck().all();
    expect(distinct('select distinct relationship from connections order by 1')).toHaveLength(9);
    expect(distinct('select distinct reference_status from connections order by 1')).toEqual(['agreed', 'asked', 'declined', 'not_asked']);
    // "Not met yet" is decided when a goal is read (its window has passed); stored statuses are what the app writes.
    expect(distinct('select distinct status from goals order by 1')).toEqual(['active', 'dropped', 'met']);
    expect(distinct('select distinct rsvp from attendance order by 1')).toEqual(['declined', 'invited', 'registered', 'waitlisted']);
    // Many internships end in August; history spans about 18 months; no interaction is in the future.
    expect(db.sqlite.prepare(`select count(*) from placements where substr(end_on, 6, 2) = '08'`).pluck().get()).toBeGreaterThan(50);
    expect(db.sqlite.prepare('select min(occurred_on) from interactions').pluck().get()).toMatch(/^2025-0[5-7]/);
    expect(db.sqlite.prepare('select max(occurred_on) from interactions').pluck().get()).toBe('2026-11-25');
    // Registered attendees never exceed an event's capacity.
    expect(
      db.sqlite
        .prepare(`select count(*) from events e where capacity < (select count(*) from attendance a where a.event_id = e.id and a.rsvp = 'registered')`)
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('never dates history in the future, whatever the time of year', async () => {
    const db = await demo(300, 4, new Date('2026-03-01T12:00:00Z'));
    const count = (q: string) => db.sqlite.prepare(q).pluck().get();
    expect(count(`select count(*) from interactions where occurred_on > '2026-03-01'`)).toBe(0);
    expect(count(`select count(*) from connections where since_on > '2026-03-01'`)).toBe(0);
    expect(count(`select count(*) from placements where start_on > '2026-03-01'`)).toBe(0);
    expect(count('select count(*) from connections where reference_status_on < since_on')).toBe(0);
    expect(count('select count(*) from interactions i join connections c on c.id = i.connection_id where i.occurred_on < c.since_on')).toBe(0);
  });

  it('invites only to scheduled or held events, and checks people in after the doors open', async () => {
    const db = await demo(300, 1);
    const count = (q: string) => db.sqlite.prepare(q).pluck().get();
    expect(count(`select count(*) from attendance a join events e on e.id = a.event_id where e.status in ('draft', 'cancelled')`)).toBe(0);
    expect(
      count('select count(*) from attendance a join events e on e.id = a.event_id where a.checked_in_at < e.starts_at or a.checked_in_at > e.ends_at'),
    ).toBe(0);
    expect(count(`select count(*) from events where title like '%#%'`)).toBe(0);
  });

  it('has August internships with wrap-ups partly done, and milestones shared with some contacts', async () => {
    const db = await demo(300, 1);
    const count = (q: string) => Number(db.sqlite.prepare(q).pluck().get());
    const supporters = count(`select count(*) from connections c join placements p on p.id = c.placement_id where p.end_on like '2026-08-%'`);
    const thanked = count(`select count(*) from connections c join placements p on p.id = c.placement_id where p.end_on like '2026-08-%'
      and exists (select 1 from interactions i where i.connection_id = c.id and i.kind = 'thank_you_note' and i.occurred_on >= date(p.end_on, '-14 days'))`);
    expect(supporters).toBeGreaterThan(50);
    expect(thanked).toBeGreaterThan(supporters * 0.3);
    expect(thanked).toBeLessThan(supporters * 0.9);
    expect(count('select count(*) from milestones')).toBeGreaterThan(30);
    expect(count('select count(*) from interactions where milestone_id is not null')).toBeGreaterThan(10);
    expect(
      count(
        'select count(*) from connections where last_interaction_on is not (select max(occurred_on) from interactions i where i.connection_id = connections.id)',
      ),
    ).toBe(0);
    expect(
      count(
        `select count(*) from students where goal_last_met_on is not (select max(met_on) from goals g where g.student_id = students.id and g.status = 'met')`,
      ),
    ).toBe(0);
    expect(count('select count(*) from students where goal_active_until is not null')).toBeGreaterThan(50);
  });
});
