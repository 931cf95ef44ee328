import ICAL from 'ical.js';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/api/contract';
import type { InteractionKind } from '../../shared/domain';
import { addDays, localToday } from '../../electron/core/dates';
import { freshDb, present, procedures, type TestDb } from './helpers';

let t: TestDb;
const today = localToday();
beforeEach(async () => {
  t = await freshDb();
  call('app.startEmpty', {});
});
afterEach(() => t.close());
const { call, callAsync, fails } = procedures(() => t.db);

const count = (q: string, ...p: unknown[]) =>
  t.db.sqlite
    .prepare(q)
    .pluck()
    .get(...p);

const student = (first = 'Ada', extra: object = {}) => call('students.create', { firstName: first, lastName: 'Lovelace', ...extra }).id;
const contact = (first = 'Dana') => call('contacts.create', { firstName: first, lastName: 'Lee' }).id;
const connect = (s: number, c: number) =>
  call('connections.create', { studentId: s, contactId: c, relationship: 'met_at_event', sinceOn: addDays(today, -60) }).id;
const log = (connectionId: number, kind: InteractionKind, occurredOn: string) => call('interactions.create', { connectionId, kind, occurredOn });
const goal = (id: number, studentId: number) => {
  const found = call('goals.forStudent', { studentId }).find((g) => g.id === id);
  if (!found) throw new Error('goal missing');
  return found;
};
// The instant of a wall time on this machine (the office's zone by default), as the renderer sends it.
const localDateTime = (isoDate: string, time: string) => new Date(`${isoDate}T${time}`).toISOString();
/** An event's times: from one wall time to another on the day `dayOffset` days from today. */
const at = (dayOffset: number, from = '17:00', to = '19:00') => ({
  startsAt: localDateTime(addDays(today, dayOffset), from),
  endsAt: localDateTime(addDays(today, dayOffset), to),
});
/** A goal's window, from `from` to `to` days from today. */
const days = (from: number, to: number) => ({ windowStartOn: addDays(today, from), windowEndOn: addDays(today, to) });
function event(extra: object = {}) {
  return call('events.create', {
    title: 'Alumni Mixer, Spring; "Meet & Greet"',
    kind: 'alumni_mixer',
    format: 'in_person',
    ...at(-1),
    status: 'scheduled',
    ...extra,
  });
}

describe('goal progress', () => {
  it('counts exactly the matching interactions inside the window, boundaries included', () => {
    const s = student();
    // One person each: people met count people (tests/integration/people-met.test.ts).
    const person = (first: string) => connect(s, contact(first));
    const from = addDays(today, -20);
    const to = addDays(today, -10);
    const g = call('goals.create', { studentId: s, kind: 'people_met', description: 'Meet people', targetCount: 5, windowStartOn: from, windowEndOn: to }).id;
    log(person('Ann'), 'conversation', addDays(from, -1)); // before
    log(person('Bo'), 'conversation', from); // first day
    log(person('Cal'), 'conversation', to); // last day
    log(person('Dee'), 'conversation', addDays(to, 1)); // after
    log(person('Eve'), 'thank_you_email', addDays(from, 2)); // another kind
    expect(goal(g, s)).toMatchObject({ progress: 2, status: 'not_met_yet' });
  });

  it('counts follow-ups, informational interviews and check-ins by kind, plus manual adjustments', () => {
    const s = student();
    const c = connect(s, contact());
    const window = days(-5, 5);
    const followUps = call('goals.create', { studentId: s, kind: 'follow_ups_sent', description: 'Follow up', targetCount: 3, ...window }).id;
    const questions = call('goals.create', { studentId: s, kind: 'questions_asked', description: 'Ask', targetCount: 3, manualAdjustment: 2, ...window }).id;
    const attended = call('goals.create', { studentId: s, kind: 'events_attended', description: 'Go', targetCount: 1, ...window }).id;
    for (const kind of ['thank_you_note', 'thank_you_email', 'linkedin_connection', 'informational_interview'] satisfies InteractionKind[]) log(c, kind, today);
    expect(goal(followUps, s)).toMatchObject({ progress: 3, status: 'met', metOn: today });
    expect(goal(questions, s)).toMatchObject({ progress: 2, status: 'active' });
    const e = event();
    call('events.invite', { eventId: e.id, studentIds: [s] });
    const [attendee] = call('events.attendees', { eventId: e.id }).rows;
    call('attendance.checkIn', { attendanceId: present(attendee).attendanceId, checkedIn: true });
    expect(goal(attended, s)).toMatchObject({ progress: 1, status: 'met' });
  });

  it('is met on the day the target was reached, and goes back when an interaction is removed', () => {
    const s = student();
    const c = connect(s, contact());
    const g = call('goals.create', { studentId: s, kind: 'people_met', description: 'Two people', targetCount: 2, ...days(-10, 10) }).id;
    log(c, 'conversation', addDays(today, -8));
    const second = log(connect(s, contact('Eli')), 'conversation', addDays(today, -3));
    log(connect(s, contact('Fay')), 'conversation', addDays(today, -1));
    expect(goal(g, s)).toMatchObject({ status: 'met', metOn: addDays(today, -3), progress: 3 });
    call('interactions.delete', { id: second.id });
    expect(goal(g, s)).toMatchObject({ status: 'met', progress: 2 });
    call('interactions.delete', { id: log(c, 'other', today).id });
    const [first] = t.db.sqlite.prepare(`select id from interactions where kind = 'conversation' order by occurred_on`).pluck().all().map(Number);
    call('interactions.delete', { id: present(first) });
    expect(goal(g, s)).toMatchObject({ status: 'active', progress: 1, metOn: null });
  });

  it('uses the event day until 48 hours after for an event goal, and offers a kind "try again"', () => {
    const s = student();
    const c = connect(s, contact());
    const e = event();
    const g = call('goals.create', { studentId: s, kind: 'follow_ups_sent', description: 'Follow up', targetCount: 2, eventId: e.id });
    expect(g).toMatchObject({ effectiveStartOn: addDays(today, -1), effectiveEndOn: addDays(today, 1) });
    log(c, 'thank_you_email', today);
    const again = call('goals.tryAgain', { id: g.id, windowStartOn: today, windowEndOn: addDays(today, 14) });
    expect(again).toMatchObject({ status: 'active', progress: 1 });
  });

  it('refuses a goal of zero or absurd size, and a window that ends before it starts', () => {
    const s = student();
    const base = {
      studentId: s,
      kind: 'people_met',
      description: 'x',
      ...days(0, 7),
    };
    expect(fails('goals.create', { ...base, targetCount: 0 }).message).toContain('targetCount must be at least 1');
    expect(fails('goals.create', { ...base, targetCount: 500 }).message).toContain('targetCount must be at most 50');
    expect(fails('goals.create', { ...base, targetCount: 2, windowEndOn: addDays(today, -1) }).details).toMatchObject({
      field: 'windowEndOn',
    });
    expect(fails('goals.create', { ...base, targetCount: 2, windowStartOn: null, windowEndOn: null }).message).toContain('needs a window');
    expect(count('select count(*) from goals')).toBe(0);
  });

  it('refuses a second goal counting the same things in an overlapping window', () => {
    const s = student();
    const window = days(0, 10);
    call('goals.create', { studentId: s, kind: 'people_met', description: 'Meet two', targetCount: 2, ...window });
    const error = fails('goals.create', { studentId: s, kind: 'people_met', description: 'Meet three', targetCount: 3, ...days(5, 20) });
    expect(error).toMatchObject({ code: 'conflict', details: { field: 'windowStartOn' } });
    expect(error.message).toContain('“Meet two”');
    call('goals.create', { studentId: s, kind: 'follow_ups_sent', description: 'Other kind', targetCount: 1, ...window });
  });

  it('dates a goal completed by hand on the day it was reported', () => {
    const s = student();
    const g = call('goals.create', { studentId: s, kind: 'custom', description: 'Update LinkedIn', targetCount: 1, ...days(-20, 20) });
    expect(call('goals.markMet', { id: g.id, metOn: addDays(today, -2) }).metOn).toBe(addDays(today, -2));
    // The dashboards' per-student summary carries the reported day too.
    expect(count('select goal_last_met_on from students where id = ?', s)).toBe(addDays(today, -2));
    const q = call('goals.create', { studentId: s, kind: 'questions_asked', description: 'Ask two', targetCount: 2, ...days(-20, 20) });
    const met = call('goals.update', {
      id: q.id,
      studentId: s,
      kind: 'questions_asked',
      description: 'Ask two',
      targetCount: 2,
      ...days(-20, 20),
      manualAdjustment: 2,
    });
    expect(met).toMatchObject({ status: 'met', metOn: today });
  });

  it('suggests the next rung after the last one met', () => {
    const s = student();
    const ladder = call('goalTemplates.list', {});
    expect(call('goals.nextRung', { studentId: s }).template?.rung).toBe(1);
    const applied = call('goals.applyTemplate', { studentId: s, templateId: present(ladder[1]).id, ...days(0, 30) });
    call('goals.markMet', { id: applied.id, metOn: today });
    expect(call('goals.nextRung', { studentId: s }).template?.rung).toBe(3);
  });
});

describe('events', () => {
  it('refuses an event that ends before it starts, and warns about overlaps', () => {
    expect(
      fails('events.create', {
        title: 'X',
        kind: 'workshop',
        format: 'virtual',
        startsAt: '2026-12-03T17:00:00-08:00',
        endsAt: '2026-12-03T16:00:00-08:00',
      }).details,
    ).toMatchObject({ field: 'endsAt' });
    const a = event();
    const b = event({ title: 'Overlapping workshop', ...at(-1, '18:00', '20:00') });
    expect(call('events.get', { id: b.id }).conflicts.map((x) => x.id)).toEqual([a.id]);
  });

  it('never exceeds capacity and promotes the waitlist in order', () => {
    const e = event({ capacity: 2, ...at(10) });
    const ids = ['A', 'B', 'C', 'D', 'E'].map((n) => student(n));
    call('events.invite', { eventId: e.id, studentIds: ids });
    const attendees = call('events.attendees', { eventId: e.id }).rows;
    const byStudent = new Map(attendees.map((a) => [a.studentId, a.attendanceId]));
    const notes: (string | null)[] = [];
    for (let round = 0; round < 3; round++) {
      for (const id of ids) notes.push(call('attendance.setRsvp', { attendanceId: present(byStudent.get(id)), rsvp: 'registered' }).note);
      expect(count(`select count(*) from attendance where event_id = ? and rsvp = 'registered'`, e.id)).toBe(2);
    }
    // Every attempt beyond capacity says so (three students, three rounds).
    expect(notes.filter((n) => n?.includes('full'))).toHaveLength(9);
    // A and B registered; C, D, E waitlisted in that order. B declines: C moves up, then D.
    const note = call('attendance.setRsvp', { attendanceId: present(byStudent.get(present(ids[1]))), rsvp: 'declined' }).note;
    expect(note).toBe('C Lovelace moved up from the waitlist.');
    call('attendance.setRsvp', { attendanceId: present(byStudent.get(present(ids[0]))), rsvp: 'declined' });
    expect(t.db.sqlite.prepare(`select student_id from attendance where event_id = ? and rsvp = 'registered' order by student_id`).pluck().all(e.id)).toEqual([
      ids[2],
      ids[3],
    ]);
  });

  it("keeps a waiting student's place when they ask again, and refuses a capacity below those registered", () => {
    const e = event({ capacity: 1, ...at(10) });
    const ids = ['A', 'B', 'C'].map((n) => student(n));
    call('events.invite', { eventId: e.id, studentIds: ids });
    const rows = call('events.attendees', { eventId: e.id }).rows;
    const of = (i: number) => present(rows.find((r) => r.studentId === ids[i])).attendanceId;
    for (const i of [0, 1, 2, 1, 1]) call('attendance.setRsvp', { attendanceId: of(i), rsvp: 'registered' });
    expect(call('attendance.setRsvp', { attendanceId: of(0), rsvp: 'declined' }).note).toBe('B Lovelace moved up from the waitlist.');
    const base: Omit<ProcedureInput<'events.update'>, 'id'> = {
      title: 'T',
      kind: 'workshop',
      format: 'in_person',
      ...at(10),
      status: 'scheduled',
    };
    call('events.update', { id: e.id, ...base, capacity: 2 });
    expect(t.db.sqlite.prepare(`select count(*) from attendance where event_id = ? and rsvp = 'registered'`).pluck().get(e.id)).toBe(2);
    expect(fails('events.update', { id: e.id, ...base, capacity: 1 }).details).toMatchObject({ field: 'capacity' });
  });

  it('does not register or invite archived students', () => {
    const e = event(at(3, '10:00', '12:00'));
    const active = student('Ada');
    const archived = student('Alan');
    call('events.invite', { eventId: e.id, studentIds: [archived] });
    call('students.setStatus', { id: archived, status: 'archived' });
    const attendee = call('events.attendees', { eventId: e.id }).rows[0];
    expect(fails('attendance.setRsvp', { attendanceId: attendee?.attendanceId, rsvp: 'registered' }).message).toContain('only active students can register');
    expect(call('events.invite', { eventId: e.id, studentIds: [active, archived] })).toEqual({
      invited: 1,
      alreadyInvited: 0,
      skippedInactive: 1,
    });
  });

  it('invites by filter with a goal each, finds attendees at the door, and tracks follow-ups', () => {
    const e = event();
    const ada = student('Ada', { classYear: 2027, program: 'Biology' });
    student('Bob', { classYear: 2027, program: 'History' });
    student('Cy', { classYear: 2028, program: 'Biology' });
    const rung = call('goalTemplates.list', {})[2];
    expect(call('events.inviteCount', { eventId: e.id, filter: { classYear: 2027 } })).toEqual({
      matching: 2,
      alreadyInvited: 0,
    });
    const invited = call('events.invite', { eventId: e.id, filter: { classYear: 2027, program: 'Biology' }, goalTemplateId: present(rung).id });
    expect(invited).toMatchObject({ invited: 1 });
    const [found] = call('events.checkInSearch', { eventId: e.id, query: 'lovel ad' });
    expect(found?.goalStatus).toBe('active');
    call('attendance.checkIn', { attendanceId: present(found).attendanceId, checkedIn: true });
    const dana = contact('Dana');
    call('events.logMeeting', { eventId: e.id, studentId: ada, contactId: dana });
    call('events.logMeeting', { eventId: e.id, studentId: ada, newContact: { firstName: 'Eve', lastName: 'Stone', title: 'Recruiter' } });
    const goals = call('goals.forStudent', { studentId: ada });
    expect(goals.find((g) => g.eventId === e.id)).toMatchObject({ status: 'met', progress: 2 });
    const [conn] = t.db.sqlite.prepare('select id from connections where contact_id = ?').pluck().all(dana).map(Number);
    log(conn ?? 0, 'thank_you_email', today);
    const followUps = call('events.followUps', { eventId: e.id });
    expect(followUps[0]?.people).toEqual([
      expect.objectContaining({ contactName: 'Dana Lee', withinTwoDays: true }),
      expect.objectContaining({ contactName: 'Eve Stone', withinTwoDays: false }),
    ]);
    expect(call('events.outcome', { eventId: e.id })).toMatchObject({
      attended: 1,
      goalsSet: 1,
      goalsMet: 1,
      peopleMet: 2,
      followUpsSent: 1,
      followUpsWithinTwoDays: 1,
    });
  });

  it('pairs buddies with the shared challenge goal', () => {
    const e = event(at(3, '10:00', '12:00'));
    const a = student('Ada');
    const b = student('Bea');
    call('events.invite', { eventId: e.id, studentIds: [a, b] });
    const rows = call('events.attendees', { eventId: e.id }).rows;
    const pair = call('attendance.pairBuddies', { attendanceId: present(rows[0]).attendanceId, buddyAttendanceId: present(rows[1]).attendanceId });
    expect(pair.map((p) => p.buddyName)).toEqual(['Bea Lovelace', 'Ada Lovelace']);
    expect(pair.every((p) => p.goalDescription?.startsWith('Go with a friend'))).toBe(true);
  });
});

describe('event exports', () => {
  it('writes an iCalendar file that an independent parser reads back', async () => {
    const long = 'Bring questions; meet alumni, recruiters and faculty. '.repeat(6) + 'Ünïcödé ✓';
    const e = event({ description: long, location: 'Room 1, Building A; floor 2', ...at(5) });
    const file = await callAsync('events.exportIcs', { eventId: e.id });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(file.mimeType).toContain('text/calendar');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevent = calendar.getFirstSubcomponent('vevent');
    const parsed = new ICAL.Event(vevent ?? undefined);
    expect(parsed.summary).toBe('Alumni Mixer, Spring; "Meet & Greet"');
    expect(parsed.location).toBe('Room 1, Building A; floor 2');
    expect(parsed.description).toBe(long);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(new Date(localDateTime(addDays(today, 5), '17:00')).toISOString());
    const all = await callAsync('events.exportIcs', {});
    expect(
      Buffer.from(all.base64, 'base64')
        .toString('utf8')
        .match(/BEGIN:VEVENT/g),
    ).toHaveLength(1);
  });

  it('exports attendees to XLSX and CSV with no formulas and no confidential students', async () => {
    const e = event();
    const evil = student('=HYPERLINK("http://x")', { externalId: '+123' });
    const secret = student('Hidden', { confidential: true });
    const plain = student('Ada', { classYear: 2027 });
    call('events.invite', { eventId: e.id, studentIds: [evil, secret, plain] });
    const xlsx = await callAsync('events.exportAttendees', { eventId: e.id, format: 'xlsx' });
    const workbook = XLSX.read(Buffer.from(xlsx.base64, 'base64'), { type: 'buffer', cellFormula: true });
    const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('no sheet');
    const cells = Object.entries(sheet).filter(([key]) => !key.startsWith('!'));
    expect(cells.filter(([, cell]) => typeof cell === 'object' && cell !== null && 'f' in cell)).toEqual([]);
    const values = cells.map(([, cell]) => String((cell as { v: unknown }).v));
    // XLSX strings are string cells, never formulas: stored as typed, with no guard (CSV keeps its guard below).
    expect(values).toContain(`=HYPERLINK("http://x") Lovelace`);
    expect(values).toContain(`+123`);
    expect(values.some((v) => v.includes('Hidden'))).toBe(false);
    expect(cells.some(([, cell]) => (cell as { v: unknown; t: string }).v === 2027 && (cell as { t: string }).t === 'n')).toBe(true);
    const csv = Buffer.from((await callAsync('events.exportAttendees', { eventId: e.id, format: 'csv' })).base64, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFStudent,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") Lovelace"`);
    expect(csv).not.toContain('Hidden');
    const pdf = await callAsync('events.checkInSheet', { eventId: e.id });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(count(`select count(*) from audit_log where action = 'export'`)).toBe(3);
  });
});

describe('goals on the dashboard', () => {
  it('counts students with a goal met this term and without an active goal', () => {
    const a = student('Ada', { program: 'Biology' });
    student('Bob', { program: 'History' });
    const g = call('goals.create', { studentId: a, kind: 'custom', description: 'x', targetCount: 1, ...days(0, 10) });
    let figures = call('dashboard.goals', {});
    expect(figures).toMatchObject({ activeStudents: 2, withGoalMetInTerm: 0, withoutActiveGoal: 1 });
    call('goals.markMet', { id: g.id, metOn: today });
    figures = call('dashboard.goals', {});
    expect(figures).toMatchObject({ activeStudents: 2, withGoalMetInTerm: 1, withoutActiveGoal: 2 });
    expect(call('dashboard.goals', { program: 'History' })).toMatchObject({ activeStudents: 1, withGoalMetInTerm: 0 });
    const perMonth = call('dashboard.goals', {}).metPerMonth;
    expect(perMonth).toHaveLength(12);
    expect(perMonth.at(-1)).toEqual({ month: today.slice(0, 7), met: 1 });
  });
});
