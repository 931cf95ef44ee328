import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../electron/core/dates';
import { officeToday } from '../../electron/core/db/office-day';
import { connectionChange } from '../../shared/api/connections';
import { freshDb, procedures, type TestDb } from './helpers';
import { asCaller } from './support/office-callers';

// myDay.get on real SQLite: one advisor's caseload only, and each list's rule (what enters it, what leaves it).
let t: TestDb;
const { call } = procedures(() => t.db);
let today: string;
const ids = { mine: 0, other: 0, advisor: 0, otherAdvisor: 0 };

/** A student of the advisor with a supervisor from an internship that ended `endedDaysAgo` days ago (wrap-up due). */
function studentWithInternship(advisorId: number, name: string, endedDaysAgo: number) {
  const student = call('students.create', {
    firstName: name,
    lastName: 'Student',
    advisorId,
    personalEmail: `${name.toLowerCase()}@example.com`,
    phone: '555-0100',
  });
  const employer = call('employers.create', { name: `${name} Corp` });
  const supervisor = call('contacts.create', {
    firstName: 'Dana',
    lastName: `${name}boss`,
    employerId: employer.id,
    email: `boss.${name.toLowerCase()}@example.com`,
  });
  const placement = call('placements.create', {
    studentId: student.id,
    employerId: employer.id,
    kind: 'internship',
    role: 'Analyst intern',
    supervisorContactId: supervisor.id,
    startOn: addDays(today, -200),
    endOn: addDays(today, -endedDaysAgo),
  });
  return { student, supervisor, placement };
}

function staleConnection(studentId: number, lastName: string) {
  const contact = call('contacts.create', { firstName: 'Sam', lastName });
  return call('connections.create', { studentId, contactId: contact.id, relationship: 'mentor', sinceOn: addDays(today, -900) });
}

beforeAll(async () => {
  t = await freshDb();
  call('app.startEmpty', {});
  today = officeToday(t.db);
  ids.advisor = call('advisors.create', { name: 'Avery Advisor', email: 'avery@example.edu' }).id;
  ids.otherAdvisor = call('advisors.create', { name: 'Blake Advisor', email: 'blake@example.edu' }).id;
  ids.mine = studentWithInternship(ids.advisor, 'Mia', 5).student.id;
  ids.other = studentWithInternship(ids.otherAdvisor, 'Omar', 5).student.id;
  for (const studentId of [ids.mine, ids.other]) {
    staleConnection(studentId, `Stale${studentId}`);
    call('goals.create', {
      studentId,
      kind: 'people_met',
      description: 'Meet two people at the fair',
      targetCount: 2,
      windowStartOn: addDays(today, -20),
      windowEndOn: addDays(today, 3),
    });
  }
  call('settings.update', { currentAdvisorId: ids.advisor });
});
afterAll(() => t.close());

describe('myDay.get', () => {
  it('asks who you are until "I am" is set, and lists nothing meanwhile', () => {
    call('settings.update', { currentAdvisorId: null });
    const day = call('myDay.get', {});
    expect(day.advisor).toBeNull();
    expect(day.mayChooseAdvisor).toBe(true);
    expect(day.wrapUps.total + day.losingTouch.total + day.goalsEnding.total).toBe(0);
    call('settings.update', { currentAdvisorId: ids.advisor });
  });

  it("lists the advisor's own caseload only: another advisor's students never appear", () => {
    const day = call('myDay.get', {});
    expect(day.advisor?.id).toBe(ids.advisor);
    const students = [day.wrapUps, day.losingTouch, day.goalsEnding, day.followUps, day.references].flatMap((list) => list.rows.map((row) => row.studentId));
    expect(students.length).toBeGreaterThan(0);
    expect(new Set(students)).toEqual(new Set([ids.mine]));
  });

  it('on the office server is the signed-in user\'s linked advisor, whatever "I am" says', () => {
    const caller = { userId: 1, email: 'blake@example.edu', name: 'Blake Advisor', role: 'advisor', advisorId: ids.otherAdvisor } as const;
    const asBlake = procedures(() => asCaller(t.db, caller));
    const day = asBlake.call('myDay.get', {});
    expect(day.advisor?.id).toBe(ids.otherAdvisor);
    expect(day.mayChooseAdvisor).toBe(false);
    expect(day.wrapUps.rows.map((row) => row.studentId)).toEqual([ids.other]);
    const unlinked = procedures(() => asCaller(t.db, { ...caller, role: 'director', advisorId: null })).call('myDay.get', {});
    expect(unlinked.advisor).toBeNull();
    expect(unlinked.wrapUps.total).toBe(0);
  });

  it('a wrap-up names the next message to send and leaves the list once every item is done', () => {
    const done = call('myDay.get', {}).doneThisWeek;
    const before = call('myDay.get', {}).wrapUps;
    expect(before.total).toBe(1);
    const row = before.rows[0];
    expect(row?.next?.item).toBe('thank_you_note');
    const connectionId = row?.next?.connectionId ?? 0;
    call('interactions.create', { connectionId, kind: 'thank_you_note', occurredOn: today });
    expect(call('myDay.get', {}).wrapUps.rows[0]?.next?.item).toBe('thank_you_email');
    call('interactions.create', { connectionId, kind: 'thank_you_email', occurredOn: today, sharedContactDetails: true });
    call('interactions.create', { connectionId, kind: 'linkedin_connection', occurredOn: today });
    call('interactions.create', { connectionId, kind: 'milestone_update', occurredOn: today });
    // A week is today and the six days before it.
    call('interactions.create', { connectionId, kind: 'informational_interview', occurredOn: addDays(today, -6) });
    call('interactions.create', { connectionId, kind: 'linkedin_connection', occurredOn: addDays(today, -7) });
    const after = call('myDay.get', {});
    expect(after.wrapUps.total).toBe(0);
    expect(after.doneThisWeek.wrapUpMessages).toBe(4);
    expect(after.doneThisWeek.touches - done.touches).toBe(5);
    expect(after.doneThisWeek.followUps - done.followUps).toBe(3);
  });

  it('losing touch is the stale count the dashboard, the caseload filter, the badge and the Losing touch page give', () => {
    const day = call('myDay.get', {});
    expect(day.losingTouch.total).toBeGreaterThan(0);
    const advisorId = ids.advisor;
    expect(day.losingTouch.total).toBe(call('dashboard.office', { advisorId }).losingTouch.connections);
    expect(day.losingTouch.total).toBe(call('keepInTouch.staleCount', { advisorId }).connections);
    expect(day.losingTouch.total).toBe(call('keepInTouch.losingTouch', { advisorId, state: 'stale' }).total);
    expect(call('students.list', { advisorId, losingTouch: true }).total).toBe(call('dashboard.office', { advisorId }).losingTouch.students);
    expect(day.losingTouch.cooling).toBe(call('keepInTouch.losingTouch', { advisorId, state: 'cooling' }).total);
    // Overdue is measured against the same (maximum) window everywhere.
    const row = day.losingTouch.rows[0];
    const pageRow = call('keepInTouch.losingTouch', { advisorId, state: 'stale' }).rows.find((r) => r.connectionId === row?.connectionId);
    expect(row?.overdueDays).toBe((pageRow?.daysSinceTouch ?? 0) - (pageRow?.maxDays ?? 0));
    expect(call('dashboard.office', { advisorId }).today.mostOverdue.find((r) => r.connectionId === row?.connectionId)?.overdueDays).toBe(row?.overdueDays);
    // Logging a touch takes it off the list.
    call('interactions.create', { connectionId: row?.connectionId ?? 0, kind: 'milestone_update', occurredOn: today });
    expect(call('myDay.get', {}).losingTouch.total).toBe(day.losingTouch.total - 1);
  });

  it('goals ending within 7 days, until met', () => {
    const goals = call('myDay.get', {}).goalsEnding;
    expect(goals.rows.map((row) => row.studentId)).toEqual([ids.mine]);
    call('goals.markMet', { id: goals.rows[0]?.goalId ?? 0, metOn: today });
    const after = call('myDay.get', {});
    expect(after.goalsEnding.total).toBe(0);
    expect(after.doneThisWeek.goalsMet).toBe(1);
  });

  it('references: asked ones to confirm, and thanked, in-touch strong candidates to ask', () => {
    const asked = call(
      'connections.update',
      connectionChange(staleConnection(ids.mine, 'Asked'), { referenceStatus: 'asked', referenceStatusOn: addDays(today, -10) }),
    );
    const refs = call('myDay.get', {}).references;
    expect(refs.rows[0]).toMatchObject({ connectionId: asked.id, referenceStatus: 'asked', askedOn: addDays(today, -10) });
    // The supervisor was thanked by the wrap-up above, is in touch and known 200 days: ready to be asked.
    expect(refs.rows.some((row) => row.referenceStatus === 'not_asked' && row.relationship === 'supervisor')).toBe(true);
    call('connections.update', connectionChange(asked, { referenceStatus: 'agreed', referenceStatusOn: today }));
    const after = call('myDay.get', {});
    expect(after.references.rows.some((row) => row.connectionId === asked.id)).toBe(false);
    expect(after.doneThisWeek.referencesAgreed).toBe(1);
  });

  it('follow-ups owed: someone met at an event in the last 14 days, until thanked', () => {
    const event = call('events.create', {
      title: 'Spring fair',
      kind: 'career_fair',
      format: 'in_person',
      startsAt: `${addDays(today, -3)}T16:00:00.000Z`,
      endsAt: `${addDays(today, -3)}T19:00:00.000Z`,
    });
    call('events.invite', { eventId: event.id, studentIds: [ids.mine, ids.other] });
    for (const studentId of [ids.mine, ids.other]) {
      call('events.logMeeting', { eventId: event.id, studentId, newContact: { firstName: 'Met', lastName: `At${studentId}` } });
    }
    const owed = call('myDay.get', {}).followUps;
    expect(owed.rows.map((row) => [row.studentId, row.eventId])).toEqual([[ids.mine, event.id]]);
    call('interactions.create', { connectionId: owed.rows[0]?.connectionId ?? 0, kind: 'linkedin_connection', occurredOn: today });
    expect(call('myDay.get', {}).followUps.total).toBe(0);
  });
});
