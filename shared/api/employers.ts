import { z } from 'zod';
import { caseloadRead, directory, directoryEdit } from './access';
import { type AreaProcedures, relationshipEffects } from './areas';
import { id, listOf, optionalMultiline, optionalText, optionalUrl, pageInput, recordTimes, requiredText, searchText, sortDirection } from './fields';
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
});
export type Employer = z.infer<typeof employerSchema>;

export const employerSortColumns = ['name', 'industry', 'location', 'contacts', 'placements'] as const;
/** A line of the employers list: the employer's own fields it shows, and what hangs off it. */
export const employerRowSchema = employerSchema
  .pick({ id: true, name: true, industry: true, location: true, website: true })
  .extend({ contactCount: z.number().int(), placementCount: z.number().int() });
export type EmployerRow = z.infer<typeof employerRowSchema>;

export const employersProcedures = {
  'employers.list': {
    kind: 'read',
    access: directory,
    input: z.strictObject({
      search: searchText.optional(),
      industry: z.string().max(120).optional(),
      sort: z.enum(employerSortColumns).default('name'),
      direction: sortDirection.default('asc'),
      ...pageInput,
    }),
    output: listOf(employerRowSchema),
  },
  'employers.industries': { kind: 'read', access: directory, input: z.strictObject({}), output: z.array(z.string()) },
  'employers.get': { kind: 'read', access: directory, input: z.strictObject({ id }), output: employerSchema },
  'employers.create': {
    kind: 'write',
    access: directoryEdit,
    effects: [...relationshipEffects],
    input: employerInput,
    output: employerSchema,
  },
  'employers.update': {
    kind: 'write',
    access: directoryEdit,
    effects: [...relationshipEffects],
    input: z.strictObject({ id, ...employerFields }),
    output: employerSchema,
  },
  'employers.options': {
    kind: 'read',
    access: directory,
    input: z.strictObject({ search: searchText.default(''), limit: z.number().int().min(1).max(50).default(20) }),
    output: z.array(z.object({ id, name: z.string() })),
  },
  'employers.placements': {
    kind: 'read',
    access: caseloadRead,
    input: z.strictObject({ employerId: id }),
    output: z.array(placementSchema),
  },
} as const satisfies AreaProcedures<'employers'>;
