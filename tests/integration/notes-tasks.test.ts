import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../electron/core/dates';
import { signedInAdvisor, twoAdvisorOffice } from './support/two-advisors';
import { freshDbForEachTest } from './helpers';

// Issue 17 item 7 (advising notes and tasks) and item 9's "new people" goals, through the procedures on real SQLite.
const t = freshDbForEachTest();
const { call, fails } = t;
const today = localToday();

const office = () => twoAdvisorOffice(call);
const signedIn = (advisorId: number) => signedInAdvisor(t, advisorId);

describe('advising notes', () => {
  it('are written by "I am", shown on the timeline, edited with a version and deleted with a history entry', () => {
    const { avery, yara } = office();
    const note = call('notes.create', {
      studentId: yara,
      kind: 'appointment',
      occurredOn: addDays(today, -1),
      body: '  Resume review; wants a summer internship.  ',
    });
    expect(note).toMatchObject({ advisorId: avery, advisorName: 'Avery Advisor', body: 'Resume review; wants a summer internship.', version: 1 });

    const timeline = call('students.timeline', { studentId: yara, kinds: ['note'] });
    expect(timeline.rows).toEqual([expect.objectContaining({ kind: 'note', title: 'Appointment note · Avery Advisor', detail: note.body })]);

    const edited = call('notes.update', { id: note.id, version: 1, kind: 'call', occurredOn: today, body: 'Called instead.' });
    expect(edited).toMatchObject({ kind: 'call', body: 'Called instead.', version: 2 });
    // A form loaded before that edit is refused, with the note as it is now.
    const stale = fails('notes.update', { id: note.id, version: 1, kind: 'email', occurredOn: today, body: 'Older text' });
    expect(stale).toMatchObject({ code: 'conflict', details: { reason: 'stale', version: 2, current: { body: 'Called instead.' } } });

    const removed = call('notes.delete', { id: note.id });
    expect(removed.note.body).toBe('Called instead.');
    expect(call('notes.forStudent', { studentId: yara })).toEqual([]);
    expect(t.db.sqlite.prepare(`select count(*) from audit_log where entity = 'note' and action = 'delete'`).pluck().get()).toBe(1);
  });

  it('refuses an empty body, an unknown kind and a date in the future, naming the problem', () => {
    const { yara } = office();
    expect(fails('notes.create', { studentId: yara, kind: 'appointment', occurredOn: today, body: '   ' }).message).toMatch(/body.*required/i);
    expect(fails('notes.create', { studentId: yara, kind: 'meeting', occurredOn: today, body: 'x' }).message).toMatch(/kind/);
    expect(fails('notes.create', { studentId: yara, kind: 'call', occurredOn: addDays(today, 3), body: 'x' }).message).toMatch(/in the future/);
  });

  it("on the office server: written by the signed-in user's advisor; another advisor's student is refused", () => {
    const { avery, yara, otto } = office();
    const server = signedIn(avery);
    expect(server.call('notes.create', { studentId: yara, kind: 'drop_in', occurredOn: today, body: 'Dropped in.' }).advisorId).toBe(avery);
    expect(server.fails('notes.create', { studentId: otto, kind: 'drop_in', occurredOn: today, body: 'Not mine.' })).toMatchObject({ code: 'forbidden' });
    const theirs = call('notes.create', { studentId: otto, kind: 'call', occurredOn: today, body: 'Blake called.' });
    expect(server.fails('notes.delete', { id: theirs.id })).toMatchObject({ code: 'forbidden' });
    // Every write on the server is in the history under the signed-in user.
    expect(t.db.sqlite.prepare(`select count(*) from audit_log where entity = 'notes' and actor like 'Avery Advisor%'`).pluck().get()).toBe(1);
  });
});

describe('tasks', () => {
  it('are made on a student or a contact, owned by "I am", and completed and opened again with one call each', () => {
    const { avery, yara } = office();
    const contactId = call('contacts.create', { firstName: 'Dana', lastName: 'Lee' }).id;
    const task = call('tasks.create', { title: 'Check back with Yara', dueOn: today, studentId: yara });
    expect(task).toMatchObject({ advisorId: avery, studentName: 'Yara Haddad', doneOn: null, version: 1 });
    const onContact = call('tasks.create', { title: 'Ask Dana about mentoring', dueOn: addDays(today, 2), contactId });
    expect(call('tasks.forContact', { contactId }).map((x) => x.id)).toEqual([onContact.id]);

    const done = call('tasks.setDone', { id: task.id, done: true });
    expect(done.doneOn).toBe(today);
    expect(call('tasks.setDone', { id: task.id, done: true }).version).toBe(done.version);
    expect(call('tasks.setDone', { id: task.id, done: false }).doneOn).toBeNull();

    expect(fails('tasks.create', { title: 'About nobody', dueOn: today })).toMatchObject({ code: 'invalid_input', details: { field: 'studentId' } });
    expect(fails('tasks.create', { title: '', dueOn: today, studentId: yara }).message).toMatch(/title.*required/i);
  });

  it('lists "my tasks": the open ones due by a week from today, overdue first, nobody else\'s, none done', () => {
    const { blake, yara } = office();
    const make = (title: string, days: number, advisorId?: number) =>
      call('tasks.create', { title, dueOn: addDays(today, days), studentId: yara, advisorId }).id;
    const inThree = make('In three days', 3);
    const overdue = make('Overdue', -4);
    const dueToday = make('Today', 0);
    make('Next month', 30);
    make("Blake's", 0, blake);
    call('tasks.setDone', { id: make('Done already', -1), done: true });
    const mine = call('tasks.mine', {});
    expect(mine.tasks.map((x) => x.title)).toEqual(['Overdue', 'Today', 'In three days']);
    expect(mine.tasks.map((x) => x.id)).toEqual([overdue, dueToday, inThree]);
    expect(mine.until).toBe(addDays(today, 7));
    // The student record lists every task: open by due date, then done.
    expect(call('tasks.forStudent', { studentId: yara }).map((x) => x.title)).toEqual([
      'Overdue',
      'Today',
      "Blake's",
      'In three days',
      'Next month',
      'Done already',
    ]);
  });

  it("refuses a stale edit, another advisor's student, and another advisor's task on a contact", () => {
    const { avery, blake, yara, otto } = office();
    const task = call('tasks.create', { title: 'Send the list', dueOn: today, studentId: yara });
    call('tasks.update', { id: task.id, version: 1, title: 'Send the reference list', dueOn: today, studentId: yara });
    expect(fails('tasks.update', { id: task.id, version: 1, title: 'Old', dueOn: today, studentId: yara })).toMatchObject({
      code: 'conflict',
      details: { reason: 'stale', version: 2 },
    });
    // Completing is a change too: a form opened before it is stale.
    call('tasks.setDone', { id: task.id, done: true });
    expect(fails('tasks.update', { id: task.id, version: 2, title: 'Older', dueOn: today, studentId: yara })).toMatchObject({ code: 'conflict' });

    const server = signedIn(avery);
    expect(server.fails('tasks.create', { title: 'Not mine', dueOn: today, studentId: otto })).toMatchObject({ code: 'forbidden' });
    const contactId = call('contacts.create', { firstName: 'Dana', lastName: 'Lee' }).id;
    const blakes = call('tasks.create', { title: "Blake's call", dueOn: today, contactId, advisorId: blake });
    expect(server.fails('tasks.setDone', { id: blakes.id, done: true })).toMatchObject({ code: 'forbidden' });
    const own = server.call('tasks.create', { title: 'My call', dueOn: today, contactId });
    expect(server.call('tasks.setDone', { id: own.id, done: true }).doneOn).toBe(today);
    // Both of Avery's are done now: My day lists neither, and never Blake's.
    expect(server.call('tasks.mine', {}).tasks).toEqual([]);
  });
});

describe('"new people" goals', () => {
  it('count people first met in the window: someone known before it does not count, a new person does', () => {
    const { yara } = office();
    const start = addDays(today, -10);
    const known = call('contacts.create', { firstName: 'Kim', lastName: 'Known' }).id;
    const fresh = call('contacts.create', { firstName: 'Nia', lastName: 'New' }).id;
    const knownConnection = call('connections.create', { studentId: yara, contactId: known, relationship: 'mentor' }).id;
    call('interactions.create', { connectionId: knownConnection, kind: 'conversation', occurredOn: addDays(start, -30) });
    const goal = call('goals.create', {
      studentId: yara,
      kind: 'new_people',
      description: 'Meet 2 new people',
      targetCount: 2,
      windowStartOn: start,
      windowEndOn: today,
    }).id;
    const peopleMet = call('goals.create', {
      studentId: yara,
      kind: 'people_met',
      description: 'Meet 2 people',
      targetCount: 2,
      windowStartOn: start,
      windowEndOn: today,
    }).id;
    call('interactions.create', { connectionId: knownConnection, kind: 'conversation', occurredOn: addDays(start, 2) });
    const freshConnection = call('connections.create', { studentId: yara, contactId: fresh, relationship: 'met_at_event' }).id;
    call('interactions.create', { connectionId: freshConnection, kind: 'conversation', occurredOn: addDays(start, 3) });
    call('interactions.create', { connectionId: freshConnection, kind: 'conversation', occurredOn: addDays(start, 4) });
    const goals = call('goals.forStudent', { studentId: yara });
    expect(goals.find((g) => g.id === goal)).toMatchObject({ kind: 'new_people', progress: 1, status: 'active' });
    expect(goals.find((g) => g.id === peopleMet)).toMatchObject({ progress: 2, status: 'met' });

    // A since-date before the window makes a person known already: the goal moves back in the same save.
    call('connections.update', { id: freshConnection, relationship: 'met_at_event', sinceOn: addDays(start, -100) });
    expect(call('goals.forStudent', { studentId: yara }).find((g) => g.id === goal)).toMatchObject({ progress: 0 });
  });
});
