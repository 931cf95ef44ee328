import { z } from 'zod';
import { interactionKinds, relationshipKinds } from '../domain';
import { anyone, caseloadRead, officeRules } from './access';
import { type AreaProcedures, read, write } from './areas';
import { cadenceFields, connectionPartyFields } from './connections';
import { empty, id, listOf, pageInput, sortDirection } from './fields';

// Keep-in-touch: the windows per relationship and the connections losing touch.

export const keepInTouchWindowSchema = z.object({
  relationship: z.enum(relationshipKinds),
  idealDays: z.number().int().min(1, 'must be at least 1 day').max(3650, 'must be at most 3650 days'),
  maxDays: z.number().int().min(1, 'must be at least 1 day').max(3650, 'must be at most 3650 days'),
});
export type KeepInTouchWindow = z.infer<typeof keepInTouchWindowSchema>;

export const losingTouchRowSchema = z.object({
  connectionId: id,
  ...connectionPartyFields,
  /** Days past the keep-in-touch maximum (the window that makes a connection stale, "losing touch"); negative while only cooling. */
  overdueDays: z.number().int(),
  suggestedKind: z.enum(interactionKinds),
  suggestion: z.string(),
  ...cadenceFields,
});
export type LosingTouchRow = z.infer<typeof losingTouchRowSchema>;

export const keepInTouchProcedures = {
  'keepInTouch.windows': read(
    anyone,
    () => empty,
    () => z.array(keepInTouchWindowSchema),
  ),
  'keepInTouch.updateWindows': write(
    officeRules,
    ['keepInTouch', 'connections', 'contacts', 'students', 'readiness', 'dashboard', 'myDay', 'audit'],
    () =>
      z.strictObject({
        windows: z
          .array(
            keepInTouchWindowSchema.refine((w) => w.maxDays >= w.idealDays, {
              path: ['maxDays'],
              message: 'must be at least the ideal window',
            }),
          )
          .min(1)
          .max(20),
      }),
    () => z.array(keepInTouchWindowSchema),
  ),
  'keepInTouch.losingTouch': read(
    caseloadRead,
    () =>
      z.strictObject({
        advisorId: id.nullish(),
        cohort: z.string().max(120).optional(),
        program: z.string().max(120).optional(),
        classYear: z.number().int().min(1950).max(2100).optional(),
        state: z.enum(['cooling', 'stale', 'all']).default('all'),
        relationship: z.enum(relationshipKinds).optional(),
        direction: sortDirection.default('desc'),
        ...pageInput,
      }),
    () => listOf(losingTouchRowSchema),
  ),
  /** Connections of active students past their keep-in-touch maximum; advisorId omitted: the advisor this computer acts as, null: the office. */
  'keepInTouch.staleCount': read(
    caseloadRead,
    () => z.strictObject({ advisorId: id.nullish() }),
    () => z.object({ connections: z.number().int(), students: z.number().int() }),
  ),
} as const satisfies AreaProcedures<'keepInTouch'>;
