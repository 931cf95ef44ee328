import type { ParsedInput, ProcedureName } from '../../../shared/api/contract';
import type { Touch } from '../db/student-access';

/** What a call reaches: the records it names, and the advisors whose caseload it puts students in. */
export interface Reach extends Touch {
  /** Advisors a student is assigned to by the call (create, update): an advisor may name only themself. */
  assigns?: readonly (number | null)[];
  /**
   * The refusal when a touched student is outside the caller's reach, for calls that name no student themselves
   * (a contact's connections): it names none of them, hidden or not.
   */
  outsideReach?: string;
}

type Reaches = { [K in ProcedureName]?: (input: ParsedInput<K>) => Reach };

/**
 * Which students a call touches, read from its input — for every procedure whose rule scopes students and that
 * names particular ones: `caseload` writes (each touched student must be the caller's to change) and `visible`
 * reads of one student's record (the student must be visible to the caller). A `caseload` procedure missing here
 * is refused for everyone but admins and directors (deny by default); a `visible` one missing here is a list and
 * filters in SQL (db/visible-students.ts). tests/integration/permission-matrix.test.ts checks both for every name.
 */
export const reaches: Reaches = {
  'students.get': (i) => ({ students: [i.id] }),
  'students.networkSummary': (i) => ({ students: [i.id] }),
  'students.timeline': (i) => ({ students: [i.studentId] }),
  'students.create': (i) => ({ assigns: [i.advisorId] }),
  'students.update': (i) => ({ students: [i.id], assigns: [i.advisorId] }),
  'students.setStatus': (i) => ({ students: [i.id] }),
  'students.bulkChange': (i) => ({ students: i.students.map((s) => s.id), assigns: i.change.kind === 'assignAdvisor' ? [i.change.advisorId] : [] }),
  'students.bulkUndo': (i) => ({ students: i.studentIds }),
  // Merging moves the merged-away contact's connections to the kept one; the kept contact's own connections change
  // only for students also connected to the merged one, so those students are the ones touched.
  'contacts.delete': (i) => ({
    contacts: [i.id],
    outsideReach: 'This contact is connected to students outside your caseload; ask a director to delete it.',
  }),
  'contacts.merge': (i) => ({
    contacts: [i.mergeId],
    outsideReach: 'The contact merged away is connected to students outside your caseload; ask a director to merge it.',
  }),
  'connections.forStudent': (i) => ({ students: [i.studentId] }),
  'connections.create': (i) => ({ students: [i.studentId] }),
  'connections.update': (i) => ({ connections: [i.id] }),
  'connections.delete': (i) => ({ connections: [i.id] }),
  'interactions.create': (i) => ({ connections: [i.connectionId] }),
  'interactions.bulkCreate': (i) => ({ connections: i.connectionIds }),
  'interactions.update': (i) => ({ interactions: [i.id] }),
  'interactions.delete': (i) => ({ interactions: [i.id] }),
  'placements.forStudent': (i) => ({ students: [i.studentId] }),
  'placements.create': (i) => ({ students: [i.studentId] }),
  'placements.update': (i) => ({ placements: [i.id], students: [i.studentId] }),
  'placements.delete': (i) => ({ placements: [i.id] }),
  'wrapUp.forStudent': (i) => ({ students: [i.studentId] }),
  'milestones.forStudent': (i) => ({ students: [i.studentId] }),
  'milestones.create': (i) => ({ students: [i.studentId] }),
  'milestones.markSent': (i) => ({ milestones: [i.milestoneId], connections: i.connectionIds }),
  'notes.forStudent': (i) => ({ students: [i.studentId] }),
  'notes.create': (i) => ({ students: [i.studentId] }),
  'notes.update': (i) => ({ notes: [i.id] }),
  'notes.delete': (i) => ({ notes: [i.id] }),
  'tasks.forStudent': (i) => ({ students: [i.studentId] }),
  // A task on a contact alone touches no student: its owner is checked by the handler (core/tasks/service.ts).
  'tasks.create': (i) => ({ students: i.studentId === null ? [] : [i.studentId] }),
  'tasks.update': (i) => ({ tasks: [i.id], students: i.studentId === null ? [] : [i.studentId] }),
  'tasks.setDone': (i) => ({ tasks: [i.id] }),
  'tasks.delete': (i) => ({ tasks: [i.id] }),
  'goals.forStudent': (i) => ({ students: [i.studentId] }),
  'goals.nextRung': (i) => ({ students: [i.studentId] }),
  'goals.create': (i) => ({ students: [i.studentId] }),
  'goals.update': (i) => ({ goals: [i.id], students: [i.studentId] }),
  'goals.setDropped': (i) => ({ goals: [i.id] }),
  'goals.markMet': (i) => ({ goals: [i.id] }),
  'goals.tryAgain': (i) => ({ goals: [i.id] }),
  'goals.delete': (i) => ({ goals: [i.id] }),
  'goals.applyTemplate': (i) => ({ students: [i.studentId] }),
  // By filter, the invitees are chosen in SQL among the students the caller may change (db/attendance.ts).
  'events.invite': (i) => ({ students: i.studentIds ?? [] }),
  'events.logMeeting': (i) => ({ students: [i.studentId] }),
  'attendance.setRsvp': (i) => ({ attendance: [i.attendanceId] }),
  'attendance.checkIn': (i) => ({ attendance: [i.attendanceId] }),
  'events.walkIn': (i) => ({ students: i.studentId === undefined ? [] : [i.studentId] }),
  'events.dropNoShowGoals': (i) => ({ goals: i.goalIds }),
  'attendance.pairBuddies': (i) => ({ attendance: [i.attendanceId, i.buddyAttendanceId] }),
  'readiness.student': (i) => ({ students: [i.id] }),
  'exports.referenceList': (i) => ({ students: [i.studentId] }),
};
