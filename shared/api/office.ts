import { z } from 'zod';
import { adminOnly, anyone } from './access';
import { empty, id, requiredText } from './fields';
import { areas, type AreaProcedures, read, write } from './areas';
import { dateFormatSchema } from '../date-format';

/** True for a time zone name this runtime knows (IANA, e.g. Pacific/Auckland). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The name an office has until someone names it. */
export const defaultOfficeName = 'Career Services';

export const settingsSchema = z.object({
  officeName: z.string(),
  currentAdvisorId: z.number().int().nullable(),
  firstRunDone: z.boolean(),
  /** The office's time zone (IANA name): which day an instant falls on, and what "today" is, for everyone. */
  timeZone: z.string(),
  /** How every screen and document writes a date (shared/date-format.ts). */
  dateFormat: dateFormatSchema,
  /** Office server: advisors read students outside their caseload (confidential ones excepted). */
  advisorsSeeWholeOffice: z.boolean(),
  /** Office server: a session unused this long ends (minutes). */
  sessionIdleMinutes: z.number().int(),
  /** Office server: a session ends this long after sign-in whatever its use (hours). */
  sessionLifetimeHours: z.number().int(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const advisorSchema = z.object({
  id,
  name: z.string(),
  email: z.string(),
  active: z.boolean(),
  studentCount: z.number().int(),
});
export type Advisor = z.infer<typeof advisorSchema>;

const countsSchema = z.record(z.string(), z.number().int());

export const officeProcedures = {
  /**
   * Changes whenever anyone changed the office file: this host, another window or tab, the CLI, a restore.
   * The renderer polls it and refreshes every screen when it moves (its own writes refresh at once by effects).
   */
  'office.dataVersion': read(
    anyone,
    () => empty,
    () => z.object({ version: z.number().int() }),
  ),
  'app.status': read(
    anyone,
    () => empty,
    () =>
      z.object({
        officeName: z.string(),
        firstRunDone: z.boolean(),
        studentCount: z.number().int(),
        databasePath: z.string(),
      }),
  ),
  'app.loadDemo': write(
    adminOnly,
    areas,
    () =>
      z.strictObject({
        students: z.number().int().min(1).max(5_000).default(300),
        seed: z.number().int().min(0).max(2_147_483_647).default(1),
      }),
    () => z.object({ counts: countsSchema }),
  ),
  'app.startEmpty': write(
    adminOnly,
    ['app', 'settings', 'goalTemplates', 'goals'],
    () => empty,
    () => settingsSchema,
  ),
  'settings.get': read(
    anyone,
    () => empty,
    () => settingsSchema,
  ),
  // The time zone moves "today" and the day of every event and check-in: every area may change.
  'settings.update': write(
    adminOnly,
    areas,
    () =>
      z.strictObject({
        officeName: requiredText(120).optional(),
        currentAdvisorId: id.nullable().optional(),
        timeZone: z.string().max(64).refine(isTimeZone, 'must be a time zone such as America/Los_Angeles').optional(),
        dateFormat: dateFormatSchema.optional(),
        advisorsSeeWholeOffice: z.boolean().optional(),
        sessionIdleMinutes: z
          .number()
          .int()
          .min(5, 'must be at least 5 minutes')
          .max(24 * 60, 'must be at most 1440 minutes (a day)')
          .optional(),
        sessionLifetimeHours: z
          .number()
          .int()
          .min(1, 'must be at least 1 hour')
          .max(24 * 30, 'must be at most 720 hours (30 days)')
          .optional(),
      }),
    () => settingsSchema,
  ),
  'advisors.list': read(
    anyone,
    () => empty,
    () => z.array(advisorSchema),
  ),
  'advisors.create': write(
    adminOnly,
    ['advisors', 'students', 'dashboard', 'keepInTouch', 'settings'],
    () => z.strictObject({ name: requiredText(120), email: z.email('must be an email address').max(254) }),
    () => advisorSchema,
  ),
} as const satisfies AreaProcedures<'office' | 'app' | 'settings' | 'advisors'>;
