import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOffice } from '../../electron/core/office/service';
import { freshDb, procedures, type TestDb } from './helpers';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 200, seed: 5, today: new Date('2026-11-25T12:00:00Z') });
});
afterAll(() => t.close());
const { call } = procedures(() => t.db);

const scalar = (q: string, ...params: unknown[]) =>
  t.db.sqlite
    .prepare(q)
    .pluck()
    .get(...params);

describe('directory lists count what the tables hold', () => {
  it('advisors: students per advisor', () => {
    const advisors = call('advisors.list', {});
    for (const a of advisors) expect(a.studentCount).toBe(scalar('select count(*) from students where advisor_id = ?', a.id));
    expect(advisors.reduce((s, a) => s + a.studentCount, 0)).toBe(200);
  });

  it('events: invited, registered and checked in per event', () => {
    const { rows, total } = call('events.list', { when: 'all', pageSize: 200 });
    expect(total).toBe(scalar('select count(*) from events'));
    for (const e of rows) {
      expect(e.invited).toBe(scalar('select count(*) from attendance where event_id = ?', e.id));
      expect(e.registered).toBe(scalar(`select count(*) from attendance where event_id = ? and rsvp = 'registered'`, e.id));
      expect(e.checkedIn).toBe(scalar('select count(*) from attendance where event_id = ? and checked_in_at is not null', e.id));
    }
    expect(rows.some((e) => e.invited > 1)).toBe(true);
  });

  it('employers and contacts: related counts, search and filters', () => {
    const employers = call('employers.list', { sort: 'placements', direction: 'desc' });
    for (const e of employers.rows) {
      expect(e.contactCount).toBe(scalar('select count(*) from contacts where employer_id = ?', e.id));
      expect(e.placementCount).toBe(scalar('select count(*) from placements where employer_id = ?', e.id));
    }
    expect(employers.rows[0]?.placementCount).toBe(scalar('select max(n) from (select count(*) n from placements group by employer_id)'));
    expect(call('employers.list', { search: '100%_' }).total).toBe(0);
    const contacts = call('contacts.list', { mentorsOnly: true, pageSize: 200 });
    expect(contacts.total).toBe(scalar('select count(*) from contacts where is_mentor = 1'));
    for (const c of contacts.rows) {
      expect(c.isMentor).toBe(true);
      expect(c.connectionCount).toBe(scalar('select count(*) from connections where contact_id = ?', c.id));
    }
  });
});

describe('student network summary', () => {
  it('counts the student’s own records', () => {
    const id = Number(scalar('select student_id from connections group by student_id order by count(*) desc limit 1'));
    const summary = call('students.networkSummary', { id });
    expect(summary).toEqual({
      connections: scalar('select count(*) from connections where student_id = ?', id),
      interactions: scalar('select count(*) from interactions i join connections c on c.id = i.connection_id where c.student_id = ?', id),
      lastInteractionOn: scalar('select max(occurred_on) from interactions i join connections c on c.id = i.connection_id where c.student_id = ?', id),
      placements: scalar('select count(*) from placements where student_id = ?', id),
      goalsMet: scalar(`select count(*) from goals where student_id = ? and status = 'met'`, id),
      goalsActive: scalar(`select count(*) from goals where student_id = ? and status = 'active'`, id),
      eventsAttended: scalar('select count(*) from attendance where student_id = ? and checked_in_at is not null', id),
    });
    expect(Number(summary.connections)).toBeGreaterThan(0);
  });
});
