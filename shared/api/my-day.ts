import { z } from 'zod';
import { interactionKinds, relationshipKinds, wrapUpItems } from '../domain';
import { ownCaseload } from './access';
import { type AreaProcedures, read } from './areas';
import { id } from './fields';

// My day: the first screen for an advisor — the work of their own caseload, each item done in place.

const count = z.number().int();
/** A list capped at a few rows, with the total it was cut from ("and 14 more"). */
const capped = <Row extends z.ZodType>(row: Row) => z.object({ total: count, rows: z.array(row) });

const studentFields = { studentId: id, studentName: z.string() };

export const myDaySchema = z.object({
  /** Whose caseload this is: the signed-in user's linked advisor, or "I am" in the single-user app; null: nobody yet. */
  advisor: z.object({ id, name: z.string() }).nullable(),
  /** Single-user app: My day may ask "Who are you?" and save the answer as "I am". */
  mayChooseAdvisor: z.boolean(),
  today: z.string(),
  /** Internships that ended in the last 30 days or end within 14 with a wrap-up still open, with the next message to send. */
  wrapUps: capped(
    z.object({
      placementId: id,
      ...studentFields,
      employerName: z.string(),
      role: z.string(),
      endOn: z.string(),
      supporters: count,
      supportersOpen: count,
      /** The first open item of the first supporter still to thank; null when no supporter is recorded. */
      next: z
        .object({
          connectionId: id,
          contactId: id,
          contactName: z.string(),
          item: z.enum(wrapUpItems),
          /** The student's personal email and phone are on record, so a thank-you email sent from the draft carries them. */
          detailsOnRecord: z.boolean(),
        })
        .nullable(),
    }),
  ),
  /** Connections losing touch (stale: past the keep-in-touch maximum), most overdue first; `cooling` counts those past the ideal window only. */
  losingTouch: capped(
    z.object({
      connectionId: id,
      ...studentFields,
      contactId: id,
      contactName: z.string(),
      relationship: z.enum(relationshipKinds),
      lastTouchOn: z.string(),
      /** Days past the keep-in-touch maximum: the window that made it stale. */
      overdueDays: count,
      suggestedKind: z.enum(interactionKinds),
    }),
  ).extend({ cooling: count }),
  /** People met at an event in the last 14 days with no thank-you or LinkedIn connection since. */
  followUps: capped(
    z.object({
      connectionId: id,
      ...studentFields,
      contactName: z.string(),
      eventId: id,
      eventTitle: z.string(),
      metOn: z.string(),
    }),
  ),
  /** Active goals whose window ends within the next 7 days. */
  goalsEnding: capped(z.object({ goalId: id, ...studentFields, description: z.string(), targetCount: count, endsOn: z.string() })),
  /** References to confirm (asked, no answer) first, then to ask (a strong candidate, thanked, in touch, known long enough). */
  references: capped(
    z.object({
      connectionId: id,
      ...studentFields,
      contactName: z.string(),
      relationship: z.enum(relationshipKinds),
      referenceStatus: z.enum(['not_asked', 'asked']),
      askedOn: z.string().nullable(),
    }),
  ),
  /** What was done in the last 7 days, for the empty states ("Nothing due — 3 wrap-up messages sent this week"). */
  doneThisWeek: z.object({ wrapUpMessages: count, touches: count, followUps: count, goalsMet: count, referencesAgreed: count }),
});
export type MyDay = z.infer<typeof myDaySchema>;

export const myDayProcedures = {
  /**
   * Lists only students whose advisor is the caller's own (scoped in SQL, inside what they may see); a caller with no
   * advisor gets empty lists. Staff only: viewers and the front desk are not offered My day (they start on the dashboard or Events).
   */
  'myDay.get': read(
    ownCaseload,
    () => z.strictObject({}),
    () => myDaySchema,
  ),
} as const satisfies AreaProcedures<'myDay'>;
