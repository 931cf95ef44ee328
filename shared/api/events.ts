import { z } from 'zod';
import { eventFormats, eventKinds, eventStatuses, goalStatuses, rsvpStatuses } from '../domain';
import { caseload, caseloadRead, dashboards, directoryEdit, exportFiles, frontDesk } from './access';
import { fileSchema, id, listOf, optionalMultiline, optionalText, optionalUrl, pageInput, requiredText, searchText } from './fields';
import { type AreaProcedures, relationshipEffects } from './areas';

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

export const eventsProcedures = {
  'events.list': {
    kind: 'read',
    access: frontDesk,
    input: z.strictObject({
      when: z.enum(eventWhen).default('upcoming'),
      kind: z.enum(eventKinds).optional(),
      status: z.enum(eventStatuses).optional(),
      ...pageInput,
    }),
    output: listOf(eventRowSchema),
  },
  'events.get': { kind: 'read', access: frontDesk, input: z.strictObject({ id }), output: eventSchema },
  'events.create': {
    kind: 'write',
    access: directoryEdit,
    effects: ['events', 'goals', 'students', 'dashboard', 'audit'],
    input: eventInput,
    output: eventSchema,
  },
  'events.update': {
    kind: 'write',
    access: directoryEdit,
    effects: ['events', 'goals', 'students', 'dashboard', 'audit'],
    input: z.strictObject({ id, ...eventFields }).refine(endsAfterStart, { path: ['endsAt'], message: 'must be after the start' }),
    output: eventSchema,
  },
  'events.conflicts': {
    kind: 'read',
    access: frontDesk,
    input: z.strictObject({ startsAt: dateTime, endsAt: dateTime, exceptId: id.optional() }),
    output: z.array(eventSummary),
  },
  'events.calendar': {
    kind: 'read',
    access: frontDesk,
    input: z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-12') }),
    output: z.array(
      eventSummary.extend({
        kind: z.enum(eventKinds),
        registered: z.number().int(),
        capacity: z.number().int().nullable(),
      }),
    ),
  },
  'events.attendees': {
    kind: 'read',
    access: frontDesk,
    input: z.strictObject({
      eventId: id,
      rsvp: z.enum(rsvpStatuses).optional(),
      search: searchText.optional(),
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(1000).default(100),
    }),
    output: listOf(attendeeSchema),
  },
  'events.inviteCount': {
    kind: 'read',
    access: caseloadRead,
    input: z.strictObject({ eventId: id, filter: inviteFilterSchema }),
    output: z.object({ matching: z.number().int(), alreadyInvited: z.number().int() }),
  },
  'events.invite': {
    kind: 'write',
    access: caseload,
    effects: ['events', 'attendance', 'goals', 'students', 'dashboard', 'audit'],
    input: z
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
    output: z.object({
      invited: z.number().int(),
      alreadyInvited: z.number().int(),
      skippedInactive: z.number().int(),
    }),
  },
  'events.suggestions': {
    kind: 'read',
    access: caseloadRead,
    input: z.strictObject({ eventId: id, limit: z.number().int().min(1).max(100).default(20) }),
    output: z.array(
      z.object({
        studentId: id,
        studentName: z.string(),
        program: z.string().nullable(),
        score: z.number().int(),
        reasons: z.array(z.string()),
      }),
    ),
  },
  'attendance.setRsvp': {
    kind: 'write',
    access: frontDesk,
    effects: ['attendance', 'events', 'goals', 'students', 'dashboard', 'audit'],
    input: z.strictObject({ attendanceId: id, rsvp: z.enum(rsvpStatuses) }),
    output: z.object({ attendee: attendeeSchema, note: z.string().nullable() }),
  },
  'attendance.checkIn': {
    kind: 'write',
    access: frontDesk,
    effects: ['attendance', 'events', 'goals', 'students', 'dashboard', 'audit'],
    input: z.strictObject({ attendanceId: id, checkedIn: z.boolean() }),
    output: attendeeSchema,
  },
  'attendance.pairBuddies': {
    kind: 'write',
    access: caseload,
    effects: ['attendance', 'events', 'goals', 'students', 'dashboard', 'audit'],
    input: z.strictObject({ attendanceId: id, buddyAttendanceId: id }).refine((v) => v.attendanceId !== v.buddyAttendanceId, {
      path: ['buddyAttendanceId'],
      message: 'must be another attendee',
    }),
    output: z.array(attendeeSchema),
  },
  'events.checkInSearch': {
    kind: 'read',
    access: frontDesk,
    input: z.strictObject({ eventId: id, query: searchText, limit: z.number().int().min(1).max(50).default(10) }),
    output: z.array(attendeeSchema),
  },
  'events.followUps': {
    kind: 'read',
    access: caseloadRead,
    input: z.strictObject({ eventId: id }),
    output: z.array(
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
  },
  'events.logMeeting': {
    kind: 'write',
    access: caseload,
    effects: [...relationshipEffects, 'attendance'],
    input: z
      .strictObject({
        eventId: id,
        studentId: id,
        contactId: id.optional(),
        newContact: z
          .strictObject({
            firstName: requiredText(100),
            lastName: requiredText(100),
            title: optionalText(150),
            employerId: id.nullish(),
          })
          .optional(),
        summary: optionalMultiline(2_000),
      })
      .refine((v) => (v.contactId === undefined) !== (v.newContact === undefined), {
        path: ['contactId'],
        message: 'choose a contact or enter a new one',
      }),
    output: z.object({ connectionId: id, interactionId: id }),
  },
  'events.outcome': {
    kind: 'read',
    access: dashboards,
    input: z.strictObject({ eventId: id }),
    output: z.object({
      invited: z.number().int(),
      registered: z.number().int(),
      attended: z.number().int(),
      goalsSet: z.number().int(),
      goalsMet: z.number().int(),
      peopleMet: z.number().int(),
      followUpsSent: z.number().int(),
      followUpsWithinTwoDays: z.number().int(),
    }),
  },
  'events.exportIcs': {
    kind: 'write',
    access: frontDesk,
    effects: ['audit'],
    input: z.strictObject({ eventId: id.optional() }),
    output: fileSchema,
  },
  'events.exportAttendees': {
    kind: 'write',
    access: exportFiles,
    effects: ['audit'],
    input: z.strictObject({ eventId: id, format: z.enum(['csv', 'xlsx']) }),
    output: fileSchema,
  },
  'events.checkInSheet': {
    kind: 'write',
    access: frontDesk,
    effects: ['audit'],
    input: z.strictObject({ eventId: id }),
    output: fileSchema,
  },
} as const satisfies AreaProcedures<'events' | 'attendance'>;
