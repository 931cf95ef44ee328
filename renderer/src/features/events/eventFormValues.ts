import dayjs from 'dayjs';
import { eventInput, type EventDetail, type EventInput } from '@shared/api/events';
import type { EventFormat, EventKind, EventStatus } from '@shared/domain';
import { instantToWallClock, isSkippedWallClock, wallClockToInstant } from '@shared/wall-clock';
import { fieldErrors } from '@renderer/components/serverErrors';

/** What the event form edits: strings for text boxes (empty is ''), 'YYYY-MM-DDTHH:mm' for datetime-local. */
export interface EventFormValues {
  title: string;
  kind: EventKind | null;
  format: EventFormat | null;
  startsAt: string;
  endsAt: string;
  location: string;
  link: string;
  capacity: number | string;
  description: string;
  prepNotes: string;
  status: EventStatus;
  employerIds: number[];
}

/** A stored instant as the value a datetime-local input accepts (the advisor's wall clock). */
export const toLocalInput = instantToWallClock;

/** A datetime-local value as the instant it names here (see shared/wall-clock.ts for skipped and repeated times). */
export const localInputToInstant = wallClockToInstant;

const skippedTimeMessage = 'This time does not exist on that day (the clocks go forward); choose a time outside the skipped hour';

export function eventToForm(event: EventDetail | undefined): EventFormValues {
  return {
    title: event?.title ?? '',
    kind: event?.kind ?? null,
    format: event?.format ?? null,
    startsAt: event ? toLocalInput(event.startsAt) : '',
    endsAt: event ? toLocalInput(event.endsAt) : '',
    location: event?.location ?? '',
    link: event?.link ?? '',
    capacity: event?.capacity ?? '',
    description: event?.description ?? '',
    prepNotes: event?.prepNotes ?? '',
    status: event?.status ?? 'draft',
    employerIds: event?.employers.map((e) => e.id) ?? [],
  };
}

/**
 * The form as contract input, or null while kind/format are unchosen. Those have no sensible default,
 * so the form asks for them rather than inventing a value.
 */
export function formToEventInput(values: EventFormValues): EventInput | null {
  if (values.kind === null || values.format === null) return null;
  return {
    ...values,
    kind: values.kind,
    format: values.format,
    startsAt: localInputToInstant(values.startsAt) ?? values.startsAt,
    endsAt: localInputToInstant(values.endsAt) ?? values.endsAt,
    capacity: values.capacity === '' ? null : Number(values.capacity),
  };
}

/** True when both date-times are filled in and the end comes after the start: worth asking about conflicts. */
export function isValidRange(startsAt: string, endsAt: string): boolean {
  const start = dayjs(startsAt);
  const end = dayjs(endsAt);
  return startsAt !== '' && endsAt !== '' && start.isValid() && end.isValid() && end.isAfter(start);
}

/** The form checks exactly what the contract checks, field by field (incl. "ends before it starts" on Ends). */
export function validateEventForm(values: EventFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.kind === null) errors.kind = 'Choose a kind of event';
  if (values.format === null) errors.format = 'Choose a format';
  // Validate with stand-ins for the missing choices so every other field still gets its message.
  const result = eventInput.safeParse({
    ...values,
    kind: values.kind ?? 'workshop',
    format: values.format ?? 'in_person',
    startsAt: localInputToInstant(values.startsAt) ?? values.startsAt,
    endsAt: localInputToInstant(values.endsAt) ?? values.endsAt,
    capacity: values.capacity === '' ? null : Number(values.capacity),
  });
  if (isSkippedWallClock(values.startsAt)) errors.startsAt = skippedTimeMessage;
  if (isSkippedWallClock(values.endsAt)) errors.endsAt = skippedTimeMessage;
  return { ...(result.success ? {} : fieldErrors(result.error.issues)), ...errors };
}
