import { z } from 'zod';
import { readinessItems, readinessLevels, referenceStatuses, relationshipKinds } from '../domain';
import { dashboards, exportFiles } from './access';
import { fileSchema, id, termName } from './fields';
import { type AreaProcedures, read, write } from './areas';
import { contactDetailMissing } from './readiness';

/**
 * One filter for every dashboard widget. Student-based figures count the students it selects; `term`
 * (default: the current one) sets the period of the goal and event figures — readiness and
 * keep-in-touch are always as of today.
 */
export const dashboardFilter = z.strictObject({
  advisorId: id.optional(),
  cohort: z.string().max(120).optional(),
  program: z.string().max(120).optional(),
  classYear: z.number().int().min(1950).max(2100).optional(),
  term: termName.optional(),
});
export type DashboardFilter = z.output<typeof dashboardFilter>;

export const termSchema = z.object({ name: z.string(), startOn: z.string(), endOn: z.string() });

const count = z.number().int();

export const dashboardOfficeSchema = z.object({
  term: termSchema,
  /** The terms the filter offers: the current one first, then the five before it. */
  terms: z.array(z.string()),
  /** Scheduled events that have not ended yet, with the RSVPs of the students in the filter. */
  upcomingEvents: z.object({ events: count, invited: count, registered: count }),
  /** Connections of active students past their keep-in-touch maximum today. */
  losingTouch: z.object({ connections: count, students: count }),
  /** The term's events (not cancelled or draft): invited → registered → attended → followed up someone they met there. */
  funnel: z.object({ events: count, invited: count, registered: count, attended: count, followedUp: count }),
  today: z.object({
    /** Internships that ended in the last 30 days or end within 14 with a wrap-up still open. */
    wrapUpsDue: z.object({
      total: count,
      rows: z.array(
        z.object({
          placementId: id,
          studentId: id,
          studentName: z.string(),
          employerName: z.string(),
          role: z.string(),
          endOn: z.string(),
          supporters: count,
          supportersOpen: count,
        }),
      ),
    }),
    /** The most overdue of the connections counted in `losingTouch`. */
    mostOverdue: z.array(
      z.object({
        connectionId: id,
        studentId: id,
        studentName: z.string(),
        contactName: z.string(),
        relationship: z.enum(relationshipKinds),
        lastTouchOn: z.string(),
        overdueDays: count,
      }),
    ),
    /** Scheduled events starting in the next 7 days, with the RSVPs of the students in the filter. */
    eventsThisWeek: z.array(
      z.object({
        eventId: id,
        title: z.string(),
        startsAt: z.string(),
        capacity: count.nullable(),
        invited: count,
        registered: count,
      }),
    ),
  }),
});
export type DashboardOffice = z.infer<typeof dashboardOfficeSchema>;

const shareRow = z.object({ value: z.string().nullable(), students: z.number().int(), ready: z.number().int() });

export const readinessDashboardSchema = z.object({
  activeStudents: z.number().int(),
  target: z.number().int(),
  distribution: z.array(z.object({ level: z.enum(readinessLevels), students: z.number().int() })),
  byCohort: z.array(shareRow),
  byProgram: z.array(shareRow),
  byClassYear: z.array(shareRow),
  /** Students one action away from the target, with that action. */
  closestToReady: z.array(
    z.object({
      studentId: id,
      studentName: z.string(),
      readyReferences: z.number().int(),
      /** The candidate reference the action is about, and its checklist item, for the button that does it. */
      connectionId: id,
      contactId: id,
      contactName: z.string(),
      referenceStatus: z.enum(referenceStatuses),
      action: z.string(),
      nextItem: z.enum(readinessItems).nullable(),
      missingDetail: contactDetailMissing,
    }),
  ),
});
export type ReadinessDashboard = z.infer<typeof readinessDashboardSchema>;

export const dashboardProcedures = {
  'dashboard.office': read(
    dashboards,
    () => dashboardFilter,
    () => dashboardOfficeSchema,
  ),
  /** Every dashboard figure for the filter as an XLSX workbook, one sheet per widget. */
  'dashboard.export': write(
    exportFiles,
    ['audit'],
    () => dashboardFilter,
    () => fileSchema,
  ),
  'dashboard.goals': read(
    dashboards,
    () => dashboardFilter,
    () =>
      z.object({
        term: termSchema,
        activeStudents: z.number().int(),
        /** Active students with at least one goal met in the term. */
        withGoalMetInTerm: z.number().int(),
        withoutActiveGoal: z.number().int(),
        metPerMonth: z.array(z.object({ month: z.string(), met: z.number().int() })),
        completionByEvent: z.array(
          z.object({
            eventId: id,
            title: z.string(),
            startsAt: z.string(),
            goals: z.number().int(),
            met: z.number().int(),
          }),
        ),
      }),
  ),
  'dashboard.readiness': read(
    dashboards,
    () => dashboardFilter,
    () => readinessDashboardSchema,
  ),
} as const satisfies AreaProcedures<'dashboard'>;
