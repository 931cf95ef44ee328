import { z } from 'zod';
import { caseloadRead, directory, directoryEdit } from './access';
import { type AreaProcedures, relationshipEffects, read, write } from './areas';
import {
  id,
  listOf,
  loadedVersion,
  optionalMultiline,
  optionalText,
  optionalUrl,
  pageInput,
  recordTimes,
  recordVersion,
  requiredText,
  searchText,
  sortDirection,
} from './fields';
import { placementSchema } from './placements';

// Employers of the shared directory: their contacts and the placements with them.

export const employerFields = {
  name: requiredText(150),
  industry: optionalText(100),
  website: optionalUrl,
  location: optionalText(150),
  notes: optionalMultiline(10_000),
};
export const employerInput = z.strictObject(employerFields);
export type EmployerInput = z.input<typeof employerInput>;
export const employerSchema = z.object({
  id,
  name: z.string(),
  industry: z.string().nullable(),
  website: z.string().nullable(),
  location: z.string().nullable(),
  notes: z.string().nullable(),
  ...recordTimes,
  ...recordVersion,
});
export type Employer = z.infer<typeof employerSchema>;

export const employerSortColumns = ['name', 'industry', 'location', 'contacts', 'placements'] as const;
/** A line of the employers list: the employer's own fields it shows, and what hangs off it. */
export const employerRowSchema = employerSchema
  .pick({ id: true, name: true, industry: true, location: true, website: true })
  .extend({ contactCount: z.number().int(), placementCount: z.number().int() });
export type EmployerRow = z.infer<typeof employerRowSchema>;

export const employersProcedures = {
  'employers.list': read(
    directory,
    () =>
      z.strictObject({
        search: searchText.optional(),
        industry: z.string().max(120).optional(),
        sort: z.enum(employerSortColumns).default('name'),
        direction: sortDirection.default('asc'),
        ...pageInput,
      }),
    () => listOf(employerRowSchema),
  ),
  'employers.industries': read(
    directory,
    () => z.strictObject({}),
    () => z.array(z.string()),
  ),
  'employers.get': read(
    directory,
    () => z.strictObject({ id }),
    () => employerSchema,
  ),
  'employers.create': write(
    directoryEdit,
    relationshipEffects,
    () => employerInput,
    () => employerSchema,
  ),
  'employers.update': write(
    directoryEdit,
    relationshipEffects,
    () => z.strictObject({ id, ...loadedVersion, ...employerFields }),
    () => employerSchema,
  ),
  'employers.options': read(
    directory,
    () => z.strictObject({ search: searchText.default(''), limit: z.number().int().min(1).max(50).default(20) }),
    () => z.array(z.object({ id, name: z.string() })),
  ),
  'employers.placements': read(
    caseloadRead,
    () => z.strictObject({ employerId: id }),
    () => z.array(placementSchema),
  ),
} as const satisfies AreaProcedures<'employers'>;
