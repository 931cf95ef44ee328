import { z } from 'zod';
import { dashboardFilter } from './dashboard';
import {
  auditActions,
  readinessItems,
  readinessLevels,
  readinessStatuses,
  referenceStatuses,
  relationshipKinds,
  type ReadinessItem,
} from '../domain';
import { fileSchema, id, isoDate, pageInput, searchText } from './fields';
import { studentFilterFields } from './students';
import { type ProcedureDefinition } from './areas';

// Reference readiness: the checklist per connection, the level and score per student, the rules in
// Settings, the exports an employer receives, and the audit history of every export.

const weight = z.number().int().min(0, 'must be 0 or more').max(100, 'must be at most 100');
const weightsShape = {
  eligible: weight,
  knownLongEnough: weight,
  thanked: weight,
  detailsShared: weight,
  inTouch: weight,
  contactCurrent: weight,
  permission: weight,
  resumeShared: weight,
} satisfies Record<ReadinessItem, typeof weight>;

export const readinessRulesSchema = z
  .strictObject({
    targetReferences: z.number().int().min(1, 'must be at least 1').max(10, 'must be at most 10'),
    knownMonths: z.number().int().min(0, 'must be 0 or more').max(60, 'must be at most 60 months'),
    weights: z.strictObject(weightsShape),
  })
  .refine((rules) => Object.values(rules.weights).some((w) => w > 0), { path: ['weights'], message: 'at least one weight must be above 0' });
export type ReadinessRules = z.infer<typeof readinessRulesSchema>;

export const readinessCheckSchema = z.object({
  item: z.enum(readinessItems),
  met: z.boolean(),
  /** What the data shows, e.g. "Known since 3 Mar 2025". */
  detail: z.string(),
  /** The next concrete step when not met, with names and dates. */
  action: z.string().nullable(),
});
export type ReadinessCheck = z.infer<typeof readinessCheckSchema>;

export const referenceCandidateSchema = z.object({
  connectionId: id,
  contactId: id,
  contactName: z.string(),
  contactTitle: z.string().nullable(),
  employerName: z.string().nullable(),
  relationship: z.enum(relationshipKinds),
  strength: z.enum(['strong', 'weak']),
  referenceStatus: z.enum(referenceStatuses),
  status: z.enum(readinessStatuses),
  /** 0–100: the weighted share of the checklist met. */
  points: z.number().int(),
  lastTouchOn: z.string().nullable(),
  checks: z.array(readinessCheckSchema),
  nextAction: z.string().nullable(),
});
export type ReferenceCandidate = z.infer<typeof referenceCandidateSchema>;

export const studentReadinessSchema = z.object({
  studentId: id,
  studentName: z.string(),
  level: z.enum(readinessLevels),
  readyReferences: z.number().int(),
  target: z.number().int(),
  score: z.number().int(),
  /** Plain sentences that add up to the score and the level. */
  reasons: z.array(z.string()),
  /** Most relevant first: readiness, then relationship strength, then recency. */
  candidates: z.array(referenceCandidateSchema),
  /** Connections that can never be references (met at an event, personal, other) or declined. */
  notEligible: z.number().int(),
});
export type StudentReadiness = z.infer<typeof studentReadinessSchema>;

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
    z.object({ studentId: id, studentName: z.string(), readyReferences: z.number().int(), contactName: z.string(), action: z.string() }),
  ),
});
export type ReadinessDashboard = z.infer<typeof readinessDashboardSchema>;

export const exportResultSchema = fileSchema.extend({
  /** Students left out because of a confidentiality hold. */
  withheld: z.number().int(),
  /** Rows (or documents) written. */
  rows: z.number().int(),
  /** What the advisor should know about the file, e.g. a reference who has not agreed yet. */
  warnings: z.array(z.string()),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const auditEntrySchema = z.object({
  id,
  at: z.string(),
  actor: z.string(),
  action: z.enum(auditActions),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  count: z.number().int(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const readinessProcedures = {
  'readiness.rules': { kind: 'read', input: z.strictObject({}), output: readinessRulesSchema },
  'readiness.updateRules': { kind: 'write', effects: ['readiness', 'students', 'connections', 'dashboard', 'audit'], input: readinessRulesSchema, output: readinessRulesSchema },
  'readiness.student': { kind: 'read', input: z.strictObject({ id }), output: studentReadinessSchema },
  'dashboard.readiness': { kind: 'read', input: dashboardFilter, output: readinessDashboardSchema },
  'exports.referenceList': {
    kind: 'write',
    effects: ['audit'],
    input: z.strictObject({
      studentId: id,
      format: z.enum(['pdf', 'docx']),
      /** The advisor's pick, in print order; omitted: agreed references, most relevant first. */
      connectionIds: z.array(id).min(1, 'pick at least one reference').max(5, 'a reference list has at most 5 references').optional(),
    }),
    output: exportResultSchema,
  },
  'exports.references': {
    kind: 'write',
    effects: ['audit'],
    input: z.strictObject({ ...studentFilterFields, format: z.enum(['csv', 'xlsx', 'zip']), includeNotAgreed: z.boolean().default(false) }),
    output: exportResultSchema,
  },
  'exports.readinessReport': {
    kind: 'write',
    effects: ['audit'],
    input: z.strictObject({ ...studentFilterFields, format: z.enum(['csv', 'xlsx']) }),
    output: exportResultSchema,
  },
  'audit.list': {
    kind: 'read',
    input: z.strictObject({
      action: z.enum(auditActions).optional(),
      entity: z.string().max(60).optional(),
      search: searchText.optional(),
      fromOn: isoDate.optional(),
      toOn: isoDate.optional(),
      ...pageInput,
    }),
    output: z.object({ rows: z.array(auditEntrySchema), total: z.number().int(), entities: z.array(z.string()) }),
  },
} as const satisfies Record<string, ProcedureDefinition>;
