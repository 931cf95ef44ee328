import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../electron/core/dates';
import { freshDbForEachTest } from './helpers';

// Issue 17 item 9: "people met" counts people, not conversations.
const t = freshDbForEachTest();
const { call } = t;
const today = localToday();

const student = () => call('students.create', { firstName: 'Ada', lastName: 'Lovelace' }).id;
const contact = (first: string) => call('contacts.create', { firstName: first, lastName: 'Lee' }).id;
const connect = (s: number, c: number, relationship: 'met_at_event' | 'mentor' = 'met_at_event') =>
  call('connections.create', { studentId: s, contactId: c, relationship, sinceOn: addDays(today, -60) }).id;
const talk = (connectionId: number, occurredOn: string) => call('interactions.create', { connectionId, kind: 'conversation', occurredOn });
const meetThree = (s: number) =>
  call('goals.create', {
    studentId: s,
    kind: 'people_met',
    description: 'Meet 3 people',
    targetCount: 3,
    windowStartOn: addDays(today, -7),
    windowEndOn: today,
  }).id;
const progressOf = (s: number, id: number) => call('goals.forStudent', { studentId: s }).find((g) => g.id === id);

describe('people met', () => {
  it('counts five conversations with one person as one person met', () => {
    const s = student();
    const g = meetThree(s);
    const dana = connect(s, contact('Dana'));
    for (let i = 0; i < 5; i++) talk(dana, today);
    expect(progressOf(s, g)).toMatchObject({ progress: 1, status: 'active', metOn: null });
  });

  it('counts one person reached through two connections once, and is met on the day the third person was met', () => {
    const s = student();
    const g = meetThree(s);
    const dana = contact('Dana');
    talk(connect(s, dana), addDays(today, -6));
    talk(connect(s, dana, 'mentor'), addDays(today, -5));
    talk(connect(s, contact('Eli')), addDays(today, -4));
    expect(progressOf(s, g)).toMatchObject({ progress: 2, status: 'active' });
    const fay = connect(s, contact('Fay'));
    talk(fay, addDays(today, -2));
    talk(fay, addDays(today, -1));
    expect(progressOf(s, g)).toMatchObject({ progress: 3, status: 'met', metOn: addDays(today, -2) });
    // The stored status agrees with the computed one: rapport check finds nothing to report.
    expect(t.db.sqlite.prepare('select status, met_on as metOn from goals where id = ?').get(g)).toEqual({ status: 'met', metOn: addDays(today, -2) });
  });
});
