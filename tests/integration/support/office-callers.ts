import { afterAll, beforeAll } from 'vitest';
import { roles, type Role } from '../../../shared/api/access';
import type { Caller } from '../../../shared/api/caller';
import { forRequest, type Db } from '../../../electron/core/db/client';
import { insertUser } from '../../../electron/core/db/users';
import { freshDb, present, procedures, type TestDb } from '../helpers';

// An office of two advisors seen by the office server's roles: advisor A's own students, advisor B's student and
// advisor B's confidential student, each with a record of every kind hanging off them, all made through the core.

/** A goal's window that every goal of the seed and the tests uses. */
export const goalWindow = { windowStartOn: '2026-03-01', windowEndOn: '2026-04-30' } as const;

/** Which student a case is about, seen from the advisor signed in (advisor A). */
export const targets = ['own', 'other', 'confidential'] as const;
export type Target = (typeof targets)[number];

export interface StudentRecords {
  studentId: number;
  advisorId: number;
  connectionId: number;
  /** A contact connected to this student only: deleting or merging it touches this student alone. */
  soleContactId: number;
  interactionId: number;
  placementId: number;
  goalId: number;
  milestoneId: number;
  attendanceId: number;
  noteId: number;
  taskId: number;
}

export interface Seed {
  advisorA: number;
  advisorB: number;
  contactId: number;
  otherContactId: number;
  employerId: number;
  eventId: number;
  templateId: number;
  /** A second student of advisor A, at the same event: the buddy every pairing uses. */
  buddyAttendanceId: number;
  students: Record<Target, StudentRecords>;
}

/** The event every office seed holds (a career fair on the day the test clock sits on). */
export const springFair = {
  title: 'Spring fair',
  kind: 'career_fair',
  format: 'in_person',
  startsAt: '2026-04-01T17:00:00Z',
  endsAt: '2026-04-01T19:00:00Z',
  status: 'scheduled',
} as const;

/** The signed-in users: the advisor is advisor A; the others are linked to no advisor. */
export function callerFor(role: Role, seed: Seed): Caller {
  return { userId: roles.indexOf(role) + 1, email: `${role}@example.edu`, name: `The ${role}`, role, advisorId: role === 'advisor' ? seed.advisorA : null };
}

export function asCaller(db: Db, caller: Caller | null): Db {
  return forRequest(db, { caller, address: '127.0.0.1', sessionToken: null, startSession: () => undefined, endSession: () => undefined });
}

/** Seeds the office through the core in single-user mode (no request): the same records every access test reads. */
export function seedOffice(db: Db): Seed {
  const { call } = procedures(() => db);
  call('app.startEmpty', {});
  const advisorA = call('advisors.create', { name: 'Avery Advisor', email: 'avery@example.edu' }).id;
  const advisorB = call('advisors.create', { name: 'Blake Advisor', email: 'blake@example.edu' }).id;
  const employerId = call('employers.create', { name: 'Initech', industry: 'Software' }).id;
  const contactId = call('contacts.create', { firstName: 'Dana', lastName: 'Scully', employerId }).id;
  const otherContactId = call('contacts.create', { firstName: 'Fox', lastName: 'Mulder' }).id;
  const eventId = call('events.create', springFair).id;
  const templateId = present(call('goalTemplates.list', {})[0], 'goal template').id;
  const records = (firstName: string, advisorId: number, confidential: boolean): StudentRecords => {
    const studentId = call('students.create', { firstName, lastName: 'Student', advisorId, confidential, classYear: 2027, program: 'History' }).id;
    const connectionId = call('connections.create', { studentId, contactId, relationship: 'supervisor' }).id;
    const soleContactId = call('contacts.create', { firstName, lastName: 'Mentor' }).id;
    call('connections.create', { studentId, contactId: soleContactId, relationship: 'mentor' });
    call('interactions.create', { connectionId, kind: 'conversation', occurredOn: '2026-01-10' });
    const interactionId = present(call('students.timeline', { studentId }).rows.find((item) => item.interactionId !== null)?.interactionId, 'interaction');
    const placementId = call('placements.create', { studentId, employerId, kind: 'internship', role: 'Intern', startOn: '2026-01-05' }).id;
    const goalId = call('goals.create', { studentId, kind: 'people_met', description: 'Meet people', targetCount: 2, ...goalWindow }).id;
    const milestoneId = call('milestones.create', { studentId, kind: 'applied', occurredOn: '2026-01-20' }).id;
    call('events.invite', { eventId, studentIds: [studentId] });
    const attendanceId = present(call('events.attendees', { eventId, search: firstName }).rows[0], 'attendance').attendanceId;
    const noteId = call('notes.create', { studentId, kind: 'appointment', occurredOn: '2026-01-21', body: 'Talked about internships' }).id;
    const taskId = call('tasks.create', { studentId, title: 'Check back about the internship', dueOn: '2026-02-01', advisorId }).id;
    return { studentId, advisorId, connectionId, soleContactId, interactionId, placementId, goalId, milestoneId, attendanceId, noteId, taskId };
  };
  const students = { own: records('Olive', advisorA, false), other: records('Otto', advisorB, false), confidential: records('Cora', advisorB, true) };
  const buddyAttendanceId = records('Bea', advisorA, false).attendanceId;
  const seed = { advisorA, advisorB, contactId, otherContactId, employerId, eventId, templateId, buddyAttendanceId, students };
  // Each caller's account is on file under callerFor's id, so what a user owns (their saved views) has its owner.
  for (const role of roles) {
    const { userId, email, name, advisorId } = callerFor(role, seed);
    const stored = insertUser(db, { email, name, role, advisorId, passwordHash: 'never signs in' });
    if (stored !== userId) throw new Error(`expected the ${role}'s account to be user ${userId}, got ${stored}`);
  }
  return seed;
}

/** The seeded office of a test file: a fresh database seeded before its tests, closed after them; read inside tests. */
export function seededOffice(): { readonly t: TestDb; readonly seed: Seed } {
  let office: { t: TestDb; seed: Seed } | undefined;
  beforeAll(async () => {
    const t = await freshDb();
    office = { t, seed: seedOffice(t.db) };
  });
  afterAll(() => office?.t.close());
  const get = () => {
    if (!office) throw new Error('the seeded office is read inside tests only');
    return office;
  };
  return {
    get t() {
      return get().t;
    },
    get seed() {
      return get().seed;
    },
  };
}
