import { z } from 'zod';
import { placementKinds } from '../domain';
import { caseload, caseloadRead } from './access';
import { type AreaProcedures, relationshipEffects, read, write } from './areas';
import { id, isoDate, loadedVersion, nullableDate, recordVersion, requiredText } from './fields';

// Placements: a student's internship or job with an employer, and its supervisor.

export const placementFields = {
  studentId: id,
  employerId: id,
  kind: z.enum(placementKinds),
  role: requiredText(150),
  supervisorContactId: id.nullish().transform((v) => v ?? null),
  startOn: isoDate,
  endOn: nullableDate,
};
export const placementInput = z.strictObject(placementFields).refine((p) => p.endOn === null || p.endOn >= p.startOn, {
  path: ['endOn'],
  message: 'must be on or after the start date',
});
export const placementSchema = z.object({
  id,
  studentId: z.number().int(),
  studentName: z.string(),
  employerId: z.number().int(),
  employerName: z.string(),
  kind: z.enum(placementKinds),
  role: z.string(),
  supervisorContactId: z.number().int().nullable(),
  supervisorName: z.string().nullable(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  ...recordVersion,
});
export type Placement = z.infer<typeof placementSchema>;

export const placementsProcedures = {
  'placements.forStudent': read(
    caseloadRead,
    () => z.strictObject({ studentId: id }),
    () => z.array(placementSchema),
  ),
  'placements.create': write(
    caseload,
    relationshipEffects,
    () => placementInput,
    () => placementSchema,
  ),
  'placements.update': write(
    caseload,
    relationshipEffects,
    () =>
      z.strictObject({ id, ...loadedVersion, ...placementFields }).refine((p) => p.endOn === null || p.endOn >= p.startOn, {
        path: ['endOn'],
        message: 'must be on or after the start date',
      }),
    () => placementSchema,
  ),
  'placements.delete': write(
    caseload,
    relationshipEffects,
    () => z.strictObject({ id }),
    () => z.object({ deleted: z.literal(true) }),
  ),
} as const satisfies AreaProcedures<'placements'>;
