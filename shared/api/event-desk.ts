import { z } from 'zod';
import { caseload, caseloadRead, directoryEdit, frontDesk } from './access';
import { type AreaProcedures, read, write } from './areas';
import { attendeeSchema, eventSchema } from './events';
import { id, requiredText, searchText } from './fields';

// The door and the day after (issue 17): the expected list, walk-ins, the kiosk, "held", and the goals of no-shows.

const attendanceEffects = ['attendance', 'events', 'goals', 'students', 'dashboard', 'myDay', 'audit'] as const;

/** A walk-in: a student already in the office, or a minimal new one (name and school email; the rest later). */
export const walkInStudent = z.strictObject({
  firstName: requiredText(100),
  lastName: requiredText(100),
  schoolEmail: z.email('must be an email address like name@example.edu').max(254).toLowerCase(),
});

/** What a student at the kiosk may see of themself: their name and whether they are in. Nothing about anyone else. */
export const kioskMatchSchema = z.object({ attendanceId: id, studentName: z.string(), checkedInAt: z.string().nullable() });
export type KioskMatch = z.infer<typeof kioskMatchSchema>;

export const noShowGoalSchema = z.object({ goalId: id, studentId: id, studentName: z.string(), description: z.string() });
export type NoShowGoal = z.infer<typeof noShowGoalSchema>;

export const eventDeskProcedures = {
  /** Who is expected at the door (registered or invited, or already in), by name, with the arrivals. */
  'events.checkInList': read(
    frontDesk,
    () => z.strictObject({ eventId: id }),
    () => z.object({ rows: z.array(attendeeSchema), expected: z.number().int(), arrived: z.number().int(), walkIns: z.number().int() }),
  ),
  /** Students of the office not on the event's list, for a walk-in: what a front desk may see (name, ID, class year). */
  'events.walkInCandidates': read(
    frontDesk,
    () => z.strictObject({ eventId: id, query: searchText, limit: z.number().int().min(1).max(20).default(8) }),
    () => z.array(z.object({ studentId: id, studentName: z.string(), externalId: z.string().nullable(), classYear: z.number().int().nullable() })),
  ),
  /** Adds a student not on the list at the desk and checks them in, as a walk-in; the capacity rule applies. */
  'events.walkIn': write(
    frontDesk,
    [...attendanceEffects, 'search', 'readiness'],
    () =>
      z
        .strictObject({ eventId: id, studentId: id.optional(), newStudent: walkInStudent.optional() })
        .refine((v) => (v.studentId === undefined) !== (v.newStudent === undefined), {
          path: ['studentId'],
          message: 'choose a student or enter a new one',
        }),
    () => attendeeSchema,
  ),
  /**
   * The kiosk's search: one attendee, only for a precise query (their full name, school email or student ID) that
   * matches exactly one person on the list. A prefix or a common name shows nobody, so the list stays private; a
   * name two people share answers `none`, like a name on nobody (core/events/desk.ts says why).
   */
  'events.kioskFind': read(
    frontDesk,
    () => z.strictObject({ eventId: id, query: searchText }),
    () => z.object({ match: kioskMatchSchema.nullable(), reason: z.enum(['found', 'too_short', 'none']) }),
  ),
  /** Marks a started event held (status done), or back to scheduled (undo). */
  'events.setHeld': write(
    directoryEdit,
    ['events', 'goals', 'students', 'dashboard', 'myDay', 'audit'],
    () => z.strictObject({ id, held: z.boolean() }),
    () => eventSchema,
  ),
  /** The goals given with the invitation to students who registered but did not come, still open. */
  'events.noShowGoals': read(
    caseloadRead,
    () => z.strictObject({ eventId: id }),
    () => z.array(noShowGoalSchema),
  ),
  /** Drops those goals (or, undoing, takes them up again): each must be a goal of this event's attendance. */
  'events.dropNoShowGoals': write(
    caseload,
    ['goals', 'students', 'dashboard', 'myDay', 'events', 'audit'],
    () => z.strictObject({ eventId: id, goalIds: z.array(id).min(1, 'choose at least one goal').max(10_000), dropped: z.boolean() }),
    () => z.object({ changed: z.number().int() }),
  ),
} as const satisfies AreaProcedures<'events'>;
