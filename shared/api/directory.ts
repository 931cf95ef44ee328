import { z } from 'zod';
import { eventFormats, eventKinds, eventStatuses, relationshipKinds } from '../domain';
import { id, pageInput, searchText, sortDirection } from './fields';
import { type ProcedureDefinition } from './areas';

// Read-side lists of the office's network: contacts, employers and events.

const listOutput = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int() });

export const contactSortColumns = ['name', 'employer', 'title', 'verifiedOn', 'connections'] as const;
export const contactRowSchema = z.object({
  id,
  displayName: z.string(),
  title: z.string().nullable(),
  employerName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isMentor: z.boolean(),
  mentorCapacity: z.number().int(),
  /** Mentor connections with active students: the capacity used. */
  mentorshipsActive: z.number().int(),
  connectionCount: z.number().int(),
  verifiedOn: z.string().nullable(),
});
export type ContactRow = z.infer<typeof contactRowSchema>;

export const employerSortColumns = ['name', 'industry', 'location', 'contacts', 'placements'] as const;
export const employerRowSchema = z.object({
  id,
  name: z.string(),
  industry: z.string().nullable(),
  location: z.string().nullable(),
  website: z.string().nullable(),
  contactCount: z.number().int(),
  placementCount: z.number().int(),
});
export type EmployerRow = z.infer<typeof employerRowSchema>;

export const eventWhen = ['upcoming', 'past', 'all'] as const;
export const eventRowSchema = z.object({
  id,
  title: z.string(),
  kind: z.enum(eventKinds),
  format: z.enum(eventFormats),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string().nullable(),
  capacity: z.number().int().nullable(),
  status: z.enum(eventStatuses),
  invited: z.number().int(),
  registered: z.number().int(),
  checkedIn: z.number().int(),
});
export type EventRow = z.infer<typeof eventRowSchema>;

export const directoryProcedures = {
  'contacts.list': {
    kind: 'read',
    input: z.strictObject({
      search: searchText.optional(),
      employerId: id.optional(),
      industry: z.string().max(100).optional(),
      relationship: z.enum(relationshipKinds).optional(),
      mentorsOnly: z.boolean().default(false),
      sort: z.enum(contactSortColumns).default('name'),
      direction: sortDirection.default('asc'),
      ...pageInput,
    }),
    output: listOutput(contactRowSchema),
  },
  'employers.list': {
    kind: 'read',
    input: z.strictObject({
      search: searchText.optional(),
      industry: z.string().max(120).optional(),
      sort: z.enum(employerSortColumns).default('name'),
      direction: sortDirection.default('asc'),
      ...pageInput,
    }),
    output: listOutput(employerRowSchema),
  },
  'employers.industries': { kind: 'read', input: z.strictObject({}), output: z.array(z.string()) },
  'events.list': {
    kind: 'read',
    input: z.strictObject({
      when: z.enum(eventWhen).default('upcoming'),
      kind: z.enum(eventKinds).optional(),
      status: z.enum(eventStatuses).optional(),
      ...pageInput,
    }),
    output: listOutput(eventRowSchema),
  },
} as const satisfies Record<string, ProcedureDefinition>;
