import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { EventDetail } from '../../../shared/api/events';
import type { SelfCheckInRefusal } from '../../../shared/api/self-check-in';
import { kioskOpen } from '../../../shared/check-in-day';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { attendanceOfStudent, insertWalkIn, studentName } from '../db/desk';
import { officeTimeZone } from '../db/office-day';
import type { RequestContext } from '../db/request';
import { findEvent } from '../db/events';
import { selfCheckInSettings, setSelfCheckInSettings, studentBySchoolEmail } from '../db/self-check-in';
import { AppError } from '../errors';
import { assertPlaceLeft } from './capacity';
import { checkInListed } from './desk';
import { countSelfCheckInAttempt } from './self-check-in-limit';
import { minuteOf, signSelfCheckInToken, verifySelfCheckInToken } from './self-check-in-token';
import { readEvent } from './service';

// Students check themselves in on a phone (issue 18 item 7). The window is the kiosk's (shared/check-in-day.ts): the
// event's day(s) on the office's calendar — the desk's own window stays open afterwards for typing in a paper sheet,
// which a code anyone may have photographed must not.

const answers: Record<SelfCheckInRefusal, string> = {
  expired: 'This check-in code has expired. Scan the QR code at the check-in desk again.',
  not_open: 'Check-in with this code is open only on the day of the event.',
  // One answer for every refusal about the student, so the page never tells whether an email is known.
  see_desk: 'We could not check you in with these details. Please see the check-in desk.',
};

function refusal(reason: SelfCheckInRefusal): AppError {
  return new AppError('invalid_input', answers[reason], { reason });
}

function openForSelfCheckIn(db: Db, event: EventDetail, now: Date): boolean {
  return event.status !== 'cancelled' && kioskOpen(officeTimeZone(db), event, now);
}

export function eventsSelfCheckInCode(db: Db, input: ParsedInput<'events.selfCheckInCode'>, now = new Date()): ProcedureOutput<'events.selfCheckInCode'> {
  const event = readEvent(db, input.eventId);
  if (!openForSelfCheckIn(db, event, now)) {
    throw new AppError('invalid_input', `The check-in QR code for ${event.title} works only on the event's day, and not once it is cancelled.`, {
      field: 'eventId',
      reason: 'not_open',
    });
  }
  return { ...signSelfCheckInToken(db, event.id, minuteOf(now)), ...selfCheckInSettings(db, event.id) };
}

export function eventsSetSelfCheckIn(db: Db, input: ParsedInput<'events.setSelfCheckIn'>): ProcedureOutput<'events.setSelfCheckIn'> {
  readEvent(db, input.eventId);
  setSelfCheckInSettings(db, input.eventId, input);
  return selfCheckInSettings(db, input.eventId);
}

/** The event a phone's token opens now, or the refusal the page shows. */
function eventOfToken(db: Db, token: string, now: Date): EventDetail {
  const eventId = verifySelfCheckInToken(db, token, now);
  const event = eventId === null ? undefined : findEvent(db, eventId);
  if (!event) throw refusal('expired');
  if (!openForSelfCheckIn(db, event, now)) throw refusal('not_open');
  return event;
}

export function eventsSelfCheckInForm(db: Db, input: ParsedInput<'events.selfCheckInForm'>, now = new Date()): ProcedureOutput<'events.selfCheckInForm'> {
  const event = eventOfToken(db, input.token, now);
  return { eventTitle: event.title, asksStudentId: selfCheckInSettings(db, event.id).asksStudentId };
}

function officeRequest(db: Db): RequestContext {
  if (!db.request) throw new AppError('conflict', 'Students check themselves in on the office server; this Rapport is a single-user office.');
  return db.request;
}

type Outcome = { attendanceId: number; walkIn: boolean; studentId: number } | { refused: string; studentId: number | null };

/** The desk's rule: someone on the list is checked in (taking a free place if they had none); anyone else per the event's setting. */
function arrive(db: Db, event: EventDetail, input: ParsedInput<'events.selfCheckIn'>, at: string): Outcome {
  const settings = selfCheckInSettings(db, event.id);
  const student = studentBySchoolEmail(db, input.schoolEmail);
  if (!student) return { refused: 'unknown email', studentId: null };
  const typedId = input.studentId?.toLowerCase() ?? '';
  if (settings.asksStudentId && (typedId === '' || student.externalId?.trim().toLowerCase() !== typedId)) {
    return { refused: 'student ID does not match', studentId: student.id };
  }
  if (student.status !== 'active') return { refused: `student is ${student.status}`, studentId: student.id };
  const listed = attendanceOfStudent(db, event.id, student.id);
  if (listed !== undefined) return { attendanceId: checkInListed(db, event, listed, at), walkIn: false, studentId: student.id };
  if (settings.uninvited === 'refuse') return { refused: 'not on the list (walk-ins refused)', studentId: student.id };
  assertPlaceLeft(db, event, () => studentName(db, student.id));
  return { attendanceId: insertWalkIn(db, { eventId: event.id, studentId: student.id, at }), walkIn: true, studentId: student.id };
}

/** Tries the check-in; a refusal by the capacity rule (full) is one more reason the phone is sent to the desk. */
function tryArrive(db: Db, event: EventDetail, input: ParsedInput<'events.selfCheckIn'>, at: string): Outcome {
  try {
    return transaction(db, () => arrive(db, event, input, at));
  } catch (error) {
    if (error instanceof AppError && (error.code === 'conflict' || error.code === 'invalid_input')) {
      return { refused: error.message, studentId: studentBySchoolEmail(db, input.schoolEmail)?.id ?? null };
    }
    throw error;
  }
}

/**
 * Counted first (so parallel guesses count), then the token, then the student. Refusals and check-ins are both in
 * the history, under the phone's address; the reason is kept there, never told to the phone.
 */
export function eventsSelfCheckIn(db: Db, input: ParsedInput<'events.selfCheckIn'>, now = new Date()): ProcedureOutput<'events.selfCheckIn'> {
  const request = officeRequest(db);
  transaction(db, () => countSelfCheckInAttempt(db, request.address, input.token, now));
  const actor = `self check-in (${request.address})`;
  let event: EventDetail;
  try {
    event = eventOfToken(db, input.token, now);
  } catch (error) {
    writeAudit(db, {
      actor,
      action: 'refused',
      entity: 'events.selfCheckIn',
      count: 0,
      details: { reason: 'code expired, forged or not open', address: request.address },
    });
    throw error;
  }
  const outcome = tryArrive(db, event, input, now.toISOString());
  if ('refused' in outcome) {
    writeAudit(db, {
      actor,
      action: 'refused',
      entity: 'events.selfCheckIn',
      entityId: outcome.studentId,
      count: 0,
      details: { reason: outcome.refused, eventId: event.id, address: request.address },
    });
    throw refusal('see_desk');
  }
  writeAudit(db, {
    actor,
    action: 'update',
    entity: 'attendance',
    entityId: outcome.attendanceId,
    details: { procedure: 'events.selfCheckIn', eventId: event.id, studentId: outcome.studentId, walkIn: outcome.walkIn, address: request.address },
  });
  return { eventTitle: event.title };
}
