import { z } from 'zod';
import { cleanLine } from '../text';
import { savedViewPages, type SavedViewPage } from '../domain';
import { personal } from './access';
import { id } from './fields';
import { type AreaProcedures, read, write } from './areas';

// Saved views: a name for a list's own address parameters (filters, sort, columns), so applying a view is
// opening the list with them. The page number is not part of a view.

/** The Students page's address parameters a view may hold (renderer/src/features/students/useStudentListParams.ts). */
export const studentViewParamKeys = [
  'q',
  'year',
  'program',
  'cohort',
  'advisor',
  'status',
  'readiness',
  'goals',
  'term',
  'touch',
  'sort',
  'dir',
  'cols',
] as const;

export const savedViewParamKeys: Record<SavedViewPage, readonly string[]> = {
  students: studentViewParamKeys,
};

export const maxViewParams = 30;
export const maxViewParamLength = 500;

export const viewParamsSchema = z
  .record(z.string().min(1).max(40), z.string().max(maxViewParamLength, `must be at most ${maxViewParamLength} characters`))
  .refine((params) => Object.keys(params).length <= maxViewParams, `at most ${maxViewParams} parameters`);
export type ViewParams = z.infer<typeof viewParamsSchema>;

export const viewName = z.string().overwrite(cleanLine).trim().min(1, 'is required').max(80, 'must be at most 80 characters');

const viewPage = z.enum(savedViewPages);

export const savedViewSchema = z.object({ id, name: z.string(), params: z.record(z.string(), z.string()) });
export type SavedView = z.infer<typeof savedViewSchema>;

const saveInput = z
  .strictObject({
    page: viewPage,
    name: viewName,
    params: viewParamsSchema,
    /** Overwrite the view of the same name (otherwise a duplicate name is a conflict). */
    replace: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    const known = savedViewParamKeys[input.page];
    for (const key of Object.keys(input.params)) {
      if (!known.includes(key))
        ctx.addIssue({
          code: 'custom',
          path: ['params', key],
          message: `is not a parameter of the ${input.page} list`,
        });
    }
  });

export const viewsProcedures = {
  'views.list': read(
    personal,
    () => z.strictObject({ page: viewPage }),
    () => z.array(savedViewSchema),
  ),
  'views.save': write(
    personal,
    ['views', 'audit'],
    () => saveInput,
    () => savedViewSchema,
  ),
  'views.delete': write(
    personal,
    ['views', 'audit'],
    () => z.strictObject({ id }),
    () => z.object({ id }),
  ),
} as const satisfies AreaProcedures<'views'>;
