import { z } from 'zod';
import { goalKinds, goalStatuses } from '../domain';
import { anyone, caseload, caseloadRead, officeRules } from './access';
import { empty, id, isoDate, loadedVersion, optionalMultiline, optionalText, recordVersion, requiredText } from './fields';
import { type AreaProcedures, read, write } from './areas';

// Small networking goals, their computed progress, and the ladder of templates they climb.

const targetCount = z.number().int().min(1, 'must be at least 1').max(50, 'must be at most 50: keep goals small and achievable');

export const goalFields = {
  studentId: id,
  kind: z.enum(goalKinds),
  description: requiredText(300),
  targetCount,
  windowStartOn: isoDate.nullish().transform((v) => v ?? null),
  windowEndOn: isoDate.nullish().transform((v) => v ?? null),
  eventId: id.nullish().transform((v) => v ?? null),
  templateId: id.nullish().transform((v) => v ?? null),
  manualAdjustment: z.number().int().min(0, 'must be 0 or more').max(50, 'must be at most 50').default(0),
  reflection: optionalMultiline(2_000),
};

const windowRule = (g: { windowStartOn: string | null; windowEndOn: string | null; eventId: number | null }) =>
  g.eventId !== null || (g.windowStartOn !== null && g.windowEndOn !== null);
const orderRule = (g: { windowStartOn: string | null; windowEndOn: string | null }) =>
  g.windowStartOn === null || g.windowEndOn === null || g.windowEndOn >= g.windowStartOn;

export const goalInput = z
  .strictObject(goalFields)
  .refine(windowRule, { path: ['windowEndOn'], message: 'needs a window (from and to) or a linked event' })
  .refine(orderRule, { path: ['windowEndOn'], message: 'must be on or after the start of the window' });
export type GoalInput = z.input<typeof goalInput>;

export const goalSchema = z.object({
  id,
  studentId: z.number().int(),
  kind: z.enum(goalKinds),
  description: z.string(),
  targetCount: z.number().int(),
  windowStartOn: z.string().nullable(),
  windowEndOn: z.string().nullable(),
  eventId: z.number().int().nullable(),
  eventTitle: z.string().nullable(),
  templateId: z.number().int().nullable(),
  manualAdjustment: z.number().int(),
  /** Matching interactions and check-ins inside the window, plus the manual adjustment. */
  progress: z.number().int(),
  /** Computed: dropped if dropped, met once progress reaches the target, not met yet once the window has passed. */
  status: z.enum(goalStatuses),
  metOn: z.string().nullable(),
  reflection: z.string().nullable(),
  /** The window actually used (an event-linked goal runs from the event to 48 hours after). */
  effectiveStartOn: z.string(),
  effectiveEndOn: z.string(),
  ...recordVersion,
});
export type Goal = z.infer<typeof goalSchema>;

export const goalTemplateSchema = z.object({
  id,
  rung: z.number().int(),
  title: z.string(),
  kind: z.enum(goalKinds),
  targetCount: z.number().int(),
  description: z.string().nullable(),
});
export type GoalTemplate = z.infer<typeof goalTemplateSchema>;

/** A change to a goal moves the student's progress, the dashboard and the events it is linked to. */
const goalEffects = ['goals', 'students', 'dashboard', 'myDay', 'events', 'audit'] as const;

export const goalsProcedures = {
  'goals.forStudent': read(
    caseloadRead,
    () => z.strictObject({ studentId: id }),
    () => z.array(goalSchema),
  ),
  'goals.create': write(
    caseload,
    goalEffects,
    () => goalInput,
    () => goalSchema,
  ),
  'goals.update': write(
    caseload,
    goalEffects,
    () =>
      z
        .strictObject({ id, ...loadedVersion, ...goalFields })
        .refine(windowRule, { path: ['windowEndOn'], message: 'needs a window (from and to) or a linked event' })
        .refine(orderRule, { path: ['windowEndOn'], message: 'must be on or after the start of the window' }),
    () => goalSchema,
  ),
  'goals.setDropped': write(
    caseload,
    goalEffects,
    () => z.strictObject({ id, dropped: z.boolean() }),
    () => goalSchema,
  ),
  'goals.markMet': write(
    caseload,
    goalEffects,
    () => z.strictObject({ id, metOn: isoDate }),
    () => goalSchema,
  ),
  'goals.tryAgain': write(
    caseload,
    goalEffects,
    () =>
      z.strictObject({ id, windowStartOn: isoDate, windowEndOn: isoDate }).refine((g) => g.windowEndOn >= g.windowStartOn, {
        path: ['windowEndOn'],
        message: 'must be on or after the start of the window',
      }),
    () => goalSchema,
  ),
  'goals.delete': write(
    caseload,
    goalEffects,
    () => z.strictObject({ id }),
    () => z.object({ deleted: z.literal(true) }),
  ),
  'goals.nextRung': read(
    caseloadRead,
    () => z.strictObject({ studentId: id }),
    () => z.object({ template: goalTemplateSchema.nullable(), reason: z.string() }),
  ),
  'goals.applyTemplate': write(
    caseload,
    goalEffects,
    () =>
      z.strictObject({
        studentId: id,
        templateId: id,
        windowStartOn: isoDate,
        windowEndOn: isoDate,
        eventId: id.nullish(),
      }),
    () => goalSchema,
  ),
  'goalTemplates.list': read(
    anyone,
    () => empty,
    () => z.array(goalTemplateSchema),
  ),
  'goalTemplates.save': write(
    officeRules,
    ['goalTemplates', 'goals', 'audit'],
    () =>
      z.strictObject({
        templates: z
          .array(
            z.strictObject({
              id: id.nullish(),
              title: requiredText(200),
              kind: z.enum(goalKinds),
              targetCount,
              description: optionalText(500),
            }),
          )
          .min(1, 'keep at least one rung')
          .max(30),
      }),
    () => z.array(goalTemplateSchema),
  ),
} as const satisfies AreaProcedures<'goals' | 'goalTemplates'>;
