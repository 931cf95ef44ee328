import { z } from 'zod';
import { milestoneKinds, relationshipKinds } from '../domain';
import { caseload, caseloadRead } from './access';
import { type AreaProcedures, relationshipEffects, read, write } from './areas';
import { id, isoDate, optionalMultiline } from './fields';

// Milestones: a student's news (an offer, a graduation) and the supporters to tell.

export const milestoneSchema = z.object({
  id,
  studentId: z.number().int(),
  kind: z.enum(milestoneKinds),
  occurredOn: z.string(),
  description: z.string().nullable(),
  recommendedByContactId: z.number().int().nullable(),
  recommendedByName: z.string().nullable(),
  suggestions: z.array(
    z.object({
      connectionId: id,
      contactName: z.string(),
      relationship: z.enum(relationshipKinds),
      reason: z.string(),
      sentOn: z.string().nullable(),
    }),
  ),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const milestonesProcedures = {
  'milestones.forStudent': read(
    caseloadRead,
    () => z.strictObject({ studentId: id }),
    () => z.array(milestoneSchema),
  ),
  'milestones.create': write(
    caseload,
    relationshipEffects,
    () =>
      z.strictObject({
        studentId: id,
        kind: z.enum(milestoneKinds),
        occurredOn: isoDate,
        description: optionalMultiline(500),
        recommendedByContactId: id.nullish().transform((v) => v ?? null),
      }),
    () => milestoneSchema,
  ),
  'milestones.markSent': write(
    caseload,
    relationshipEffects,
    () =>
      z.strictObject({
        milestoneId: id,
        connectionIds: z.array(id).min(1, 'choose at least one contact').max(200),
        occurredOn: isoDate,
      }),
    () => milestoneSchema,
  ),
} as const satisfies AreaProcedures<'milestones'>;
