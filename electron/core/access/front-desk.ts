import type { Attendee } from '../../../shared/api/events';
import type { Db } from '../db/client';

/**
 * The check-in desk shows front desk staff a student's name, ID and class year only (issue 15): the program,
 * the goal behind the invitation and the buddy pairing are withheld. Everyone else gets the attendee as read.
 */
export function attendeeAsSeen(db: Db, attendee: Attendee): Attendee {
  if (db.request?.caller?.role !== 'frontdesk') return attendee;
  return { ...attendee, program: null, buddyAttendanceId: null, buddyName: null, goalId: null, goalDescription: null, goalStatus: null };
}
