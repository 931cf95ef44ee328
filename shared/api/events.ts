import { z } from 'zod';
import { eventFormats, eventKinds, eventStatuses, goalStatuses, rsvpStatuses } from '../domain';
import { calendar, caseload, caseloadRead, dashboards, directoryEdit, exportFiles, frontDesk } from './access';
import {
  fileSchema,
  id,
  listOf,
  loadedVersion,
  optionalMultiline,
  optionalText,
  optionalUrl,
  pageInput,
  recordVersion,
  requiredText,
  searchText,
} from './fields';
import { type AreaProcedures, relationshipEffects, read, write } from './areas';
import { exportResultSchema } from './exports';
import { contactOrNewFields, oneContact } from './new-contact';

// Events planned end to end: the event, invitations and RSVPs, the door, follow-ups and exports.

// An instant, never wall-clock text: a time without its offset would mean whatever zone the host happens to be in.
const dateTime = z.iso.datetime({
  offset: true,
  error: 'must be a date and time with its offset, like 2026-12-03T17:00:00-08:00',
});

export const eventFields = {
  title: requiredText(200),
  kind: z.enum(eventKinds),
  format: z.enum(eventFormats),
  startsAt: dateTime,
  endsAt: dateTime,
  location: optionalText(300),
  link: optionalUrl,
  capacity: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(100_000, 'must be at most 100000')
    .nullish()
    .transform((v) => v ?? null),
  description: optionalMultiline(10_000),
  prepNotes: optionalMultiline(10_000),
  status: z.enum(eventStatuses).default('draft'),
  employerIds: z.array(id).max(200).default([]),
};
const endsAfterStart = (e: { startsAt: string; endsAt: string }) => Date.parse(e.endsAt) > Date.parse(e.startsAt);
export const eventInput = z.strictObject(eventFields).refine(endsAfterStart, { path: ['endsAt'], message: 'must be after the start' });
export type EventInput = z.input<typeof eventInput>;

const eventSummary = z.object({
  id,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(eventStatuses),
});

export const eventSchema = z.object({
  id,
  title: z.string(),
  kind: z.enum(eventKinds),
  format: z.enum(eventFormats),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string().nullable(),
  link: z.string().nullable(),
  capacity: z.number().int().nullable(),
  description: z.string().nullable(),
  prepNotes: z.string().nullable(),
  status: z.enum(eventStatuses),
  employers: z.array(z.object({ id, name: z.string(), industry: z.string().nullable() })),
  counts: z.object({
    invited: z.number().int(),
    registered: z.number().int(),
    declined: z.number().int(),
    waitlisted: z.number().int(),
    checkedIn: z.number().int(),
  }),
  /** Other events overlapping this one in time (a warning, not a refusal). */
  conflicts: z.array(eventSummary),
  ...recordVersion,
});
export type EventDetail = z.infer<typeof eventSchema>;

export const attendeeSchema = z.object({
  attendanceId: id,
  studentId: z.number().int(),
  studentName: z.string(),
  externalId: z.string().nullable(),
  program: z.string().nullable(),
  classYear: z.number().int().nullable(),
  rsvp: z.enum(rsvpStatuses),
  respondedAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  /** Added at the desk, not from the list (events.walkIn). */
  walkIn: z.boolean(),
  waitlistPosition: z.number().int().nullable(),
  buddyAttendanceId: z.number().int().nullable(),
  buddyName: z.string().nullable(),
  goalId: z.number().int().nullable(),
  goalDescription: z.string().nullable(),
  goalStatus: z.enum(goalStatuses).nullable(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const inviteFilterSchema = z.strictObject({
  classYear: z.number().int().min(1950).max(2100).optional(),
  program: z.string().max(120).optional(),
  label: z.string().max(60).optional(),
  noGoalMetThisTerm: z.boolean().default(false),
  /** Fewer than N agreed references (reference readiness proper arrives with its own issue). */
  fewerReferencesThan: z.number().int().min(1).max(10).optional(),
});
export type InviteFilter = z.input<typeof inviteFilterSchema>;

export { fileSchema, type ExportedFile } from './fields';

export const eventWhen = ['upcoming', 'past', 'all'] as const;
/** An event in the list: the event's own columns and its RSVP counts. */
export const eventRowSchema = eventSchema
  .pick({
    id: true,
    title: true,
    kind: true,
    format: true,
    startsAt: true,
    endsAt: true,
    location: true,
    capacity: true,
    status: true,
  })
  .extend({ invited: z.number().int(), registered: z.number().int(), checkedIn: z.number().int() });
export type EventRow = z.infer<typeof eventRowSchema>;

/** An RSVP, check-in or buddy pairing moves the event's counts and the goals that count attendance. */
const attendanceEffects = ['attendance', 'events', 'goals', 'students', 'dashboard', 'myDay', 'audit'] as const;

/** An event's dates and kind move the goals linked to it. */
const eventEffects = ['events', 'goals', 'students', 'dashboard', 'myDay', 'audit'] as const;

export const eventsProcedures = {
  'events.list': read(
    calendar,
    () =>
      z.strictObject({
        when: z.enum(eventWhen).default('upcoming'),
        kind: z.enum(eventKinds).optional(),
        status: z.enum(eventStatuses).optional(),
        ...pageInput,
      }),
    () => listOf(eventRowSchema),
  ),
  'events.get': read(
    calendar,
    () => z.strictObject({ id }),
    () => eventSchema,
  ),
  'events.create': write(
    directoryEdit,
    eventEffects,
    () => eventInput,
    () => eventSchema,
  ),
  'events.update': write(
    directoryEdit,
    eventEffects,
    () => z.strictObject({ id, ...loadedVersion, ...eventFields }).refine(endsAfterStart, { path: ['endsAt'], message: 'must be after the start' }),
    () => eventSchema,
  ),
  'events.conflicts': read(
    calendar,
    () => z.strictObject({ startsAt: dateTime, endsAt: dateTime, exceptId: id.optional() }),
    () => z.array(eventSummary),
  ),
  'events.calendar': read(
    calendar,
    () => z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-12') }),
    () =>
      z.array(
        eventSummary.extend({
          kind: z.enum(eventKinds),
          registered: z.number().int(),
          capacity: z.number().int().nullable(),
        }),
      ),
  ),
  'events.attendees': read(
    frontDesk,
    () =>
      z.strictObject({
        eventId: id,
        rsvp: z.enum(rsvpStatuses).optional(),
        search: searchText.optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(1000).default(100),
      }),
    () => listOf(attendeeSchema),
  ),
  'events.inviteCount': read(
    caseloadRead,
    () => z.strictObject({ eventId: id, filter: inviteFilterSchema }),
    () => z.object({ matching: z.number().int(), alreadyInvited: z.number().int() }),
  ),
  'events.invite': write(
    caseload,
    ['events', 'attendance', 'goals', 'students', 'dashboard', 'myDay', 'audit'],
    () =>
      z
        .strictObject({
          eventId: id,
          studentIds: z.array(id).max(10_000).optional(),
          filter: inviteFilterSchema.optional(),
          /** A goal for each invitee, from a ladder rung, linked to the event. */
          goalTemplateId: id.optional(),
        })
        .refine((v) => v.studentIds !== undefined || v.filter !== undefined, {
          path: ['studentIds'],
          message: 'choose students or a filter',
        }),
    () =>
      z.object({
        invited: z.number().int(),
        alreadyInvited: z.number().int(),
        skippedInactive: z.number().int(),
      }),
  ),
  'events.suggestions': read(
    caseloadRead,
    () => z.strictObject({ eventId: id, limit: z.number().int().min(1).max(100).default(20) }),
    () =>
      z.array(
        z.object({
          studentId: id,
          studentName: z.string(),
          program: z.string().nullable(),
          score: z.number().int(),
          reasons: z.array(z.string()),
        }),
      ),
  ),
  'attendance.setRsvp': write(
    frontDesk,
    attendanceEffects,
    () => z.strictObject({ attendanceId: id, rsvp: z.enum(rsvpStatuses) }),
    () => z.object({ attendee: attendeeSchema, note: z.string().nullable() }),
  ),
  'attendance.checkIn': write(
    frontDesk,
    attendanceEffects,
    () => z.strictObject({ attendanceId: id, checkedIn: z.boolean() }),
    () => attendeeSchema,
  ),
  'attendance.pairBuddies': write(
    caseload,
    attendanceEffects,
    () =>
      z.strictObject({ attendanceId: id, buddyAttendanceId: id }).refine((v) => v.attendanceId !== v.buddyAttendanceId, {
        path: ['buddyAttendanceId'],
        message: 'must be another attendee',
      }),
    () => z.array(attendeeSchema),
  ),
  'events.checkInSearch': read(
    frontDesk,
    () => z.strictObject({ eventId: id, query: searchText, limit: z.number().int().min(1).max(50).default(10) }),
    () => z.array(attendeeSchema),
  ),
  'events.followUps': read(
    caseloadRead,
    () => z.strictObject({ eventId: id }),
    () =>
      z.array(
        z.object({
          attendanceId: id,
          studentId: z.number().int(),
          studentName: z.string(),
          people: z.array(
            z.object({
              connectionId: id,
              contactName: z.string(),
              metOn: z.string(),
              followedUpOn: z.string().nullable(),
              withinTwoDays: z.boolean(),
            }),
          ),
        }),
      ),
  ),
  'events.logMeeting': write(
    caseload,
    [...relationshipEffects, 'attendance'],
    () =>
      z
        .strictObject({
          eventId: id,
          studentId: id,
          ...contactOrNewFields,
          summary: optionalMultiline(2_000),
        })
        .refine(oneContact.check, oneContact.where),
    () => z.object({ connectionId: id, interactionId: id }),
  ),
  'events.outcome': read(
    dashboards,
    () => z.strictObject({ eventId: id }),
    () =>
      z.object({
        invited: z.number().int(),
        registered: z.number().int(),
        attended: z.number().int(),
        goalsSet: z.number().int(),
        goalsMet: z.number().int(),
        peopleMet: z.number().int(),
        followUpsSent: z.number().int(),
        followUpsWithinTwoDays: z.number().int(),
      }),
  ),
  // Files leave the office: no front desk or viewer exports (issue 15), the check-in sheet included.
  'events.exportIcs': write(
    exportFiles,
    ['audit'],
    () => z.strictObject({ eventId: id.optional() }),
    () => fileSchema,
  ),
  'events.exportAttendees': write(
    exportFiles,
    ['audit'],
    () => z.strictObject({ eventId: id, format: z.enum(['csv', 'xlsx']) }),
    () => exportResultSchema,
  ),
  'events.checkInSheet': write(
    exportFiles,
    ['audit'],
    () => z.strictObject({ eventId: id }),
    () => exportResultSchema,
  ),
} as const satisfies AreaProcedures<'events' | 'attendance'>;
