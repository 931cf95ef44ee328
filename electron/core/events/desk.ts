import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Attendee, EventDetail } from '../../../shared/api/events';
import { kioskOpen } from '../../../shared/check-in-day';
import { setCheckedIn, setRsvp, studentStatuses } from '../db/attendance';
import { attendeeAsSeen } from '../access/front-desk';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import {
  attendanceOfStudent,
  eventInvitationGoals,
  expectedAttendees,
  expectedCounts,
  insertWalkIn,
  kioskCandidates,
  noShowGoals,
  setEventStatus,
  studentName,
  walkInCandidates,
} from '../db/desk';
import { setGoalDropped } from '../db/goals';
import { officeTimeZone } from '../db/office-day';
import { AppError } from '../errors';
import { currentActor } from '../office/settings';
import { studentsCreate } from '../students/service';
import { assertPlaceLeft } from './capacity';
import { assertCheckInOpen, readAttendee } from './attendance';
import { readEvent } from './service';

/** Enough for any door (a 300-person fair is the case the desk is built for); the counts stay exact beyond it. */
const expectedLimit = 5_000;

export function eventsCheckInList(db: Db, input: ParsedInput<'events.checkInList'>): ProcedureOutput<'events.checkInList'> {
  readEvent(db, input.eventId);
  const rows = expectedAttendees(db, input.eventId, expectedLimit).map((row) => attendeeAsSeen(db, row));
  return { rows, ...expectedCounts(db, input.eventId) };
}

export function eventsWalkInCandidates(db: Db, input: ParsedInput<'events.walkInCandidates'>): ProcedureOutput<'events.walkInCandidates'> {
  readEvent(db, input.eventId);
  return walkInCandidates(db, input.eventId, input.query, input.limit);
}

/**
 * A student not on the list, at the door: found in the office or created (name and school email), then added as a
 * walk-in and checked in — in one transaction, under the one capacity rule (capacity.ts). Someone already on the
 * list is simply checked in, as the desk would (they are no walk-in).
 */
export function eventsWalkIn(db: Db, input: ParsedInput<'events.walkIn'>): Attendee {
  const event = readEvent(db, input.eventId);
  assertCheckInOpen(db, event);
  const at = new Date().toISOString();
  const attendanceId = transaction(db, () => {
    const studentId = input.studentId ?? createStudent(db, event, input.newStudent);
    const listed = attendanceOfStudent(db, event.id, studentId);
    if (listed !== undefined) return checkInListed(db, event, listed, at);
    const status = studentStatuses(db, [studentId])[0]?.status;
    if (status === undefined) throw new AppError('invalid_input', `There is no student with id ${studentId}.`, { field: 'studentId' });
    if (status !== 'active') throw new AppError('invalid_input', `This student is ${status}; only active students can be checked in.`, { field: 'studentId' });
    assertPlaceLeft(db, event, () => nameOf(db, studentId, input.newStudent));
    return insertWalkIn(db, { eventId: event.id, studentId, at });
  });
  return readAttendee(db, attendanceId);
}

/**
 * On the office server the new student gets the history entry students.create would write (create, the student's
 * id and name) saying it was a walk-in at this event: without it the history would hold only the check-in, naming
 * a student nobody is recorded as adding. This entry stands for the walk-in's check-in too (one write, one entry, as
 * core/access/audit-writes.ts does for every write). Single-user mode records creations nowhere, so neither here.
 */
function createStudent(db: Db, event: EventDetail, student: ParsedInput<'events.walkIn'>['newStudent']): number {
  if (!student) throw new AppError('invalid_input', 'Choose a student or enter a new one.', { field: 'studentId' });
  const created = studentsCreate(db, {
    ...student,
    externalId: null,
    preferredName: null,
    personalEmail: null,
    phone: null,
    program: null,
    classYear: null,
    cohort: null,
    labels: [],
    advisorId: null,
    confidential: false,
    notes: null,
  });
  if (db.request?.caller) {
    writeAudit(db, {
      actor: currentActor(db),
      action: 'create',
      entity: 'students',
      entityId: created.id,
      details: { procedure: 'events.walkIn', name: created.displayName, walkInAt: event.title },
    });
  }
  return created.id;
}

function nameOf(db: Db, studentId: number, typed: { firstName: string; lastName: string } | undefined): string {
  if (typed) return `${typed.firstName} ${typed.lastName}`;
  return studentName(db, studentId);
}

/** The same steps as attendance.checkIn: a listed student without a place takes one only if one is free. */
export function checkInListed(db: Db, event: EventDetail, attendanceId: number, at: string): number {
  const attendee = readAttendee(db, attendanceId);
  if (attendee.checkedInAt !== null) return attendanceId;
  if (attendee.rsvp !== 'registered') {
    assertPlaceLeft(db, event, () => attendee.studentName);
    setRsvp(db, attendanceId, 'registered', at);
  }
  setCheckedIn(db, attendanceId, at);
  return attendanceId;
}

/** Only a query that names one person exactly shows them: a prefix, a first name or a shared name shows no one (and says nothing more). */
export function eventsKioskFind(db: Db, input: ParsedInput<'events.kioskFind'>): ProcedureOutput<'events.kioskFind'> {
  const event = readEvent(db, input.eventId);
  if (!kioskOpen(officeTimeZone(db), event)) {
    throw new AppError('invalid_input', `The kiosk for ${event.title} is open only on the event's day.`, { field: 'eventId', reason: 'not_open' });
  }
  const typed = input.query.trim();
  if (typed.length < 5 || !(typed.includes(' ') || typed.includes('@') || /\d/.test(typed))) return { match: null, reason: 'too_short' };
  const ids = kioskCandidates(db, input.eventId, typed);
  // Two people on the list sharing the name answer exactly as nobody does: any other answer ("several", or an "ask
  // staff" only this case gets) tells whoever stands at the kiosk that someone else of that name is coming. `none`
  // already asks for the school email (unique) or the desk, so the student still gets in.
  if (ids.length !== 1 || ids[0] === undefined) return { match: null, reason: 'none' };
  const { attendanceId, studentName, checkedInAt } = readAttendee(db, ids[0]);
  return { match: { attendanceId, studentName, checkedInAt }, reason: 'found' };
}

/** "Held" once it has begun; undo puts it back to scheduled. A cancelled event was not held. */
export function eventsSetHeld(db: Db, input: ParsedInput<'events.setHeld'>): EventDetail {
  const event = readEvent(db, input.id);
  if (event.status === 'cancelled') throw new AppError('invalid_input', `${event.title} is cancelled: it cannot be marked held.`, { field: 'id' });
  if (input.held && Date.parse(event.startsAt) > Date.now()) {
    throw new AppError('invalid_input', `${event.title} has not started yet; mark it held once it has.`, { field: 'id' });
  }
  setEventStatus(db, event.id, input.held ? 'done' : 'scheduled');
  return readEvent(db, event.id);
}

export function eventsNoShowGoals(db: Db, input: ParsedInput<'events.noShowGoals'>): ProcedureOutput<'events.noShowGoals'> {
  readEvent(db, input.eventId);
  return noShowGoals(db, input.eventId);
}

/** Drops the goals of no-shows, or takes them up again (undo): only goals given with this event's invitations. */
export function eventsDropNoShowGoals(db: Db, input: ParsedInput<'events.dropNoShowGoals'>): ProcedureOutput<'events.dropNoShowGoals'> {
  const event = readEvent(db, input.eventId);
  if (input.dropped && Date.parse(event.startsAt) > Date.now()) {
    throw new AppError('invalid_input', `${event.title} has not happened yet: nobody is a no-show before it starts.`, { field: 'eventId' });
  }
  const allowed = input.dropped ? new Set(noShowGoals(db, event.id).map((g) => g.goalId)) : eventInvitationGoals(db, event.id, input.goalIds);
  const outside = input.goalIds.find((goalId) => !allowed.has(goalId));
  if (outside !== undefined) {
    const what = input.dropped ? 'an open goal of a student who registered and did not come' : 'a goal given with an invitation';
    throw new AppError('invalid_input', `Goal ${outside} is not ${what} to ${event.title}.`, {
      field: 'goalIds',
    });
  }
  const goalIds = [...new Set(input.goalIds)];
  transaction(db, () => {
    for (const goalId of goalIds) setGoalDropped(db, goalId, input.dropped);
    writeAudit(db, {
      actor: currentActor(db),
      action: 'bulk_change',
      entity: 'goal',
      count: goalIds.length,
      details: { eventId: event.id, noShowGoals: input.dropped ? 'dropped' : 'taken up again' },
    });
  });
  return { changed: goalIds.length };
}
