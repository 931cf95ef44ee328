import { z } from 'zod';
import { contactMethods, relationshipKinds } from '../domain';
import { caseloadRead, directory, directoryCascade, directoryEdit } from './access';
import { type AreaProcedures, relationshipEffects, read, write } from './areas';
import { connectionSchema } from './connections';
import {
  id,
  listOf,
  nullableDate,
  optionalEmail,
  optionalMultiline,
  optionalText,
  optionalUrl,
  pageInput,
  recordTimes,
  recordVersion,
  loadedVersion,
  requiredText,
  searchText,
  sortDirection,
} from './fields';
import { placementSchema } from './placements';

// Contacts: the people of the office's shared directory, their connections to students, duplicates and merges.

export const contactFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  title: optionalText(150),
  /** The department or team within the employer, e.g. "Department of Physics": printed with it on a reference list. */
  department: optionalText(150),
  employerId: id.nullish().transform((v) => v ?? null),
  email: optionalEmail,
  phone: optionalText(40),
  preferredMethod: z
    .enum(contactMethods)
    .nullish()
    .transform((v) => v ?? null),
  linkedinUrl: optionalUrl,
  verifiedOn: nullableDate,
  isMentor: z.boolean().default(false),
  mentorCapacity: z.number().int().min(0, 'must be 0 or more').max(100, 'must be at most 100').default(0),
  notes: optionalMultiline(10_000),
};
export const contactInput = z.strictObject(contactFields);
export type ContactInput = z.input<typeof contactInput>;
const contactUpdateInput = z.strictObject({ id, ...loadedVersion, ...contactFields });
type ContactUpdate = z.input<typeof contactUpdateInput>;

export const contactSchema = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  displayName: z.string(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  employerId: z.number().int().nullable(),
  employerName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredMethod: z.enum(contactMethods).nullable(),
  linkedinUrl: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  isMentor: z.boolean(),
  mentorCapacity: z.number().int(),
  /** Mentor connections with active students: the capacity used. */
  mentorshipsActive: z.number().int(),
  notes: z.string().nullable(),
  ...recordTimes,
  ...recordVersion,
});
export type Contact = z.infer<typeof contactSchema>;

/** contacts.update's input that changes only a loaded contact's email, phone or verified day ("Add the missing email"). */
export function contactDetailsChange(c: Contact, patch: Pick<ContactUpdate, 'email' | 'phone' | 'verifiedOn'>): ContactUpdate {
  const { firstName, lastName, title, department, employerId, email, phone, preferredMethod, linkedinUrl, verifiedOn, isMentor, mentorCapacity, notes } = c;
  const fields = {
    firstName,
    lastName,
    title,
    department,
    employerId,
    email,
    phone,
    preferredMethod,
    linkedinUrl,
    verifiedOn,
    isMentor,
    mentorCapacity,
    notes,
  };
  return { id: c.id, version: c.version, ...fields, ...patch };
}

export const contactSortColumns = ['name', 'employer', 'title', 'verifiedOn', 'connections'] as const;
/** A line of the contacts list: the contact's own fields it shows, and how many connections they have. */
export const contactRowSchema = contactSchema
  .pick({
    id: true,
    displayName: true,
    title: true,
    employerName: true,
    email: true,
    phone: true,
    isMentor: true,
    mentorCapacity: true,
    mentorshipsActive: true,
    verifiedOn: true,
  })
  .extend({ connectionCount: z.number().int() });
export type ContactRow = z.infer<typeof contactRowSchema>;

export const contactsProcedures = {
  'contacts.list': read(
    directory,
    () =>
      z.strictObject({
        search: searchText.optional(),
        employerId: id.optional(),
        industry: z.string().max(100).optional(),
        relationship: z.enum(relationshipKinds).optional(),
        mentorsOnly: z.boolean().default(false),
        sort: z.enum(contactSortColumns).default('name'),
        direction: sortDirection.default('asc'),
        ...pageInput,
      }),
    () => listOf(contactRowSchema),
  ),
  'contacts.get': read(
    directory,
    () => z.strictObject({ id }),
    () => contactSchema,
  ),
  'contacts.create': write(
    directoryEdit,
    relationshipEffects,
    () => contactInput,
    () => contactSchema,
  ),
  'contacts.update': write(
    directoryEdit,
    relationshipEffects,
    () => contactUpdateInput,
    () => contactSchema,
  ),
  'contacts.deletePreview': read(
    directory,
    () => z.strictObject({ id }),
    () =>
      z.object({
        connections: z.number().int(),
        interactions: z.number().int(),
        students: z.number().int(),
        placementsSupervised: z.number().int(),
        /** Tasks on the contact, done or open: they are deleted with it. */
        tasks: z.number().int(),
      }),
  ),
  'contacts.delete': write(
    directoryCascade,
    relationshipEffects,
    () => z.strictObject({ id }),
    () => z.object({ deleted: z.literal(true) }),
  ),
  'contacts.duplicates': read(
    directory,
    () => z.strictObject({ id }),
    () => z.array(contactSchema),
  ),
  'contacts.merge': write(
    directoryCascade,
    relationshipEffects,
    () => z.strictObject({ keepId: id, mergeId: id }).refine((m) => m.keepId !== m.mergeId, { path: ['mergeId'], message: 'must be a different contact' }),
    () =>
      z.object({
        contact: contactSchema,
        movedConnections: z.number().int(),
        combinedConnections: z.number().int(),
        movedInteractions: z.number().int(),
      }),
  ),
  'contacts.mergePreview': read(
    directory,
    () => z.strictObject({ keepId: id, mergeId: id }).refine((m) => m.keepId !== m.mergeId, { path: ['mergeId'], message: 'must be a different contact' }),
    () =>
      z.object({
        connectionsToMove: z.number().int(),
        interactions: z.number().int(),
        connectionsToCombine: z.array(z.object({ studentName: z.string(), relationship: z.enum(relationshipKinds) })),
      }),
  ),
  'contacts.connections': read(
    caseloadRead,
    () => z.strictObject({ contactId: id }),
    () => z.array(connectionSchema),
  ),
  'contacts.placementsSupervised': read(
    caseloadRead,
    () => z.strictObject({ contactId: id }),
    () => z.array(placementSchema),
  ),
  'contacts.options': read(
    directory,
    () => z.strictObject({ search: searchText, limit: z.number().int().min(1).max(50).default(20) }),
    () => z.array(z.object({ id, displayName: z.string(), employerName: z.string().nullable(), title: z.string().nullable() })),
  ),
} as const satisfies AreaProcedures<'contacts'>;
