import { z } from 'zod';
import { studentStatuses } from '../domain';
import { caseloadRead } from './access';
import { type AreaProcedures, read } from './areas';
import { id, searchText } from './fields';

// Quick search (the command palette): students by name or ID.

export const searchProcedures = {
  'search.quick': read(
    caseloadRead,
    z.strictObject({ query: searchText, limit: z.number().int().min(1).max(50).default(8) }),
    z.object({
      students: z.array(
        z.object({
          id,
          displayName: z.string(),
          externalId: z.string().nullable(),
          program: z.string().nullable(),
          classYear: z.number().int().nullable(),
          status: z.enum(studentStatuses),
        }),
      ),
    }),
  ),
} as const satisfies AreaProcedures<'search'>;
