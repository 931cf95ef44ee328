import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/access';
import { writeSetting } from '../../electron/core/db/settings';
import { advisorsSeeWholeOfficeKey, visibleStudentsSql } from '../../electron/core/db/visible-students';
import { freshDb, procedures, type TestDb } from './helpers';
import { asCaller, callerFor, seedOffice, targets, type Seed, type Target } from './support/office-callers';

// Confidential students and students outside an advisor's caseload never reach the roles that may not see them:
// not in lists (before paging: the totals agree), search, counts, the check-in desk or a contact's and an
// employer's pages. Students: Olive and Bea (advisor A's), Otto (advisor B's), Cora (advisor B's, confidential).

let t: TestDb;
let seed: Seed;

beforeAll(async () => {
  t = await freshDb();
  seed = seedOffice(t.db);
});
afterAll(() => t.close());

const as = (role: Role) => procedures(() => asCaller(t.db, callerFor(role, seed)));
const firstNames = (names: readonly string[]) => names.map((name) => name.split(' ')[0]).sort();

/** Every place a list of students shows, for one role: the first names each shows. */
function seenBy(role: Role) {
  const { call } = as(role);
  const list = call('students.list', { pageSize: 50 });
  return {
    list: firstNames(list.rows.map((row) => row.displayName)),
    listTotal: list.total,
    search: firstNames(call('search.quick', { query: 'Student' }).students.map((s) => s.displayName)),
    studentCount: call('app.status', {}).studentCount,
    contactsConnections: firstNames(call('contacts.connections', { contactId: seed.contactId }).map((c) => c.studentName)),
    employerPlacements: firstNames(call('employers.placements', { employerId: seed.employerId }).map((p) => p.studentName)),
    attendees: firstNames(call('events.attendees', { eventId: seed.eventId }).rows.map((a) => a.studentName)),
    invited: call('events.outcome', { eventId: seed.eventId }).invited,
    inviteMatches: call('events.inviteCount', { eventId: seed.eventId, filter: {} }).matching,
    advisorBStudents: call('advisors.list', {}).find((advisor) => advisor.id === seed.advisorB)?.studentCount,
    dashboardStudents: call('dashboard.readiness', {}).activeStudents,
  };
}

const everyone = ['Bea', 'Cora', 'Olive', 'Otto'];
const noConfidential = ['Bea', 'Olive', 'Otto'];

describe('students the caller may not see never appear', () => {
  it('directors and admins see the whole office, confidential students included', () => {
    for (const role of ['admin', 'director'] as const) {
      const seen = seenBy(role);
      expect(seen).toEqual({
        list: everyone,
        listTotal: 4,
        search: everyone,
        studentCount: 4,
        contactsConnections: everyone,
        employerPlacements: everyone,
        attendees: everyone,
        invited: 4,
        inviteMatches: 4,
        advisorBStudents: 2,
        dashboardStudents: 4,
      });
    }
  });

  it('an advisor sees the whole office but another advisor’s confidential student', () => {
    expect(seenBy('advisor')).toEqual({
      list: noConfidential,
      listTotal: 3,
      search: noConfidential,
      studentCount: 3,
      contactsConnections: noConfidential,
      employerPlacements: noConfidential,
      attendees: noConfidential,
      invited: 3,
      inviteMatches: 3,
      advisorBStudents: 1,
      dashboardStudents: 3,
    });
    expect(as('advisor').call('search.quick', { query: 'Cora' }).students).toEqual([]);
  });

  it('with "advisors see the whole office" off, an advisor sees their own caseload only, and is told so for another', () => {
    writeSetting(t.db, advisorsSeeWholeOfficeKey, false);
    try {
      const seen = seenBy('advisor');
      expect([seen.list, seen.listTotal, seen.search, seen.studentCount, seen.attendees]).toEqual([['Bea', 'Olive'], 2, ['Bea', 'Olive'], 2, ['Bea', 'Olive']]);
      const refused = as('advisor').fails('students.get', { id: seed.students.other.studentId });
      expect(refused.code).toBe('forbidden');
      // An invisible student is named in the refusal by neither name nor id (the id goes to the audit log only).
      expect(refused.message).toBe('That student is not visible to you.');
      expect(refused.details).not.toHaveProperty('studentId');
    } finally {
      writeSetting(t.db, advisorsSeeWholeOfficeKey, true);
    }
  });

  it('exports hold only the students the caller may see; the confidential hold is counted only for those who may see it', async () => {
    writeSetting(t.db, advisorsSeeWholeOfficeKey, false);
    try {
      const report = async (role: Role) => {
        const file = await as(role).callAsync('exports.readinessReport', { format: 'csv' });
        const text = Buffer.from(file.base64, 'base64').toString('utf8');
        return { names: ['Olive', 'Bea', 'Otto', 'Cora'].filter((name) => text.includes(name)), withheld: file.withheld };
      };
      expect(await report('advisor')).toEqual({ names: ['Olive', 'Bea'], withheld: 0 });
      expect(await report('director')).toEqual({ names: ['Olive', 'Bea', 'Otto'], withheld: 1 });
      expect(as('advisor').call('dashboard.readiness', {}).activeStudents).toBe(2);
    } finally {
      writeSetting(t.db, advisorsSeeWholeOfficeKey, true);
    }
  });

  it('viewers never see confidential students', () => {
    const { call } = as('viewer');
    const list = call('students.list', { pageSize: 50 });
    expect([firstNames(list.rows.map((row) => row.displayName)), list.total]).toEqual([noConfidential, 3]);
    expect(firstNames(call('search.quick', { query: 'Student' }).students.map((s) => s.displayName))).toEqual(noConfidential);
    expect(call('app.status', {}).studentCount).toBe(3);
    expect(firstNames(call('contacts.connections', { contactId: seed.contactId }).map((c) => c.studentName))).toEqual(noConfidential);
    expect(call('events.outcome', { eventId: seed.eventId }).invited).toBe(3);
    expect(as('viewer').fails('students.get', { id: seed.students.confidential.studentId }).code).toBe('forbidden');
  });

  it('the front desk finds attendees by name with their name, ID and class year only, never a confidential one', () => {
    const { call } = as('frontdesk');
    const found = call('events.checkInSearch', { eventId: seed.eventId, query: 'Student' });
    expect(firstNames(found.map((a) => a.studentName))).toEqual(noConfidential);
    expect(call('events.checkInSearch', { eventId: seed.eventId, query: 'Cora' })).toEqual([]);
    for (const attendee of [...found, ...call('events.attendees', { eventId: seed.eventId }).rows]) {
      expect(attendee).toMatchObject({ program: null, goalId: null, goalDescription: null, goalStatus: null, buddyName: null, classYear: 2027 });
    }
    const checkedIn = call('attendance.checkIn', { attendanceId: seed.students.own.attendanceId, checkedIn: true });
    expect([checkedIn.studentName, checkedIn.program, checkedIn.goalId]).toEqual(['Olive Student', null, null]);
    expect(as('frontdesk').fails('readiness.student', { id: seed.students.own.studentId }).code).toBe('forbidden');
  });

  it('a refused call is audited under the signed-in user, with a message that names the student', () => {
    const refused = as('advisor').fails('students.setStatus', { id: seed.students.other.studentId, status: 'archived' });
    expect(refused).toMatchObject({ code: 'forbidden', message: 'Otto Student is not in your caseload.' });
    const row = t.db.sqlite.prepare(`select actor, action, entity, count from audit_log where action = 'refused' order by id desc limit 1`).get();
    expect(row).toEqual({ actor: 'The advisor <advisor@example.edu>', action: 'refused', entity: 'students.setStatus', count: 0 });
  });

  it('an attendee’s buddy is named only to those who may see the buddy', () => {
    const olive = seed.students.own.attendanceId;
    as('director').call('attendance.pairBuddies', { attendanceId: olive, buddyAttendanceId: seed.students.confidential.attendanceId });
    const buddyOfOlive = (role: Role) => as(role).call('events.attendees', { eventId: seed.eventId, search: 'Olive' }).rows[0]?.buddyName;
    expect([buddyOfOlive('director'), buddyOfOlive('advisor')]).toEqual(['Cora Student', null]);
  });

  it('adds no condition at all in single-user mode, for admins and for directors (their queries are unchanged)', () => {
    expect(visibleStudentsSql(t.db)).toBeNull();
    expect(visibleStudentsSql(asCaller(t.db, callerFor('director', seed)))).toBeNull();
    expect(visibleStudentsSql(asCaller(t.db, callerFor('advisor', seed)))).toBe(`(s.advisor_id = ${seed.advisorA} or s.confidential = 0)`);
    expect(visibleStudentsSql(asCaller(t.db, null))).toBe('0');
  });
});

// students.get says whether the caller may change the student (the page offers Edit, New and Log only then), and
// that answer agrees with what the core does when the caller tries: students.setStatus on the same student.
const idOf = (target: Target) => seed.students[target].studentId;

/** What students.get answers for each student the role may see (absent: refused), and whether a write went through. */
function mayChangeBy(role: Role) {
  const answers: Partial<Record<Target, { mayChange: boolean; writes: boolean }>> = {};
  for (const target of targets) {
    const caller = as(role);
    let mayChange: boolean;
    try {
      mayChange = caller.call('students.get', { id: idOf(target) }).mayChange;
    } catch {
      continue;
    }
    const status = caller.call('students.get', { id: idOf(target) }).status;
    let writes = true;
    try {
      caller.call('students.setStatus', { id: idOf(target), status });
    } catch {
      writes = false;
    }
    answers[target] = { mayChange, writes };
  }
  return answers;
}

const both = (value: boolean) => ({ mayChange: value, writes: value });

describe('students.get mayChange', () => {
  it('is true in single-user mode', () => {
    const { call } = procedures(() => t.db);
    for (const target of targets) expect(call('students.get', { id: idOf(target) }).mayChange).toBe(true);
  });

  it('is true for admins and directors on every student', () => {
    for (const role of ['admin', 'director'] as const) expect(mayChangeBy(role)).toEqual({ own: both(true), other: both(true), confidential: both(true) });
  });

  it("is true for an advisor on their own caseload only, false on another advisor's student they may read", () => {
    expect(mayChangeBy('advisor')).toEqual({ own: both(true), other: both(false) });
  });

  it('is false for viewers; front desk may not load a student page at all', () => {
    expect(mayChangeBy('viewer')).toEqual({ own: both(false), other: both(false) });
    expect(mayChangeBy('frontdesk')).toEqual({});
  });

  it('follows the office setting: with "advisors see the whole office" off, the other student is not loaded', () => {
    writeSetting(t.db, advisorsSeeWholeOfficeKey, false);
    try {
      expect(mayChangeBy('advisor')).toEqual({ own: both(true) });
    } finally {
      writeSetting(t.db, advisorsSeeWholeOfficeKey, true);
    }
  });
});
