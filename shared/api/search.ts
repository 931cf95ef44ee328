import { z } from 'zod';
import { eventKinds, studentStatuses } from '../domain';
import { caseloadRead } from './access';
import { type AreaProcedures, read } from './areas';
import { id, searchText } from './fields';

// Quick search (the command palette, Ctrl+K): students by name, email or ID; contacts, employers and events by name.
// Students are the ones the caller may see (confidential ones only to their advisor, directors and admins), exactly
// as the caseload list; the directory and the calendar are the office's, as their own lists. `limit` is per kind.

export const quickSearchResultSchema = z.object({
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
  contacts: z.array(z.object({ id, displayName: z.string(), title: z.string().nullable(), employerName: z.string().nullable() })),
  employers: z.array(z.object({ id, name: z.string(), industry: z.string().nullable(), location: z.string().nullable() })),
  events: z.array(z.object({ id, title: z.string(), kind: z.enum(eventKinds), startsAt: z.string() })),
});
export type QuickSearchResult = z.infer<typeof quickSearchResultSchema>;

export const searchProcedures = {
  'search.quick': read(
    caseloadRead,
    () => z.strictObject({ query: searchText, limit: z.number().int().min(1).max(50).default(8) }),
    () => quickSearchResultSchema,
  ),
} as const satisfies AreaProcedures<'search'>;
