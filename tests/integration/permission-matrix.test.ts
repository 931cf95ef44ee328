import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noSession, roles, type Role } from '../../shared/api/access';
import type { Caller } from '../../shared/api/caller';
import { contract, procedureNames, type ProcedureInput, type ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { reaches } from '../../electron/core/access/touches';
import { dispatchAsync } from '../../electron/core/dispatch';
import { freshDb, type TestDb } from './helpers';
import { asCaller, callerFor, goalWindow, seedOffice, targets, type Seed, type StudentRecords, type Target } from './support/office-callers';

// The office server's access rules, procedure by procedure: every procedure of the contract × every role × a
// student in the caller's caseload, one outside it and a confidential one, called through dispatch with a request
// as the office host makes it. The expectation is read from each procedure's declared rule (shared/api/access.ts);
// the inputs come from the table below, which must name every procedure (a new one without an entry does not
// compile). Each call runs in a transaction rolled back afterwards, so every case starts from the same office.

type Case<K extends ProcedureName> =
  { about: 'office'; input: (s: Seed) => ProcedureInput<K> } | { about: 'student'; input: (s: Seed, t: StudentRecords) => ProcedureInput<K> };

const office = <K extends ProcedureName>(input: (s: Seed) => ProcedureInput<K>): Case<K> => ({ about: 'office', input });
const student = <K extends ProcedureName>(input: (s: Seed, t: StudentRecords) => ProcedureInput<K>): Case<K> => ({ about: 'student', input });
/** A procedure whose input is empty (every field optional): one case for any name, checked per name by `satisfies`. */
const none = { about: 'office', input: () => ({}) } as const;

const day = '2026-03-02';
const filter = { format: 'csv' } as const;

/** One valid input per procedure; `student` cases name the target student's records. */
const cases = {
  'office.dataVersion': none,
  'app.status': none,
  'app.loadDemo': office(() => ({ students: 1 })),
  'app.startEmpty': none,
  'settings.get': none,
  'settings.update': office(() => ({ officeName: 'Career Center' })),
  'advisors.list': none,
  'advisors.create': office(() => ({ name: 'New Advisor', email: 'new.advisor@example.edu' })),
  'search.quick': office(() => ({ query: 'Student' })),
  'audit.recent': none,
  'audit.list': none,
  'students.list': none,
  'students.get': student((_, t) => ({ id: t.studentId })),
  'students.create': student((_, t) => ({ firstName: 'New', lastName: 'Student', advisorId: t.advisorId })),
  'students.update': student((_, t) => ({ id: t.studentId, firstName: 'Renamed', lastName: 'Student', advisorId: t.advisorId })),
  'students.setStatus': student((_, t) => ({ id: t.studentId, status: 'alumnus' })),
  'students.networkSummary': student((_, t) => ({ id: t.studentId })),
  'students.selection': none,
  'students.bulkChange': student((_, t) => ({ students: [{ id: t.studentId }], change: { kind: 'addLabel', label: 'Bulk' } })),
  'students.bulkUndo': student((_, t) => ({ changeId: 999_999, studentIds: [t.studentId] })),
  'students.facets': none,
  'students.timeline': student((_, t) => ({ studentId: t.studentId })),
  'contacts.list': none,
  'contacts.get': office((s) => ({ id: s.contactId })),
  'contacts.create': office(() => ({ firstName: 'Pat', lastName: 'Contact' })),
  'contacts.update': office((s) => ({ id: s.contactId, firstName: 'Dana', lastName: 'Renamed' })),
  'contacts.deletePreview': office((s) => ({ id: s.otherContactId })),
  'contacts.delete': student((_, t) => ({ id: t.soleContactId })),
  'contacts.duplicates': office((s) => ({ id: s.contactId })),
  'contacts.merge': student((s, t) => ({ keepId: s.otherContactId, mergeId: t.soleContactId })),
  'contacts.mergePreview': office((s) => ({ keepId: s.contactId, mergeId: s.otherContactId })),
  'contacts.connections': office((s) => ({ contactId: s.contactId })),
  'contacts.placementsSupervised': office((s) => ({ contactId: s.contactId })),
  'contacts.options': office(() => ({ search: 'Dana' })),
  'employers.list': none,
  'employers.industries': none,
  'employers.get': office((s) => ({ id: s.employerId })),
  'employers.create': office(() => ({ name: 'Globex' })),
  'employers.update': office((s) => ({ id: s.employerId, name: 'Initech Two' })),
  'employers.options': none,
  'employers.placements': office((s) => ({ employerId: s.employerId })),
  'connections.forStudent': student((_, t) => ({ studentId: t.studentId })),
  'connections.create': student((s, t) => ({ studentId: t.studentId, contactId: s.otherContactId, relationship: 'mentor' })),
  'connections.update': student((_, t) => ({ id: t.connectionId, relationship: 'coworker' })),
  'connections.delete': student((_, t) => ({ id: t.connectionId })),
  'interactions.create': student((_, t) => ({ connectionId: t.connectionId, kind: 'conversation', occurredOn: day })),
  'interactions.bulkCreate': student((_, t) => ({ connectionIds: [t.connectionId], kind: 'conversation', occurredOn: day })),
  'interactions.update': student((_, t) => ({ id: t.interactionId, kind: 'thank_you_email', occurredOn: day })),
  'interactions.delete': student((_, t) => ({ id: t.interactionId })),
  'placements.forStudent': student((_, t) => ({ studentId: t.studentId })),
  'placements.create': student((s, t) => ({ studentId: t.studentId, employerId: s.employerId, kind: 'job', role: 'Analyst', startOn: day })),
  'placements.update': student((s, t) => ({
    id: t.placementId,
    studentId: t.studentId,
    employerId: s.employerId,
    kind: 'co_op',
    role: 'Intern',
    startOn: day,
  })),
  'placements.delete': student((_, t) => ({ id: t.placementId })),
  'keepInTouch.windows': none,
  'keepInTouch.updateWindows': office(() => ({ windows: [{ relationship: 'mentor', idealDays: 30, maxDays: 60 }] })),
  'keepInTouch.losingTouch': none,
  'keepInTouch.staleCount': none,
  'wrapUp.forStudent': student((_, t) => ({ studentId: t.studentId })),
  'wrapUp.templates': none,
  'wrapUp.updateTemplates': office(() => ({ templates: { thank_you_note: 'a', thank_you_email: 'b', linkedin_connection: 'c', milestone_update: 'd' } })),
  'milestones.forStudent': student((_, t) => ({ studentId: t.studentId })),
  'milestones.create': student((_, t) => ({ studentId: t.studentId, kind: 'interview', occurredOn: day })),
  'milestones.markSent': student((_, t) => ({ milestoneId: t.milestoneId, connectionIds: [t.connectionId], occurredOn: day })),
  'notes.forStudent': student((_, t) => ({ studentId: t.studentId })),
  'notes.create': student((_, t) => ({ studentId: t.studentId, kind: 'call', occurredOn: day, body: 'Called about the fair' })),
  'notes.update': student((_, t) => ({ id: t.noteId, kind: 'drop_in', occurredOn: day, body: 'Dropped in' })),
  'notes.delete': student((_, t) => ({ id: t.noteId })),
  'tasks.forStudent': student((_, t) => ({ studentId: t.studentId })),
  'tasks.forContact': office((s) => ({ contactId: s.contactId })),
  'tasks.mine': none,
  'tasks.create': student((_, t) => ({ studentId: t.studentId, title: 'Send the list', dueOn: day })),
  'tasks.update': student((_, t) => ({ id: t.taskId, studentId: t.studentId, title: 'Send the list', dueOn: day })),
  'tasks.setDone': student((_, t) => ({ id: t.taskId, done: true })),
  'tasks.delete': student((_, t) => ({ id: t.taskId })),
  'goals.forStudent': student((_, t) => ({ studentId: t.studentId })),
  'goals.create': student((_, t) => ({ studentId: t.studentId, kind: 'people_met', description: 'Meet two people', targetCount: 2, ...goalWindow })),
  'goals.update': student((_, t) => ({ id: t.goalId, studentId: t.studentId, kind: 'people_met', description: 'Meet three', targetCount: 3, ...goalWindow })),
  'goals.setDropped': student((_, t) => ({ id: t.goalId, dropped: true })),
  'goals.markMet': student((_, t) => ({ id: t.goalId, metOn: day })),
  'goals.tryAgain': student((_, t) => ({ id: t.goalId, ...goalWindow })),
  'goals.delete': student((_, t) => ({ id: t.goalId })),
  'goals.nextRung': student((_, t) => ({ studentId: t.studentId })),
  'goals.applyTemplate': student((s, t) => ({ studentId: t.studentId, templateId: s.templateId, ...goalWindow })),
  'goalTemplates.list': none,
  'goalTemplates.save': office(() => ({ templates: [{ title: 'Meet people', kind: 'people_met', targetCount: 2 }] })),
  'events.list': none,
  'events.get': office((s) => ({ id: s.eventId })),
  'events.create': office(() => ({
    title: 'Mixer',
    kind: 'alumni_mixer',
    format: 'in_person',
    startsAt: '2030-05-01T17:00:00Z',
    endsAt: '2030-05-01T19:00:00Z',
  })),
  'events.update': office((s) => ({
    id: s.eventId,
    title: 'Fair, moved',
    kind: 'career_fair',
    format: 'in_person',
    startsAt: '2030-04-02T17:00:00Z',
    endsAt: '2030-04-02T19:00:00Z',
  })),
  'events.conflicts': office(() => ({ startsAt: '2030-04-01T17:00:00Z', endsAt: '2030-04-01T19:00:00Z' })),
  'events.calendar': office(() => ({ month: '2030-04' })),
  'events.attendees': office((s) => ({ eventId: s.eventId })),
  'events.inviteCount': office((s) => ({ eventId: s.eventId, filter: {} })),
  'events.invite': student((s, t) => ({ eventId: s.eventId, studentIds: [t.studentId] })),
  'events.suggestions': office((s) => ({ eventId: s.eventId })),
  'attendance.setRsvp': student((_, t) => ({ attendanceId: t.attendanceId, rsvp: 'declined' })),
  'attendance.checkIn': student((_, t) => ({ attendanceId: t.attendanceId, checkedIn: true })),
  'attendance.pairBuddies': student((s, t) => ({ attendanceId: t.attendanceId, buddyAttendanceId: s.buddyAttendanceId })),
  'events.checkInSearch': office((s) => ({ eventId: s.eventId, query: 'Student' })),
  'events.checkInList': office((s) => ({ eventId: s.eventId })),
  'events.walkInCandidates': office((s) => ({ eventId: s.eventId, query: 'Student' })),
  'events.walkIn': student((s, t) => ({ eventId: s.eventId, studentId: t.studentId })),
  'events.kioskFind': office((s) => ({ eventId: s.eventId, query: 'student@example.edu' })),
  'events.setHeld': office((s) => ({ id: s.eventId, held: true })),
  'events.selfCheckInCode': office((s) => ({ eventId: s.eventId })),
  'events.setSelfCheckIn': office((s) => ({ eventId: s.eventId, uninvited: 'record', asksStudentId: false })),
  'events.selfCheckInForm': office(() => ({ token: '1.0.AAAAAAAAAAAAAAAAAAAAAA' })),
  'events.selfCheckIn': office(() => ({ token: '1.0.AAAAAAAAAAAAAAAAAAAAAA', schoolEmail: 'nobody@example.edu' })),
  'events.noShowGoals': office((s) => ({ eventId: s.eventId })),
  'events.dropNoShowGoals': student((s, t) => ({ eventId: s.eventId, goalIds: [t.goalId], dropped: true })),
  'events.followUps': office((s) => ({ eventId: s.eventId })),
  'events.logMeeting': student((s, t) => ({ eventId: s.eventId, studentId: t.studentId, contactId: s.otherContactId })),
  'events.outcome': office((s) => ({ eventId: s.eventId })),
  'events.exportIcs': none,
  'events.exportAttendees': office((s) => ({ eventId: s.eventId, format: 'csv' })),
  'events.checkInSheet': office((s) => ({ eventId: s.eventId })),
  'dashboard.office': none,
  'dashboard.export': none,
  'dashboard.goals': none,
  'dashboard.readiness': none,
  'myDay.get': none,
  'readiness.rules': none,
  'readiness.updateRules': office(() => ({
    targetReferences: 3,
    knownMonths: 6,
    weights: { eligible: 10, knownLongEnough: 10, thanked: 10, detailsShared: 10, inTouch: 10, contactCurrent: 10, permission: 10, resumeShared: 10 },
  })),
  'readiness.student': student((_, t) => ({ id: t.studentId })),
  'exports.referenceList': student((_, t) => ({ studentId: t.studentId, format: 'docx' })),
  'exports.references': office(() => filter),
  'exports.readinessReport': office(() => filter),
  'imports.preview': office(() => ({ kind: 'students', fileName: 'roster.csv', content: 'first_name,last_name\nAda,Lovelace\n' })),
  'imports.commit': office(() => ({ kind: 'students', fileName: 'roster.csv', content: 'first_name,last_name\nAda,Lovelace\n' })),
  'backups.list': none,
  'backups.create': none,
  'backups.setKeep': office(() => ({ keep: 5 })),
  'backups.previewKeep': office(() => ({ keep: 5 })),
  'backups.restore': office(() => ({ fileName: 'no-such-backup.db' })),
  'views.list': office(() => ({ page: 'students' })),
  'views.save': office(() => ({ page: 'students', name: 'Seniors', params: { year: '2026' } })),
  'views.delete': office(() => ({ id: 1 })),
  'auth.signIn': office(() => ({ email: 'nobody@example.edu', password: 'wrong password' })),
  'auth.signOut': none,
  'auth.me': none,
  'auth.twoStepStatus': none,
  'auth.startTwoStep': none,
  'auth.confirmTwoStep': office(() => ({ code: '123456' })),
  'auth.turnOffTwoStep': office(() => ({ code: '123456' })),
  'auth.newRecoveryCodes': office(() => ({ code: '123456' })),
  'auth.resetTwoStep': office(() => ({ userId: 1 })),
  'auth.requireTwoStepForAdmins': office(() => ({ required: false })),
  'sso.settings': none,
  'sso.updateSettings': office(() => ({ staffMustUseSso: false })),
  'sso.signInOptions': none,
  'users.list': none,
  'users.add': office(() => ({ email: 'new.user@example.edu', name: 'New User', role: 'viewer', password: 'a long enough passphrase 42' })),
  'users.setRole': office(() => ({ userId: 1, role: 'viewer' })),
  'users.linkAdvisor': office(() => ({ userId: 1, advisorId: null })),
  'users.disable': office(() => ({ userId: 1 })),
  'users.enable': office(() => ({ userId: 1 })),
  'users.resetPassword': office(() => ({ userId: 1, password: 'another long passphrase 42' })),
} satisfies { [K in ProcedureName]: Case<K> };

/** The rule as the issue states it: who sees a student, who may change one (advisors see the whole office by default). */
function sees(role: Role, target: Target, wholeOffice = true): boolean {
  if (role === 'admin' || role === 'director') return true;
  if (role === 'advisor') return target === 'own' || (target === 'other' && wholeOffice);
  return target !== 'confidential';
}
function mayChange(role: Role, target: Target): boolean {
  return role === 'admin' || role === 'director' || (role === 'advisor' && target === 'own');
}

function expected(name: ProcedureName, role: Role, target: Target | null): 'allowed' | 'forbidden' {
  const rule = contract[name].access;
  if (!rule.roles.includes(role)) return 'forbidden';
  if (target === null) return 'allowed';
  if (rule.students === 'visible') return sees(role, target) ? 'allowed' : 'forbidden';
  if (rule.students === 'caseload') return mayChange(role, target) ? 'allowed' : 'forbidden';
  return 'allowed';
}

/** What came back, as the matrix counts it: refused by the rules, or let through (whatever the handler then said). */
function outcome(result: ApiResult<unknown>): string {
  if (result.ok) return 'allowed';
  const { code, message, details } = result.error;
  // Refused by the access rules (they name the rule); a handler's own answer, like a wrong password, is not.
  if ((code === 'forbidden' || code === 'unauthenticated') && details?.rule !== undefined) return code;
  // A schema refusal means the case never reached the student check: the table's input is wrong.
  if (code === 'invalid_input' && message.startsWith('Invalid input for')) return `bad test input: ${message}`;
  return 'allowed';
}

let t: TestDb;
let seed: Seed;

async function callRolledBack(caller: Caller | null, name: string, input: unknown): Promise<ApiResult<unknown>> {
  t.db.sqlite.exec('begin immediate');
  try {
    return await dispatchAsync(asCaller(t.db, caller), name, input);
  } finally {
    if (t.db.sqlite.inTransaction) t.db.sqlite.exec('rollback');
  }
}

beforeAll(async () => {
  t = await freshDb();
  seed = seedOffice(t.db);
});
afterAll(() => t.close());

const studentCase = (name: ProcedureName) => cases[name].about === 'student';

describe('permission matrix: every procedure × role × student in / out of scope', () => {
  it('names a student for exactly the procedures whose students the core checks one by one', () => {
    expect(procedureNames.filter(studentCase).sort()).toEqual(Object.keys(reaches).sort());
    // Every write to a student's record says which students it touches (deny by default otherwise).
    const caseloadWrites = procedureNames.filter((name) => contract[name].access.students === 'caseload');
    expect(caseloadWrites.filter((name) => !studentCase(name))).toEqual([]);
  });

  it('refuses every call without a session but signing in, out and "who am I"', async () => {
    const answers: string[] = [];
    for (const name of procedureNames) {
      const entry = cases[name];
      const input = entry.about === 'student' ? entry.input(seed, seed.students.own) : entry.input(seed);
      const got = outcome(await callRolledBack(null, name, input));
      const want = contract[name].access === noSession ? 'allowed' : 'unauthenticated';
      if (got !== want) answers.push(`${name}: expected ${want}, got ${got}`);
    }
    expect(answers).toEqual([]);
    // Nor does a name that is no procedure tell anything: not before signing in, and never the list of procedures.
    expect(await callRolledBack(null, 'students.everything', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const unknown = await callRolledBack(callerFor('viewer', seed), 'students.everything', {});
    expect(unknown).toEqual({ ok: false, error: { code: 'unknown_procedure', message: 'Unknown procedure "students.everything".' } });
  });

  for (const role of roles) {
    it(`${role}: allowed and refused exactly as each procedure's rule says`, async () => {
      const wrong: string[] = [];
      let calls = 0;
      for (const name of procedureNames) {
        const entry = cases[name];
        const runs: [Target | null, unknown][] =
          entry.about === 'student' ? targets.map((target) => [target, entry.input(seed, seed.students[target])]) : [[null, entry.input(seed)]];
        for (const [target, input] of runs) {
          calls += 1;
          const got = outcome(await callRolledBack(callerFor(role, seed), name, input));
          const want = expected(name, role, target);
          if (got !== want) wrong.push(`${name} (${target ?? 'office'}): expected ${want}, got ${got}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(calls).toBeGreaterThan(procedureNames.length);
    });
  }
});
