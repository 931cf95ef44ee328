import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { EventDetail } from '../../../shared/api/events';
import type { Db } from '../db/client';
import { transaction } from '../db/client';
import { findEmployer } from '../db/employers';
import { eventsInMonth, findEvent, insertEvent, overlappingEvents, setEventEmployers, updateEvent, type EventValues } from '../db/events';
import { notFound } from '../errors';
import { assertCapacityChange } from './capacity';
import { promoteWaitlist } from './attendance';
import { invalidReference } from '../validate';
import { saveEdit } from '../record-edit';

export function readEvent(db: Db, id: number): EventDetail {
  const event = findEvent(db, id);
  if (!event) throw notFound('event', id);
  return event;
}

/** Times typed on this computer ("2026-12-03T17:00") are stored as UTC instants. */
export function toInstant(dateTime: string): string {
  return new Date(dateTime).toISOString();
}

type EventFields = ParsedInput<'events.create'>;

function values(input: EventFields): EventValues {
  const { employerIds: _employers, ...rest } = input;
  return { ...rest, startsAt: toInstant(input.startsAt), endsAt: toInstant(input.endsAt) };
}

function assertEmployers(db: Db, ids: readonly number[]): void {
  const missing = ids.find((id) => !findEmployer(db, id));
  if (missing !== undefined) throw invalidReference('employerIds', 'employer', missing);
}

export function eventsGet(db: Db, input: ParsedInput<'events.get'>): EventDetail {
  return readEvent(db, input.id);
}

export function eventsCreate(db: Db, input: EventFields): EventDetail {
  assertEmployers(db, input.employerIds);
  const id = transaction(db, () => {
    const newId = insertEvent(db, values(input));
    setEventEmployers(db, newId, input.employerIds);
    return newId;
  });
  return readEvent(db, id);
}

export function eventsUpdate(db: Db, input: ParsedInput<'events.update'>): EventDetail {
  const { id, version, ...fields } = input;
  saveEdit(db, { table: 'events', entity: 'event', id, version, current: () => readEvent(db, id), name: (e) => e.title }, () => {
    const before = readEvent(db, id);
    assertEmployers(db, fields.employerIds);
    assertCapacityChange(before, fields.capacity);
    updateEvent(db, id, values(fields));
    setEventEmployers(db, id, fields.employerIds);
    // More places: the waitlist moves up. (New times move the goals tied to the event: db/events.ts.)
    promoteWaitlist(db, id, fields.capacity, new Date().toISOString());
  });
  return readEvent(db, id);
}

export function eventsConflicts(db: Db, input: ParsedInput<'events.conflicts'>): ProcedureOutput<'events.conflicts'> {
  return overlappingEvents(db, toInstant(input.startsAt), toInstant(input.endsAt), input.exceptId ?? null);
}

export function eventsCalendar(db: Db, input: ParsedInput<'events.calendar'>): ProcedureOutput<'events.calendar'> {
  return eventsInMonth(db, input.month);
}
