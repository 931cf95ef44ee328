import type { EventDetail } from '../../../shared/api/events';
import { registeredCount } from '../db/attendance';
import type { Db } from '../db/client';
import { AppError } from '../errors';

// The one capacity rule: every registered attendee holds a place, and a place is given (an RSVP, a walk-in or
// invitee at the desk) only while one is free. The desk refuses a student without a place when the event is
// full, the RSVP list puts them on the waitlist, and the edit form refuses only a capacity it lowers below
// the registrations. A record made after the fact (a meeting logged at the event) may leave the event over its
// capacity; then nothing but a lower capacity is refused, so an edit of the title is never blocked by a count.

export function isFull(db: Db, event: EventDetail): boolean {
  return event.capacity !== null && registeredCount(db, event.id) >= event.capacity;
}

/** The desk's rule for a student without a registered place: not cancelled, and a place left. */
export function assertPlaceLeft(db: Db, event: EventDetail, studentName: () => string): void {
  if (event.status === 'cancelled') {
    throw new AppError('invalid_input', `${event.title} is cancelled: nobody can check in to it.`, { field: 'attendanceId', reason: 'cancelled' });
  }
  const taken = registeredCount(db, event.id);
  if (event.capacity !== null && taken >= event.capacity) {
    throw new AppError(
      'conflict',
      `${event.title} is full (${taken} of ${event.capacity} places taken) and ${studentName()} has no registered place: raise the capacity or free a place first.`,
      { reason: 'full', eventId: event.id, capacity: event.capacity, registered: taken },
    );
  }
}

/** The edit form's rule: a capacity it lowers must still hold everyone registered; an unchanged one is never checked. */
export function assertCapacityChange(before: EventDetail, capacity: number | null): void {
  if (capacity === null || capacity === before.capacity || (before.capacity !== null && capacity > before.capacity)) return;
  const registered = before.counts.registered;
  if (capacity < registered) {
    throw new AppError('invalid_input', `${registered} students are registered; release places first or keep the capacity at ${registered} or more.`, {
      field: 'capacity',
    });
  }
}
