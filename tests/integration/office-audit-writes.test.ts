import { describe, expect, it } from 'vitest';
import { procedures, freshDbForEachTest } from './helpers';
import { asCaller, callerFor, seedOffice } from './support/office-callers';

// Issue 15 item 5: on the office server every write is in the history under the signed-in user — an edit or a
// check-in as much as a delete — once, and only when it happened. Single-user mode records what it always did.

describe('writes on the office server are recorded under the signed-in user', () => {
  const t = freshDbForEachTest();
  const history = () => t.call('audit.list', { pageSize: 200 }).rows;

  it('an edit, a new student and a check-in each get one entry naming the caller and the record', () => {
    const seed = seedOffice(t.db);
    const advisor = callerFor('advisor', seed);
    const desk = callerFor('frontdesk', seed);
    const own = seed.students.own.studentId;
    const asAdvisor = procedures(() => asCaller(t.db, advisor));
    const before = history().length;

    const student = asAdvisor.call('students.get', { id: own });
    asAdvisor.call('students.update', {
      id: own,
      version: student.version,
      firstName: student.firstName,
      lastName: student.lastName,
      advisorId: seed.advisorA,
      phone: '555-0199',
    });
    const added = asAdvisor.call('students.create', { firstName: 'Nell', lastName: 'Added', advisorId: seed.advisorA });
    procedures(() => asCaller(t.db, desk)).call('attendance.checkIn', { attendanceId: seed.students.own.attendanceId, checkedIn: true });

    const entries = history().slice(0, history().length - before);
    expect(entries.map((e) => [e.actor, e.action, e.entity, e.entityId])).toEqual([
      [`${desk.name} <${desk.email}>`, 'update', 'attendance', null],
      [`${advisor.name} <${advisor.email}>`, 'create', 'students', added.id],
      [`${advisor.name} <${advisor.email}>`, 'update', 'students', own],
    ]);
    expect(entries[2]?.details).toEqual({ procedure: 'students.update', name: `${student.displayName}` });
    expect(entries[0]?.details).toMatchObject({ procedure: 'attendance.checkIn', name: expect.any(String) });
  });

  it('a write that records itself is not recorded twice; a refused or failed write records no change', () => {
    const seed = seedOffice(t.db);
    const director = procedures(() => asCaller(t.db, callerFor('director', seed)));
    const before = history().length;
    director.call('goals.delete', { id: seed.students.other.goalId });
    expect(history().length - before).toBe(1);
    expect(history()[0]).toMatchObject({ action: 'delete', entity: 'goal' });

    const advisor = procedures(() => asCaller(t.db, callerFor('advisor', seed)));
    const stale = advisor.fails('students.update', {
      id: seed.students.own.studentId,
      version: 99,
      firstName: 'Olive',
      lastName: 'Student',
      advisorId: seed.advisorA,
    });
    expect(stale.code).toBe('conflict');
    expect(history().length - before).toBe(1);
  });

  it('a walk-in new to the office is recorded as the student created (id and name) at the event; a known walk-in as their check-in', () => {
    const seed = seedOffice(t.db);
    const desk = procedures(() => asCaller(t.db, callerFor('frontdesk', seed)));
    const startsAt = new Date(Date.now() - 3600_000).toISOString();
    const endsAt = new Date(Date.now() + 3600_000).toISOString();
    const event = t.call('events.create', { title: 'Walk-in fair', kind: 'career_fair', format: 'in_person', startsAt, endsAt, status: 'scheduled' });
    const before = history().length;
    const walkIn = desk.call('events.walkIn', { eventId: event.id, newStudent: { firstName: 'Wendy', lastName: 'Walker', schoolEmail: 'wendy@example.edu' } });
    const created = history()[0];
    expect(history().length - before).toBe(1);
    expect(created).toMatchObject({ action: 'create', entity: 'students', entityId: walkIn.studentId });
    expect(created?.details).toEqual({ procedure: 'events.walkIn', name: 'Wendy Walker', walkInAt: 'Walk-in fair' });

    desk.call('events.walkIn', { eventId: event.id, studentId: seed.students.own.studentId });
    expect(history().length - before).toBe(2);
    expect(history()[0]).toMatchObject({ action: 'update', entity: 'events', details: { procedure: 'events.walkIn' } });
  });

  it('single-user mode (no signed-in caller) records only what it always did', () => {
    seedOffice(t.db);
    const before = history().length;
    const student = t.call('students.create', { firstName: 'Solo', lastName: 'Desk' });
    t.call('students.update', { id: student.id, version: student.version, firstName: 'Solo', lastName: 'Desk', phone: '555-0100' });
    expect(history().length).toBe(before);
  });
});
