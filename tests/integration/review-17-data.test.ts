import { describe, expect, it } from 'vitest';
import { localToday } from '../../electron/core/dates';
import { asCaller } from './support/office-callers';
import { signedInAdvisor, twoAdvisorOffice } from './support/two-advisors';
import { freshDbForEachTest, procedures } from './helpers';

// Review of issue 17's data and access paths (R1): what the day's features must keep true under attack.
const t = freshDbForEachTest();
const { call } = t;
const today = localToday();

const office = () => twoAdvisorOffice(call);
const signedIn = (advisorId: number) => signedInAdvisor(t, advisorId);

describe('tasks on a contact', () => {
  it('move to the kept contact when a duplicate is merged, instead of vanishing with it', () => {
    const { blake } = office();
    const keep = call('contacts.create', { firstName: 'Dana', lastName: 'Lee', email: 'dana@acme.example' }).id;
    const dup = call('contacts.create', { firstName: 'Dana', lastName: 'Lee', email: 'dana.lee@acme.example' }).id;
    const task = call('tasks.create', { title: 'Call Dana back', dueOn: today, contactId: dup, advisorId: blake });
    call('contacts.merge', { keepId: keep, mergeId: dup });
    expect(call('tasks.forContact', { contactId: keep }).map((x) => x.id)).toEqual([task.id]);
  });

  it("are not deleted by an advisor deleting the contact when they are another advisor's", () => {
    const { avery, blake } = office();
    const contactId = call('contacts.create', { firstName: 'Dana', lastName: 'Lee' }).id;
    const blakes = call('tasks.create', { title: 'Blake’s call', dueOn: today, contactId, advisorId: blake });
    const server = signedIn(avery);
    expect(server.fails('tasks.delete', { id: blakes.id })).toMatchObject({ code: 'forbidden' });
    expect(server.fails('contacts.delete', { id: contactId })).toMatchObject({ code: 'forbidden', message: expect.stringContaining('“Blake’s call”') });
    expect(call('tasks.forContact', { contactId }).map((x) => x.id)).toEqual([blakes.id]);
  });

  it("refuses an advisor deleting a contact whose task names another advisor's student", () => {
    const { avery, otto } = office();
    const contactId = call('contacts.create', { firstName: 'Dana', lastName: 'Lee' }).id;
    call('tasks.create', { title: 'Introduce Otto', dueOn: today, contactId, studentId: otto });
    expect(signedIn(avery).fails('contacts.delete', { id: contactId })).toMatchObject({ code: 'forbidden' });
    expect(call('tasks.forContact', { contactId })).toHaveLength(1);
  });
});

describe('the kiosk', () => {
  function eventStarting(startsAt: Date) {
    return call('events.create', {
      title: 'Fair',
      kind: 'career_fair',
      format: 'in_person',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
      status: 'scheduled',
    }).id;
  }

  it("finds nobody before or days after the event's day: the list is private outside the door's day", () => {
    const ada = call('students.create', { firstName: 'Ada', lastName: 'Lovelace', schoolEmail: 'ada@example.edu' }).id;
    for (const startsAt of [new Date(Date.now() + 12 * 86400_000), new Date(Date.now() - 12 * 86400_000)]) {
      const eventId = eventStarting(startsAt);
      call('events.invite', { eventId, studentIds: [ada] });
      expect(t.fails('events.kioskFind', { eventId, query: 'ada@example.edu' })).toMatchObject({ code: 'invalid_input', details: { reason: 'not_open' } });
    }
  });
});

describe('a walk-in at the desk', () => {
  it('typed as new with the school email of a confidential student does not tell the front desk who they are', () => {
    const startsAt = new Date(Date.now() - 3600_000);
    const eventId = call('events.create', {
      title: 'Fair',
      kind: 'career_fair',
      format: 'in_person',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
      status: 'scheduled',
    }).id;
    call('students.create', { firstName: 'Zelda', lastName: 'Quiet', schoolEmail: 'zq@example.edu', confidential: true });
    const desk = procedures(() => asCaller(t.db, { userId: 2, email: 'desk@example.edu', name: 'Desk', role: 'frontdesk', advisorId: null }));
    const refusal = desk.fails('events.walkIn', { eventId, newStudent: { firstName: 'Z', lastName: 'Q', schoolEmail: 'zq@example.edu' } });
    expect(refusal.code).toBe('conflict');
    expect(refusal.message).not.toMatch(/Zelda|Quiet/);
    expect(call('students.list', { search: 'zq@' }).total).toBe(1);
  });
});

describe('a bulk change', () => {
  it('that names a student twice changes them once and can be undone', () => {
    const { yara, otto } = office();
    const picked = [yara, yara, otto].map((id) => ({ id, version: call('students.get', { id }).version }));
    const result = call('students.bulkChange', { students: picked, change: { kind: 'addLabel', label: 'Fair' } });
    expect(result).toMatchObject({ changed: 2, unchanged: 0 });
    call('students.bulkUndo', { changeId: result.changeId, studentIds: [yara, otto] });
    expect([yara, otto].map((id) => call('students.get', { id }).labels)).toEqual([[], []]);
  });
});

describe('My day', () => {
  it('is refused to a viewer linked to an advisor (their confidential students stay hidden, as the lists hide them)', () => {
    const { avery } = office();
    const quiet = call('students.create', { firstName: 'Zelda', lastName: 'Quiet', advisorId: avery, confidential: true }).id;
    const contact = call('contacts.create', { firstName: 'Sam', lastName: 'Stale' }).id;
    call('connections.create', { studentId: quiet, contactId: contact, relationship: 'mentor', sinceOn: '2020-01-01' });
    call('goals.create', {
      studentId: quiet,
      kind: 'people_met',
      description: 'Meet two people',
      targetCount: 2,
      windowStartOn: today,
      windowEndOn: today,
    });
    const asAdvisor = signedIn(avery).call('myDay.get', {});
    expect(JSON.stringify(asAdvisor)).toContain('Zelda');
    const viewer = procedures(() => asCaller(t.db, { userId: 3, email: 'v@example.edu', name: 'Viewer', role: 'viewer', advisorId: avery }));
    expect(viewer.call('students.list', {}).rows.map((s) => s.id)).not.toContain(quiet);
    // My day is an advisor's own work: a viewer (even one linked to an advisor) is refused it, not shown a filtered copy.
    expect(viewer.fails('myDay.get', {}).code).toBe('forbidden');
  });
});

describe('the history', () => {
  it('on the office server holds one entry per bulk change, per undo and per note or task write — none twice, none missing', () => {
    const { avery, yara } = office();
    const ann = call('students.create', { firstName: 'Ann', lastName: 'Own', advisorId: avery }).id;
    const server = signedIn(avery);
    const entries = () => Number(t.db.sqlite.prepare('select count(*) from audit_log').pluck().get());
    const before = entries();
    const picked = [yara, ann].map((id) => ({ id, version: call('students.get', { id }).version }));
    const change = server.call('students.bulkChange', { students: picked, change: { kind: 'archive' } });
    expect(entries()).toBe(before + 1);
    server.call('students.bulkUndo', { changeId: change.changeId, studentIds: [yara, ann] });
    expect(entries()).toBe(before + 2);
    const note = server.call('notes.create', { studentId: yara, kind: 'appointment', body: 'Talked about the fair', occurredOn: today });
    const task = server.call('tasks.create', { title: 'Send the list', dueOn: today, studentId: yara });
    server.call('tasks.setDone', { id: task.id, done: true });
    server.call('notes.delete', { id: note.id });
    server.call('tasks.delete', { id: task.id });
    expect(entries()).toBe(before + 7);
  });
});
