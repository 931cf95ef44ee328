import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Attendee, EventDetail } from '../../../shared/api/events';
import {
  attendanceOwner,
  attendeesPage,
  countFiltered,
  filterStudentsSql,
  filteredStudentIds,
  findAttendee,
  firstWaitlisted,
  insertInvitation,
  invitedStudentIds,
  registeredCount,
  searchAttendees,
  setBuddy,
  setCheckedIn,
  setRsvp,
  studentStatuses,
  suggestionsFor,
  unpairBuddies,
} from '../db/attendance';
import { attendeeAsSeen } from '../access/front-desk';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { eventGoalNamed, insertGoal, listTemplates } from '../db/goals';
import { officeToday } from '../db/office-day';
import { changeableStudentsSql, visibleStudentsSql } from '../db/visible-students';
import { AppError, notFound } from '../errors';
import { currentActor } from '../office/settings';
import { termOf } from '../terms';
import { invalidReference } from '../validate';
import { readEvent } from './service';
import { assertPlaceLeft, isFull } from './capacity';
import { checkInWindow } from '../../../shared/check-in-day';
import { officeClock, officeTimeZone } from '../db/office-day';
import { readableDay } from '../office-time';

export function readAttendee(db: Db, attendanceId: number): Attendee {
  const attendee = findAttendee(db, attendanceId);
  if (!attendee) throw notFound('attendance', attendanceId);
  return attendeeAsSeen(db, attendee);
}

export function eventsAttendees(db: Db, input: ParsedInput<'events.attendees'>): ProcedureOutput<'events.attendees'> {
  readEvent(db, input.eventId);
  const page = attendeesPage(db, input);
  return { ...page, rows: page.rows.map((row) => attendeeAsSeen(db, row)) };
}

export function eventsInviteCount(db: Db, input: ParsedInput<'events.inviteCount'>): ProcedureOutput<'events.inviteCount'> {
  readEvent(db, input.eventId);
  return countFiltered(db, input.eventId, filterStudentsSql(input.filter, termOf(officeToday(db)), visibleStudentsSql(db)));
}

/** Invites students (by id or by filter) in one transaction, each optionally with a goal for the event. */
export function eventsInvite(db: Db, input: ParsedInput<'events.invite'>): ProcedureOutput<'events.invite'> {
  const event = readEvent(db, input.eventId);
  if (event.status === 'cancelled' || event.status === 'done') {
    throw new AppError('invalid_input', `${event.title} is ${event.status}; invitations go to draft or scheduled events.`, { field: 'eventId' });
  }
  const template = input.goalTemplateId === undefined ? undefined : listTemplates(db).find((t) => t.id === input.goalTemplateId);
  if (input.goalTemplateId !== undefined && !template) throw invalidReference('goalTemplateId', 'ladder rung', input.goalTemplateId);
  const requested = [
    ...new Set(
      input.studentIds ??
        filteredStudentIds(db, filterStudentsSql(input.filter ?? { noGoalMetThisTerm: false }, termOf(officeToday(db)), changeableStudentsSql(db))),
    ),
  ];
  const statuses = studentStatuses(db, requested);
  const known = new Set(statuses.map((s) => s.id));
  const missing = requested.find((id) => !known.has(id));
  if (missing !== undefined) throw invalidReference('studentIds', 'student', missing);
  const active = statuses.filter((s) => s.status === 'active').map((s) => s.id);
  const already = invitedStudentIds(db, input.eventId);
  const toInvite = active.filter((id) => !already.has(id));
  const at = new Date().toISOString();
  transaction(db, () => {
    const invite = insertInvitation(db);
    for (const studentId of toInvite) {
      const goalId = template
        ? insertGoal(db, {
            studentId,
            kind: template.kind,
            description: template.title,
            targetCount: template.targetCount,
            windowStartOn: null,
            windowEndOn: null,
            eventId: input.eventId,
            templateId: template.id,
            manualAdjustment: 0,
            reflection: null,
          })
        : null;
      invite({ eventId: input.eventId, studentId, goalId, at });
    }
    writeAudit(db, {
      actor: currentActor(db),
      action: 'bulk_change',
      entity: 'attendance',
      count: toInvite.length,
      details: { eventId: input.eventId, invited: toInvite.length },
    });
  });
  return {
    invited: toInvite.length,
    alreadyInvited: active.length - toInvite.length,
    skippedInactive: requested.length - active.length,
  };
}

export function eventsSuggestions(db: Db, input: ParsedInput<'events.suggestions'>): ProcedureOutput<'events.suggestions'> {
  readEvent(db, input.eventId);
  return suggestionsFor(db, input.eventId, officeToday(db), input.limit).map((s) => ({
    studentId: s.studentId,
    studentName: s.studentName,
    program: s.program,
    score: s.wantsEvent * 2 + s.industryTies,
    reasons: [
      ...(s.wantsEvent ? ['Has a goal that wants an event'] : []),
      ...(s.industryTies > 0 ? [`Knows people in ${s.industryTies === 1 ? 'an industry' : `${s.industryTies} industries`} attending`] : []),
    ],
  }));
}

/**
 * Sets an RSVP with the capacity held: registering when full puts the student on the waitlist, and a
 * registered place given up goes to the longest-waiting student. One transaction.
 */
export function attendanceSetRsvp(db: Db, input: ParsedInput<'attendance.setRsvp'>): ProcedureOutput<'attendance.setRsvp'> {
  const owner = attendanceOwner(db, input.attendanceId);
  if (!owner) throw notFound('attendance', input.attendanceId);
  const event = readEvent(db, owner.eventId);
  const status = studentStatuses(db, [owner.studentId])[0]?.status;
  if (input.rsvp === 'registered' && status !== 'active') {
    throw new AppError('invalid_input', `This student is ${status ?? 'unknown'}; only active students can register.`, {
      field: 'rsvp',
    });
  }
  const at = new Date().toISOString();
  const note = transaction(db, () => {
    if (owner.rsvp === input.rsvp) return null;
    const full = isFull(db, event);
    if (input.rsvp === 'registered' && full) {
      // Already waiting: keep their place in the queue rather than sending them to the back.
      if (owner.rsvp === 'waitlisted') return `${event.title} is still full (${event.capacity ?? 0} places): still on the waitlist.`;
      setRsvp(db, input.attendanceId, 'waitlisted', at);
      return `${event.title} is full (${event.capacity ?? 0} places): added to the waitlist.`;
    }
    setRsvp(db, input.attendanceId, input.rsvp, at);
    const promoted = promoteWaitlist(db, owner.eventId, event.capacity, at);
    return promoted.length > 0 ? `${promoted.join(', ')} moved up from the waitlist.` : null;
  });
  return { attendee: readAttendee(db, input.attendanceId), note };
}

/**
 * Checks a student in (or undoes it). Two front desks may check students in to the same event at once: the
 * row, the event and the count of places taken are read inside the one IMMEDIATE transaction that writes, so
 * the last place goes to one desk only and the other is told why. An append: it never conflicts with an open form.
 */
export function attendanceCheckIn(db: Db, input: ParsedInput<'attendance.checkIn'>): Attendee {
  transaction(db, () => {
    const owner = attendanceOwner(db, input.attendanceId);
    if (!owner) throw notFound('attendance', input.attendanceId);
    if (!input.checkedIn) return setCheckedIn(db, input.attendanceId, null);
    if (owner.checkedInAt !== null) return;
    const event = readEvent(db, owner.eventId);
    assertCheckInOpen(db, event);
    const at = new Date().toISOString();
    // Checking in someone who had not registered still counts: they came, and they take a place.
    if (owner.rsvp !== 'registered') {
      assertPlaceLeft(db, event, () => readAttendee(db, input.attendanceId).studentName);
      setRsvp(db, input.attendanceId, 'registered', at);
    }
    setCheckedIn(db, input.attendanceId, at);
  });
  return readAttendee(db, input.attendanceId);
}

/** Check-in opens on the event's day in the office's time zone (shared/check-in-day.ts, as the desk shows it). */
export function assertCheckInOpen(db: Db, event: EventDetail): void {
  const zone = officeTimeZone(db);
  if (checkInWindow(zone, event.startsAt).open) return;
  throw new AppError('invalid_input', `Check-in for ${event.title} opens on ${readableDay(officeClock(db), event.startsAt)} (the event's day).`, {
    field: 'attendanceId',
    reason: 'not_open',
  });
}

export function eventsCheckInSearch(db: Db, input: ParsedInput<'events.checkInSearch'>): Attendee[] {
  return searchAttendees(db, input.eventId, input.query, input.limit).map((row) => attendeeAsSeen(db, row));
}

/** "Bring a friend": pairs two attendees and gives each the shared challenge goal for the event. */
export function attendancePairBuddies(db: Db, input: ParsedInput<'attendance.pairBuddies'>): Attendee[] {
  const a = attendanceOwner(db, input.attendanceId);
  const b = attendanceOwner(db, input.buddyAttendanceId);
  if (!a) throw notFound('attendance', input.attendanceId);
  if (!b) throw invalidReference('buddyAttendanceId', 'attendee', input.buddyAttendanceId);
  if (a.eventId !== b.eventId) throw new AppError('invalid_input', 'Buddies must attend the same event.', { field: 'buddyAttendanceId' });
  const challenge = 'Go with a friend; each talk to one new person alone';
  transaction(db, () => {
    unpairBuddies(db, a.eventId, [a.studentId, b.studentId]);
    for (const [self, other, attendanceId] of [
      [a, b, input.attendanceId],
      [b, a, input.buddyAttendanceId],
    ] as const) {
      const goalId =
        eventGoalNamed(db, self.studentId, self.eventId, challenge) ??
        insertGoal(db, {
          studentId: self.studentId,
          kind: 'people_met',
          description: challenge,
          targetCount: 1,
          windowStartOn: null,
          windowEndOn: null,
          eventId: self.eventId,
          templateId: listTemplates(db).find((t) => t.title === challenge)?.id ?? null,
          manualAdjustment: 0,
          reflection: null,
        });
      setBuddy(db, attendanceId, other.studentId, goalId);
    }
  });
  return [readAttendee(db, input.attendanceId), readAttendee(db, input.buddyAttendanceId)];
}

/** Fills free places from the waitlist, longest-waiting first, skipping students no longer active. */
export function promoteWaitlist(db: Db, eventId: number, capacity: number | null, at: string): string[] {
  const promoted: string[] = [];
  for (;;) {
    if (capacity !== null && registeredCount(db, eventId) >= capacity) break;
    const next = firstWaitlisted(db, eventId);
    if (!next) break;
    const attendee = readAttendee(db, next.id);
    const active = studentStatuses(db, [attendee.studentId])[0]?.status === 'active';
    // An inactive student leaves the queue (declined) instead of taking the place.
    setRsvp(db, next.id, active ? 'registered' : 'declined', at);
    if (active) promoted.push(attendee.studentName);
  }
  return promoted;
}
