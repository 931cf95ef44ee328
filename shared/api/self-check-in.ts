import { z } from 'zod';
import { uninvitedPolicies } from '../domain';
import { directoryEdit, frontDesk, noSession } from './access';
import { type AreaProcedures, read, write } from './areas';
import { id } from './fields';

// Students check themselves in on their phones (issue 18 item 7). The desk shows a QR code whose address carries a
// token signed by the server (core/events/self-check-in-token.ts): it names the event and the minute it was made, is
// good for that minute and the next, and only on the event's day(s). The phone page needs no account.

/** The event's self check-in settings, as the desk's QR dialog shows and changes them. */
export const selfCheckInSettingsSchema = z.object({ uninvited: z.enum(uninvitedPolicies), asksStudentId: z.boolean() });
export type SelfCheckInSettings = z.infer<typeof selfCheckInSettingsSchema>;

/** The token a QR code carries (event id, minute, signature): short, so the code stays easy to scan. */
export const selfCheckInToken = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(100, 'must be at most 100 characters')
  .regex(/^[0-9A-Za-z._-]+$/, 'is not a check-in code');

/** Why a phone is refused: the code (scan again, or not today), the limit, or — for anything about the student — see the desk. */
export const selfCheckInRefusals = ['expired', 'not_open', 'see_desk'] as const;
export type SelfCheckInRefusal = (typeof selfCheckInRefusals)[number];

export const selfCheckInProcedures = {
  /** The QR's token now (a new one each minute), while check-in is open on the event's day(s); never the secret. */
  'events.selfCheckInCode': read(
    frontDesk,
    () => z.strictObject({ eventId: id }),
    () => selfCheckInSettingsSchema.extend({ token: z.string(), validUntil: z.string() }),
  ),
  /** Whether a student not on the list is recorded as a walk-in or refused, and whether the phone asks for the student ID. */
  'events.setSelfCheckIn': write(
    directoryEdit,
    ['events', 'audit'],
    () => selfCheckInSettingsSchema.extend({ eventId: id }).strict(),
    () => selfCheckInSettingsSchema,
  ),
  /** What the phone page shows before the student types: the event's title and whether the student ID is asked. */
  'events.selfCheckInForm': read(
    noSession,
    () => z.strictObject({ token: selfCheckInToken }),
    () => z.object({ eventTitle: z.string(), asksStudentId: z.boolean() }),
  ),
  /**
   * A student checks themself in with the QR's token and their school email (and student ID when the event asks):
   * the desk's rule (capacity, walk-ins per the event's setting). Rate limited per address and per token. Every
   * refusal about the student — unknown email, another ID, not on the list, full — gets one answer (`see_desk`), and
   * success names only the event, so the page teaches nobody anything about anyone else.
   */
  'events.selfCheckIn': write(
    noSession,
    ['attendance', 'events', 'goals', 'students', 'dashboard', 'myDay', 'audit'],
    () =>
      z.strictObject({
        token: selfCheckInToken,
        schoolEmail: z.string().trim().min(1, 'is required').max(254, 'must be at most 254 characters'),
        studentId: z.string().trim().max(100, 'must be at most 100 characters').optional(),
      }),
    () => z.object({ eventTitle: z.string() }),
  ),
} as const satisfies AreaProcedures<'events'>;
