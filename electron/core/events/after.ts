import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { attendanceAt, attendanceOwner, setCheckedIn, setRsvp } from '../db/attendance';
import { transaction, type Db } from '../db/client';
import { findSameConnection, firstConnectionBetween, insertConnection } from '../db/connections';
import { contactIdFor } from '../contacts/inline';
import { eventOutcome, followUpRows } from '../db/event-outcomes';
import { interactionInserter, setInteractionEvent } from '../db/interactions';
import { daysBetween } from '../dates';
import { officeToday } from '../db/office-day';
import { AppError } from '../errors';
import { getSettings } from '../office/settings';
import { readEvent } from './service';

export function eventsFollowUps(db: Db, input: ParsedInput<'events.followUps'>): ProcedureOutput<'events.followUps'> {
  readEvent(db, input.eventId);
  const byAttendee = new Map<number, ProcedureOutput<'events.followUps'>[number]>();
  for (const row of followUpRows(db, input.eventId)) {
    const entry = byAttendee.get(row.attendanceId) ?? {
      attendanceId: row.attendanceId,
      studentId: row.studentId,
      studentName: row.studentName,
      people: [],
    };
    byAttendee.set(row.attendanceId, entry);
    if (row.connectionId === null || row.contactName === null || row.metOn === null) continue;
    entry.people.push({
      connectionId: row.connectionId,
      contactName: row.contactName,
      metOn: row.metOn,
      followedUpOn: row.followedUpOn,
      withinTwoDays: row.followedUpOn !== null && daysBetween(row.metOn, row.followedUpOn) <= 2,
    });
  }
  return [...byAttendee.values()];
}

/**
 * "Met someone at the event": records the conversation (on the student's existing connection with the
 * contact, else a new "met at event" connection), checks the student in, and moves their goals.
 */
export function eventsLogMeeting(db: Db, input: ParsedInput<'events.logMeeting'>): ProcedureOutput<'events.logMeeting'> {
  const event = readEvent(db, input.eventId);
  const eventDay = officeToday(db, new Date(event.startsAt));
  if (eventDay > officeToday(db)) {
    throw new AppError('invalid_input', `${event.title} has not happened yet; log meetings once it has.`, {
      field: 'eventId',
    });
  }
  const attendance = attendanceAt(db, input.eventId, input.studentId);
  if (!attendance)
    throw new AppError('invalid_input', 'This student was not invited to the event; invite or add them first.', {
      field: 'studentId',
    });

  return transaction(db, () => {
    const contactId = contactIdFor(db, input);
    const existing = firstConnectionBetween(db, input.studentId, contactId) ?? findSameConnection(db, input.studentId, contactId, 'met_at_event');
    const connectionId =
      existing?.id ??
      insertConnection(db, {
        studentId: input.studentId,
        contactId,
        relationship: 'met_at_event',
        context: event.title,
        sinceOn: eventDay,
        placementId: null,
        referenceStatus: 'not_asked',
        referenceStatusOn: null,
        resumeSharedOn: null,
      });
    const interactionId = interactionInserter(db)({
      connectionId,
      kind: 'conversation',
      occurredOn: eventDay,
      summary: input.summary ?? `Met at ${event.title}`,
      sharedContactDetails: false,
      loggedByAdvisorId: getSettings(db).currentAdvisorId,
    });
    setInteractionEvent(db, interactionId, input.eventId);
    const owner = attendanceOwner(db, attendance.id);
    if (owner && owner.checkedInAt === null) {
      setCheckedIn(db, attendance.id, event.startsAt);
      if (owner.rsvp !== 'registered') setRsvp(db, attendance.id, 'registered', new Date().toISOString());
    }
    return { connectionId, interactionId };
  });
}

export function eventsOutcome(db: Db, input: ParsedInput<'events.outcome'>): ProcedureOutput<'events.outcome'> {
  readEvent(db, input.eventId);
  return eventOutcome(db, input.eventId);
}
