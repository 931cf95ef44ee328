import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventFunnel, upcomingEventCounts, type StudentScope } from '../../electron/core/db/dashboard';
import { checkDerivedFacts } from '../../electron/core/db/derived-facts';
import { createDemoOffice } from '../../electron/core/office/service';
import { freshDb, procedures, type TestDb } from './helpers';

// The whole office's funnel and upcoming figures add up event_attendance_counts, kept by triggers on attendance
// (migration 0029). After each kind of write the counts equal the rows, and the figures equal a count of the rows.

let t: TestDb;
const { call } = procedures(() => t.db);
const wholeOffice: StudentScope = { where: '1', params: {}, filtered: false };
const year = { startOn: '2000-01-01', endOn: '2100-12-31' };

function countsAgree(): string[] {
  return checkDerivedFacts(t.db)
    .mismatches.filter((m) => m.fact === 'event attendance counts')
    .map((m) => `${m.count}: ${m.first}`);
}

/** The funnel counted from the attendance rows themselves, as before the counts were kept. */
function funnelFromRows() {
  return t.db.sqlite
    .prepare(
      `select count(distinct e.id) as events, count(a.id) as invited,
         coalesce(sum(a.rsvp = 'registered' or a.checked_in_at is not null), 0) as registered,
         coalesce(sum(a.checked_in_at is not null), 0) as attended,
         coalesce(sum(a.checked_in_at is not null and a.followed_up_on is not null), 0) as followedUp
       from events e left join attendance a on a.event_id = e.id where e.status in ('scheduled', 'done')`,
    )
    .get();
}

beforeAll(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 60, seed: 5, today: new Date('2026-12-06T12:00:00Z') });
}, 60_000);
afterAll(() => t.close());

describe('event attendance counts', () => {
  it('are filled for the demo office and add up to the funnel the rows give', () => {
    expect(countsAgree()).toEqual([]);
    expect(eventFunnel(t.db, wholeOffice, year)).toEqual(funnelFromRows());
  });

  it('follow a row deleted and inserted again, whose follow-up the triggers of 0012 then set on the new row', () => {
    const row = t.db.sqlite
      .prepare(`select id, event_id as eventId, student_id as studentId, checked_in_at as checkedInAt from attendance where followed_up_on is not null limit 1`)
      .get() as { id: number; eventId: number; studentId: number; checkedInAt: string };
    expect(row).toBeDefined();
    t.db.sqlite.prepare('delete from attendance where id = ?').run(row.id);
    expect(countsAgree()).toEqual([]);
    t.db.sqlite
      .prepare(`insert into attendance (event_id, student_id, rsvp, checked_in_at) values (?, ?, 'registered', ?)`)
      .run(row.eventId, row.studentId, row.checkedInAt);
    const followedUp = t.db.sqlite
      .prepare('select followed_up_on from attendance where event_id = ? and student_id = ?')
      .pluck()
      .get(row.eventId, row.studentId);
    expect(followedUp).not.toBeNull();
    expect(countsAgree()).toEqual([]);
    expect(eventFunnel(t.db, wholeOffice, year)).toEqual(funnelFromRows());
  });

  it('follow RSVPs, check-ins and a row moved to another event', () => {
    const [first, second] = t.db.sqlite.prepare('select id from events order by id limit 2').pluck().all() as number[];
    const rowId = Number(t.db.sqlite.prepare('select id from attendance where event_id = ? limit 1').pluck().get(first));
    t.db.sqlite.prepare(`update attendance set rsvp = 'declined', checked_in_at = null where id = ?`).run(rowId);
    expect(countsAgree()).toEqual([]);
    t.db.sqlite.prepare(`update attendance set rsvp = 'registered', checked_in_at = '2026-12-01T10:00:00.000Z' where id = ?`).run(rowId);
    expect(countsAgree()).toEqual([]);
    // Moving the row must not meet the (event, student) unique index: a student not yet on the second event's list.
    const free = t.db.sqlite
      .prepare('select a.id from attendance a where a.event_id = ? and a.student_id not in (select student_id from attendance where event_id = ?) limit 1')
      .pluck()
      .get(first, second);
    t.db.sqlite.prepare('update attendance set event_id = ? where id = ?').run(second, Number(free));
    expect(countsAgree()).toEqual([]);
    expect(eventFunnel(t.db, wholeOffice, year)).toEqual(funnelFromRows());
  });

  it("lose a deleted student's rows, which go by cascade", () => {
    const student = call('students.create', { firstName: 'Gone', lastName: 'Soon', externalId: 'GONE-1' });
    const events = t.db.sqlite.prepare('select id from events order by id limit 3').pluck().all() as number[];
    for (const eventId of events)
      t.db.sqlite
        .prepare(`insert into attendance (event_id, student_id, rsvp, checked_in_at) values (?, ?, 'registered', '2026-12-01T10:00:00.000Z')`)
        .run(eventId, student.id);
    expect(countsAgree()).toEqual([]);
    const before = eventFunnel(t.db, wholeOffice, year);
    t.db.sqlite.prepare('delete from students where id = ?').run(student.id);
    expect(countsAgree()).toEqual([]);
    expect(eventFunnel(t.db, wholeOffice, year)).toMatchObject({ invited: before.invited - 3, attended: before.attended - 3 });
  });

  it('give the upcoming events the rows give', () => {
    const now = '2026-12-06T12:00:00.000Z';
    const fromRows = t.db.sqlite
      .prepare(
        `select count(distinct e.id) as events, count(a.id) as invited, coalesce(sum(a.rsvp = 'registered'), 0) as registered
         from events e left join attendance a on a.event_id = e.id where e.ends_at >= ? and e.status = 'scheduled'`,
      )
      .get(now);
    expect(upcomingEventCounts(t.db, wholeOffice, now)).toEqual(fromRows);
  });
});
