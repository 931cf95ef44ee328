import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../electron/core/dates';
import { checkDerivedFacts } from '../../electron/core/db/derived-facts';
import { officeToday } from '../../electron/core/db/office-day';
import { createDemoOffice } from '../../electron/core/office/service';
import { freshDb, present, procedures, type TestDb } from './helpers';

// Derived facts are kept by the write layer (core/db write functions and triggers), not by the services that call
// it: after every write procedure that can move goal progress — through dispatch, as the hosts call it — the
// check `rapport check` runs (db/derived-facts.ts) finds nothing stale.

let t: TestDb;
const { call } = procedures(() => t.db);
let today: string;
const b64 = (text: string) => Buffer.from(text).toString('base64');
/** A goal's window, from `from` to `to` days from the office's today. */
const days = (from: number, to: number) => ({ windowStartOn: addDays(today, from), windowEndOn: addDays(today, to) });
/** Met at an event `sinceDaysAgo` days ago. */
const metAtEvent = (studentId: number, contactId: number, sinceDaysAgo: number) =>
  call('connections.create', { studentId, contactId, relationship: 'met_at_event', sinceOn: addDays(today, -sinceDaysAgo) }).id;

function stale(): string[] {
  return checkDerivedFacts(t.db).mismatches.map((m) => `${m.fact}: ${m.count} (${m.first})`);
}
function goalStatus(id: number): string {
  return String(t.db.sqlite.prepare('select status from goals where id = ?').pluck().get(id));
}
function attendanceOf(eventId: number, studentId: number): number {
  return Number(t.db.sqlite.prepare('select id from attendance where event_id = ? and student_id = ?').pluck().get(eventId, studentId));
}

beforeAll(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 40, seed: 3, today: new Date() });
  today = officeToday(t.db);
}, 60_000);
afterAll(() => t.close());

describe('every write that can move goal progress leaves no derived fact stale', () => {
  it('the demo office starts clean', () => {
    expect(stale()).toEqual([]);
  });

  it('walks interactions, goals, events, attendance, contacts, connections, imports and the time zone', () => {
    const steps: [string, () => void][] = [];
    const step = (name: string, run: () => void) => steps.push([name, run]);

    const ada = call('students.create', { firstName: 'Ada', lastName: 'Okafor', schoolEmail: 'ada.okafor@northfield.edu' }).id;
    const ben = call('students.create', { firstName: 'Ben', lastName: 'Ito', schoolEmail: 'ben.ito@northfield.edu' }).id;
    const dana = call('contacts.create', { firstName: 'Dana', lastName: 'Reyes' }).id;
    const connection = metAtEvent(ada, dana, 20);
    const goal = call('goals.create', { studentId: ada, kind: 'people_met', description: 'Meet two people', targetCount: 2, ...days(-10, 10) }).id;
    let first = 0;
    let second = 0;

    step('interactions.create', () => {
      first = call('interactions.create', { connectionId: connection, kind: 'conversation', occurredOn: addDays(today, -3) }).id;
    });
    step('interactions.bulkCreate', () => {
      // People met count people: a second person, not a second conversation with Dana, meets "two people".
      const eli = metAtEvent(ada, call('contacts.create', { firstName: 'Eli', lastName: 'Park' }).id, 20);
      call('interactions.bulkCreate', { connectionIds: [connection], kind: 'conversation', occurredOn: addDays(today, -2) });
      expect(goalStatus(goal)).toBe('active');
      call('interactions.bulkCreate', { connectionIds: [eli], kind: 'conversation', occurredOn: addDays(today, -2) });
      expect(goalStatus(goal)).toBe('met');
      second = Number(t.db.sqlite.prepare('select max(id) from interactions where connection_id = ?').pluck().get(eli));
    });
    step('interactions.update', () => {
      call('interactions.update', { id: second, kind: 'thank_you_note', occurredOn: addDays(today, -2) });
      expect(goalStatus(goal)).toBe('active');
    });
    step('interactions.delete', () => call('interactions.delete', { id: first }));
    step('goals.update', () => {
      call('goals.update', { id: goal, studentId: ada, kind: 'people_met', description: 'Meet one person', targetCount: 1, ...days(-10, 10) });
    });
    step('goals.setDropped', () => {
      call('goals.setDropped', { id: goal, dropped: true });
      call('goals.setDropped', { id: goal, dropped: false });
    });
    const custom = call('goals.create', { studentId: ada, kind: 'custom', description: 'Update LinkedIn', targetCount: 1, ...days(-5, 5) }).id;
    step('goals.markMet', () => {
      expect(call('goals.markMet', { id: custom, metOn: addDays(today, -1) })).toMatchObject({
        status: 'met',
        metOn: addDays(today, -1),
      });
    });
    step('goals.tryAgain', () => call('goals.tryAgain', { id: custom, ...days(6, 20) }));
    step('goals.applyTemplate', () => {
      const rung = present(call('goalTemplates.list', {})[0], 'ladder rung');
      call('goals.applyTemplate', { studentId: ben, templateId: rung.id, ...days(-30, 30) });
    });
    step('goals.delete', () => call('goals.delete', { id: custom }));

    const yesterday = addDays(today, -1);
    const event = call('events.create', {
      title: 'Alumni mixer',
      kind: 'alumni_mixer',
      format: 'in_person',
      status: 'scheduled',
      startsAt: `${yesterday}T12:00:00.000Z`,
      endsAt: `${yesterday}T14:00:00.000Z`,
    });
    step('events.invite', () => {
      const rung = present(call('goalTemplates.list', {})[0], 'ladder rung');
      call('events.invite', { eventId: event.id, studentIds: [ada, ben], goalTemplateId: rung.id });
    });
    step('events.logMeeting', () => call('events.logMeeting', { eventId: event.id, studentId: ada, contactId: dana }));
    step('attendance.checkIn', () => call('attendance.checkIn', { attendanceId: attendanceOf(event.id, ben), checkedIn: true }));
    step('attendance.pairBuddies', () =>
      call('attendance.pairBuddies', { attendanceId: attendanceOf(event.id, ada), buddyAttendanceId: attendanceOf(event.id, ben) }),
    );
    step('events.update', () => {
      const { id, title, kind, format, status } = call('events.get', { id: event.id });
      const dayBefore = addDays(today, -2);
      call('events.update', { id, title, kind, format, status, startsAt: `${dayBefore}T12:00:00.000Z`, endsAt: `${dayBefore}T14:00:00.000Z` });
    });
    step('imports.commit (attendees)', () => {
      const csv = `Email,Status,Checked In,Check-in time\nada.okafor@northfield.edu,Attended,Yes,${addDays(today, -2)} 12:30\n`;
      call('imports.commit', { kind: 'attendees', fileName: 'attendees.csv', content: b64(csv), eventId: event.id });
    });
    step('contacts.merge', () => {
      const twin = call('contacts.create', { firstName: 'Dana', lastName: 'Reyes', email: 'dana@example.org' }).id;
      const other = metAtEvent(ada, twin, 5);
      call('interactions.create', { connectionId: other, kind: 'conversation', occurredOn: addDays(today, -1) });
      // Cy met "two people" who turn out to be one: the merge takes the goal back.
      const cy = call('students.create', { firstName: 'Cy', lastName: 'Moreau' }).id;
      const twoPeople = call('goals.create', { studentId: cy, kind: 'people_met', description: 'Meet two people', targetCount: 2, ...days(-10, 10) }).id;
      for (const person of [dana, twin]) {
        call('interactions.create', { connectionId: metAtEvent(cy, person, 5), kind: 'conversation', occurredOn: addDays(today, -1) });
      }
      expect(goalStatus(twoPeople)).toBe('met');
      call('contacts.merge', { keepId: dana, mergeId: twin });
      expect(goalStatus(twoPeople)).toBe('active');
    });
    step('connections.delete', () => {
      const grace = call('contacts.create', { firstName: 'Grace', lastName: 'Lin' }).id;
      const c = metAtEvent(ben, grace, 5);
      call('interactions.create', { connectionId: c, kind: 'conversation', occurredOn: addDays(today, -1) });
      call('connections.delete', { id: c });
    });
    step('contacts.delete', () => call('contacts.delete', { id: dana }));
    step('settings.update (time zone)', () => {
      call('settings.update', { timeZone: 'Pacific/Kiritimati' });
      call('settings.update', { timeZone: 'Pacific/Pago_Pago' });
    });

    const after: Record<string, string[]> = {};
    for (const [name, run] of steps) {
      run();
      after[name] = stale();
    }
    expect(after).toEqual(Object.fromEntries(steps.map(([name]) => [name, []])));
  });
});
