import { z } from 'zod';
import { readinessItems, readinessLevels, readinessStatuses, referenceStatuses, relationshipKinds, type ReadinessItem } from '../domain';
import { anyone, caseloadRead, officeRules } from './access';
import { id } from './fields';
import { type AreaProcedures, read, write } from './areas';

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
  .refine((rules) => Object.values(rules.weights).some((w) => w > 0), {
    path: ['weights'],
    message: 'at least one weight must be above 0',
  });
export type ReadinessRules = z.infer<typeof readinessRulesSchema>;

export const contactDetailMissing = z.enum(['email', 'phone']).nullable();

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
  /** The checklist item `nextAction` is about, so the screen can offer the button that does it. */
  nextItem: z.enum(readinessItems).nullable(),
  /**
   * The contact detail the "contact details" item lacks: the preferred method's, else an email; null when one is on
   * file (then it only wants confirming). The button offers that field without reading the contact first.
   */
  missingDetail: contactDetailMissing,
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

export const readinessProcedures = {
  'readiness.rules': read(
    anyone,
    () => z.strictObject({}),
    () => readinessRulesSchema,
  ),
  'readiness.updateRules': write(
    officeRules,
    ['readiness', 'students', 'connections', 'dashboard', 'myDay', 'audit'],
    () => readinessRulesSchema,
    () => readinessRulesSchema,
  ),
  'readiness.student': read(
    caseloadRead,
    () => z.strictObject({ id }),
    () => studentReadinessSchema,
  ),
} as const satisfies AreaProcedures<'readiness'>;
