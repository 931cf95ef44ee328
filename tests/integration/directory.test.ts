import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { createDemoOffice } from '../../electron/core/office/service';
import { freshDb, type TestDb } from './helpers';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 200, seed: 5, today: new Date('2026-11-25T12:00:00Z') });
});
afterAll(() => t.close());

function data<T>(name: string, input: unknown): T {
  const result = dispatch(t.db, name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}
const scalar = (q: string, ...params: unknown[]) => t.db.sqlite.prepare(q).pluck().get(...params);

describe('directory lists count what the tables hold', () => {
  it('advisors: students per advisor', () => {
    const advisors = data<{ id: number; studentCount: number }[]>('advisors.list', {});
    for (const a of advisors) expect(a.studentCount).toBe(scalar('select count(*) from students where advisor_id = ?', a.id));
    expect(advisors.reduce((s, a) => s + a.studentCount, 0)).toBe(200);
  });

  it('events: invited, registered and checked in per event', () => {
    const { rows, total } = data<{ rows: { id: number; invited: number; registered: number; checkedIn: number }[]; total: number }>('events.list', { when: 'all', pageSize: 200 });
    expect(total).toBe(scalar('select count(*) from events'));
    for (const e of rows) {
      expect(e.invited).toBe(scalar('select count(*) from attendance where event_id = ?', e.id));
      expect(e.registered).toBe(scalar(`select count(*) from attendance where event_id = ? and rsvp = 'registered'`, e.id));
      expect(e.checkedIn).toBe(scalar('select count(*) from attendance where event_id = ? and checked_in_at is not null', e.id));
    }
    expect(rows.some((e) => e.invited > 1)).toBe(true);
  });

  it('employers and contacts: related counts, search and filters', () => {
    const employers = data<{ rows: { id: number; contactCount: number; placementCount: number }[] }>('employers.list', { sort: 'placements', direction: 'desc' });
    for (const e of employers.rows) {
      expect(e.contactCount).toBe(scalar('select count(*) from contacts where employer_id = ?', e.id));
      expect(e.placementCount).toBe(scalar('select count(*) from placements where employer_id = ?', e.id));
    }
    expect(employers.rows[0]?.placementCount).toBe(scalar('select max(n) from (select count(*) n from placements group by employer_id)'));
    expect(data<{ total: number }>('employers.list', { search: '100%_' }).total).toBe(0);
    const contacts = data<{ rows: { id: number; connectionCount: number; isMentor: boolean }[]; total: number }>('contacts.list', { mentorsOnly: true, pageSize: 200 });
    expect(contacts.total).toBe(scalar('select count(*) from contacts where is_mentor = 1'));
    for (const c of contacts.rows) {
      expect(c.isMentor).toBe(true);
      expect(c.connectionCount).toBe(scalar('select count(*) from connections where contact_id = ?', c.id));
    }
  });
});

describe('student network summary', () => {
  it('counts the student’s own records', () => {
    const id = scalar('select student_id from connections group by student_id order by count(*) desc limit 1');
    const summary = data<Record<string, number | string | null>>('students.networkSummary', { id });
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
