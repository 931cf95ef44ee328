import { z } from 'zod';
import { interactionKinds, readinessLevels, studentStatuses } from '../domain';
import { caseload, caseloadRead } from './access';
import {
  empty,
  id,
  listOf,
  optionalEmail,
  optionalMultiline,
  optionalText,
  pageInput,
  recordTimes,
  recordVersion,
  loadedVersion,
  requiredText,
  searchText,
  sortDirection,
  termName,
} from './fields';
import { type AreaProcedures, read, write } from './areas';

const classYear = z.number().int().min(1950, 'must be a year from 1950').max(2100, 'must be a year up to 2100');

export const studentFields = {
  externalId: optionalText(64),
  firstName: requiredText(100),
  lastName: requiredText(100),
  preferredName: optionalText(100),
  schoolEmail: optionalEmail,
  personalEmail: optionalEmail,
  phone: optionalText(40),
  program: optionalText(120),
  classYear: classYear.nullish().transform((v) => v ?? null),
  cohort: optionalText(120),
  labels: z.array(requiredText(60)).max(30, 'at most 30 labels').default([]),
  advisorId: id.nullish().transform((v) => v ?? null),
  confidential: z.boolean().default(false),
  notes: optionalMultiline(10_000),
};

export const studentInput = z.strictObject(studentFields);
export type StudentInput = z.input<typeof studentInput>;

export const studentSchema = z.object({
  id,
  externalId: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  displayName: z.string(),
  schoolEmail: z.string().nullable(),
  personalEmail: z.string().nullable(),
  phone: z.string().nullable(),
  program: z.string().nullable(),
  classYear: z.number().int().nullable(),
  cohort: z.string().nullable(),
  labels: z.array(z.string()),
  advisorId: z.number().int().nullable(),
  advisorName: z.string().nullable(),
  status: z.enum(studentStatuses),
  confidential: z.boolean(),
  notes: z.string().nullable(),
  ...recordTimes,
  ...recordVersion,
});
export type Student = z.infer<typeof studentSchema>;

/**
 * A student as their page loads them: the record, and whether the caller may change it — computed by the core from
 * the same rule it enforces on writes (`caseload`), so the page offers no Edit, New or Log it would refuse. Always
 * true in single-user mode.
 */
export const studentDetailSchema = studentSchema.extend({ mayChange: z.boolean() });
export type StudentDetail = z.infer<typeof studentDetailSchema>;

/** Counts that summarise a student's networking so far, all computed from the records. */
export const networkSummarySchema = z.object({
  connections: z.number().int(),
  interactions: z.number().int(),
  lastInteractionOn: z.string().nullable(),
  placements: z.number().int(),
  goalsMet: z.number().int(),
  goalsActive: z.number().int(),
  eventsAttended: z.number().int(),
});
export type NetworkSummary = z.infer<typeof networkSummarySchema>;

/** In the Students table's column order (the renderer's column chooser lists them this way), updatedAt last. */
export const studentSortColumns = [
  'name',
  'externalId',
  'program',
  'classYear',
  'cohort',
  'advisor',
  'status',
  'readiness',
  'readyCount',
  'goals',
  'lastActivity',
  'losingTouch',
  'updatedAt',
] as const;
export type StudentSortColumn = (typeof studentSortColumns)[number];

/** Reference-readiness filter: a level, or "not ready" (building or not started). */
export const readinessFilters = [...readinessLevels, 'not_ready'] as const;
export type ReadinessFilter = (typeof readinessFilters)[number];

/**
 * Goals filter: a goal met in the term (`term`, else the current one), a goal in progress now, or none in progress.
 */
export const goalFilters = ['met_in_term', 'active', 'none_active'] as const;
export type GoalFilter = (typeof goalFilters)[number];

/** Which students a list or a bulk export covers. */
export const studentFilterFields = {
  search: searchText.optional(),
  classYear: classYear.optional(),
  program: z.string().max(120).optional(),
  cohort: z.string().max(120).optional(),
  advisorId: id.optional(),
  status: z.enum(studentStatuses).optional(),
  readiness: z.enum(readinessFilters).optional(),
  goals: z.enum(goalFilters).optional(),
  term: termName.optional(),
  /** true: only students with at least one connection past its keep-in-touch maximum today; false: no condition. */
  losingTouch: z.boolean().optional(),
};

export const studentListInput = z.strictObject({
  ...studentFilterFields,
  sort: z.enum(studentSortColumns).default('name'),
  direction: sortDirection.default('asc'),
  ...pageInput,
});
export type StudentListInput = z.input<typeof studentListInput>;

/** A row of the students list as the students table stores it (the core reads these columns for a page at once). */
export const studentRowColumnsSchema = studentSchema
  .pick({
    id: true,
    externalId: true,
    displayName: true,
    schoolEmail: true,
    program: true,
    classYear: true,
    cohort: true,
    advisorName: true,
    status: true,
    confidential: true,
    updatedAt: true,
  })
  .extend({
    /** Newest interaction on any of the student's connections. */
    lastActivityOn: z.string().nullable(),
    /** The latest day a goal was met (what the goals sort orders by). */
    goalLastMetOn: z.string().nullable(),
    /** Sent back with a bulk change, so a student changed since the list loaded is not overwritten blindly. */
    version: z.number().int(),
  });

/** A row of the students list: its stored columns and the figures computed for the page's students. */
export const studentRowSchema = studentRowColumnsSchema.extend({
  /** Connections past their keep-in-touch maximum. */
  staleConnections: z.number().int(),
  /** Goals met in the list's term (the filter's `term`, else the current one), and goals active now. */
  goalsMetThisTerm: z.number().int(),
  goalsActive: z.number().int(),
  /** Reference readiness: references ready now, and the level against the office target. */
  readyReferences: z.number().int(),
  readinessLevel: z.enum(readinessLevels),
});
export type StudentRow = z.infer<typeof studentRowSchema>;

// ---- Bulk changes (the caseload table's selection) ----

/**
 * A selected student and the version the list showed (optional, as for an update: the CLI and scripts change
 * whatever is there). A student changed since it was selected refuses the whole change (`conflict`, `reason: 'stale'`).
 */
const selectedStudent = z.strictObject({ id, ...loadedVersion });
export const bulkSelectionLimit = 5_000;
const selectedStudents = z
  .array(selectedStudent)
  .min(1, 'select at least one student')
  .max(bulkSelectionLimit, `at most ${bulkSelectionLimit.toLocaleString('en-US')} students at once`);

export const bulkChangeKinds = ['assignAdvisor', 'addLabel', 'archive'] as const;
export type BulkChangeKind = (typeof bulkChangeKinds)[number];
export const bulkChangeSchema = z.discriminatedUnion('kind', [
  /** null: no advisor. */
  z.strictObject({ kind: z.literal('assignAdvisor'), advisorId: id.nullable() }),
  z.strictObject({ kind: z.literal('addLabel'), label: requiredText(60) }),
  z.strictObject({ kind: z.literal('archive') }),
]);
export type BulkChange = z.infer<typeof bulkChangeSchema>;

/** What a bulk change (or its undo) did: its history entry (what Undo names), and how many students it changed. */
export const bulkResultSchema = z.object({
  changeId: z.number().int(),
  changed: z.number().int(),
  /** Selected students the change left as they were (already that advisor, label or status). */
  unchanged: z.number().int(),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

// ---- Timeline ----
export const timelineKinds = ['interaction', 'placement', 'goal', 'event', 'milestone', 'note'] as const;
export type TimelineKind = (typeof timelineKinds)[number];
export const timelineItemSchema = z.object({
  key: z.string(),
  kind: z.enum(timelineKinds),
  on: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  /** The interaction behind the item, for edit and delete. */
  interactionId: z.number().int().nullable(),
  interactionKind: z.enum(interactionKinds).nullable(),
  /** The interaction's version, sent back when it is edited (see recordVersion). */
  interactionVersion: z.number().int().nullable(),
  connectionId: z.number().int().nullable(),
  summary: z.string().nullable(),
  sharedContactDetails: z.boolean(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

/** A changed student (status, advisor, class year) shows in every list that names them and every count. */
const studentRecordEffects = [
  'students',
  'search',
  'app',
  'advisors',
  'dashboard',
  'myDay',
  'readiness',
  'events',
  'contacts',
  'keepInTouch',
  'goals',
  'audit',
] as const;

export const studentsProcedures = {
  'students.list': read(
    caseloadRead,
    () => studentListInput,
    () => z.object({ rows: z.array(studentRowSchema), total: z.number().int() }),
  ),
  'students.get': read(
    caseloadRead,
    () => z.strictObject({ id }),
    () => studentDetailSchema,
  ),
  'students.create': write(
    caseload,
    ['students', 'search', 'app', 'advisors', 'dashboard', 'myDay', 'readiness', 'events', 'audit'],
    () => studentInput,
    () => studentSchema,
  ),
  // Full replace: the form sends every field; omitted optional fields are cleared.
  'students.update': write(
    caseload,
    studentRecordEffects,
    () => z.strictObject({ id, ...loadedVersion, ...studentFields }),
    () => studentSchema,
  ),
  'students.setStatus': write(
    caseload,
    studentRecordEffects,
    () => z.strictObject({ id, status: z.enum(studentStatuses) }),
    () => studentSchema,
  ),
  'students.networkSummary': read(
    caseloadRead,
    () => z.strictObject({ id }),
    () => networkSummarySchema,
  ),
  'students.facets': read(
    caseloadRead,
    () => empty,
    () =>
      z.object({
        programs: z.array(z.string()),
        classYears: z.array(z.number().int()),
        cohorts: z.array(z.string()),
        /** The current term and the three before it, newest first: the terms "met a goal in term" offers. */
        terms: z.array(z.string()),
      }),
  ),
  /** Every student a filter selects (at most the bulk limit), with the version a bulk change sends back: "select all matching". */
  'students.selection': read(
    caseloadRead,
    () => z.strictObject(studentFilterFields),
    () => z.object({ students: z.array(z.object({ id, version: z.number().int() })), total: z.number().int() }),
  ),
  /** One change to many students in one transaction, audited as one entry that holds each student's previous value. */
  'students.bulkChange': write(
    caseload,
    studentRecordEffects,
    () => z.strictObject({ students: selectedStudents, change: bulkChangeSchema }),
    () => bulkResultSchema,
  ),
  /**
   * Puts back exactly what a bulk change replaced (each student's advisor, labels or status), unless a student was
   * changed since (refused as stale). `studentIds` are the change's students, so access is checked before anything is read.
   */
  'students.bulkUndo': write(
    caseload,
    studentRecordEffects,
    () => z.strictObject({ changeId: id, studentIds: z.array(id).min(1).max(bulkSelectionLimit) }),
    () => bulkResultSchema,
  ),
  'students.timeline': read(
    caseloadRead,
    () => z.strictObject({ studentId: id, kinds: z.array(z.enum(timelineKinds)).max(timelineKinds.length).optional(), ...pageInput }),
    () => listOf(timelineItemSchema),
  ),
} as const satisfies AreaProcedures<'students'>;
