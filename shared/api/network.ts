import { z } from 'zod';
import {
  cadenceStates,
  contactMethods,
  interactionKinds,
  milestoneKinds,
  placementKinds,
  referenceStatuses,
  relationshipKinds,
  wrapUpItems,
} from '../domain';
import { empty, id, isoDate, optionalEmail, optionalMultiline, optionalText, pageInput, requiredText, searchText, sortDirection } from './fields';
import { type ProcedureDefinition, relationshipEffects } from './areas';

// Contacts, employers, connections, placements, interactions, keep-in-touch, wrap-up and milestones.

const nullableDate = isoDate.nullish().transform((v) => v ?? null);
const optionalUrl = z
  .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' }).max(500)])
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v));

// ---- Contacts ----
export const contactFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  title: optionalText(150),
  employerId: id.nullish().transform((v) => v ?? null),
  email: optionalEmail,
  phone: optionalText(40),
  preferredMethod: z.enum(contactMethods).nullish().transform((v) => v ?? null),
  linkedinUrl: optionalUrl,
  verifiedOn: nullableDate,
  isMentor: z.boolean().default(false),
  mentorCapacity: z.number().int().min(0, 'must be 0 or more').max(100, 'must be at most 100').default(0),
  notes: optionalMultiline(10_000),
};
export const contactInput = z.strictObject(contactFields);
export type ContactInput = z.input<typeof contactInput>;

export const contactSchema = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  displayName: z.string(),
  title: z.string().nullable(),
  employerId: z.number().int().nullable(),
  employerName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredMethod: z.enum(contactMethods).nullable(),
  linkedinUrl: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  isMentor: z.boolean(),
  mentorCapacity: z.number().int(),
  mentorshipsActive: z.number().int(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

const cadence = {
  lastTouchOn: z.string().nullable(),
  daysSinceTouch: z.number().int(),
  idealDays: z.number().int(),
  maxDays: z.number().int(),
  cadence: z.enum(cadenceStates),
};

/** A connection seen from either side, with its keep-in-touch state. */
export const connectionSchema = z.object({
  id,
  studentId: z.number().int(),
  studentName: z.string(),
  contactId: z.number().int(),
  contactName: z.string(),
  contactTitle: z.string().nullable(),
  employerName: z.string().nullable(),
  relationship: z.enum(relationshipKinds),
  context: z.string().nullable(),
  sinceOn: z.string().nullable(),
  placementId: z.number().int().nullable(),
  referenceStatus: z.enum(referenceStatuses),
  referenceStatusOn: z.string().nullable(),
  resumeSharedOn: z.string().nullable(),
  interactionCount: z.number().int(),
  ...cadence,
});
export type Connection = z.infer<typeof connectionSchema>;

export const connectionFields = {
  relationship: z.enum(relationshipKinds),
  context: optionalText(200),
  sinceOn: nullableDate,
  placementId: id.nullish().transform((v) => v ?? null),
  referenceStatus: z.enum(referenceStatuses).default('not_asked'),
  referenceStatusOn: nullableDate,
  resumeSharedOn: nullableDate,
};
export const connectionInput = z.strictObject({ studentId: id, contactId: id, ...connectionFields });
export type ConnectionInput = z.input<typeof connectionInput>;

// ---- Employers ----
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
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Employer = z.infer<typeof employerSchema>;

// ---- Placements ----
export const placementFields = {
  studentId: id,
  employerId: id,
  kind: z.enum(placementKinds),
  role: requiredText(150),
  supervisorContactId: id.nullish().transform((v) => v ?? null),
  startOn: isoDate,
  endOn: nullableDate,
};
export const placementInput = z
  .strictObject(placementFields)
  .refine((p) => p.endOn === null || p.endOn >= p.startOn, { path: ['endOn'], message: 'must be on or after the start date' });
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
});
export type Placement = z.infer<typeof placementSchema>;

// ---- Interactions ----
export const interactionFields = {
  kind: z.enum(interactionKinds),
  occurredOn: isoDate,
  summary: optionalMultiline(2_000),
  sharedContactDetails: z.boolean().default(false),
};
export const interactionSchema = z.object({
  id,
  connectionId: z.number().int(),
  kind: z.enum(interactionKinds),
  occurredOn: z.string(),
  summary: z.string().nullable(),
  sharedContactDetails: z.boolean(),
});
export type Interaction = z.infer<typeof interactionSchema>;

// ---- Timeline ----
export const timelineKinds = ['interaction', 'placement', 'goal', 'event', 'milestone'] as const;
export type TimelineKind = (typeof timelineKinds)[number];
export const timelineItemSchema = z.object({
  key: z.string(),
  kind: z.enum(timelineKinds),
  on: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  /** The interaction behind the item, for edit and delete. */
  interactionId: z.number().int().nullable(),
  interactionKind: z.enum(interactionKinds).nullable(),
  connectionId: z.number().int().nullable(),
  summary: z.string().nullable(),
  sharedContactDetails: z.boolean(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

// ---- Keep-in-touch ----
export const keepInTouchWindowSchema = z.object({
  relationship: z.enum(relationshipKinds),
  idealDays: z.number().int().min(1, 'must be at least 1 day').max(3650, 'must be at most 3650 days'),
  maxDays: z.number().int().min(1, 'must be at least 1 day').max(3650, 'must be at most 3650 days'),
});
export type KeepInTouchWindow = z.infer<typeof keepInTouchWindowSchema>;

export const losingTouchRowSchema = z.object({
  connectionId: id,
  studentId: z.number().int(),
  studentName: z.string(),
  contactId: z.number().int(),
  contactName: z.string(),
  contactTitle: z.string().nullable(),
  employerName: z.string().nullable(),
  relationship: z.enum(relationshipKinds),
  overdueDays: z.number().int(),
  suggestedKind: z.enum(interactionKinds),
  suggestion: z.string(),
  ...cadence,
});
export type LosingTouchRow = z.infer<typeof losingTouchRowSchema>;

// ---- Wrap-up ----
export const wrapUpSchema = z.object({
  placementId: id,
  employerName: z.string(),
  role: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  due: z.boolean(),
  complete: z.boolean(),
  studentPersonalEmail: z.string().nullable(),
  studentPhone: z.string().nullable(),
  supporters: z.array(
    z.object({
      connectionId: id,
      contactId: z.number().int(),
      contactName: z.string(),
      contactEmail: z.string().nullable(),
      relationship: z.enum(relationshipKinds),
      items: z.array(z.object({ item: z.enum(wrapUpItems), done: z.boolean(), doneOn: z.string().nullable() })),
    }),
  ),
});
export type WrapUp = z.infer<typeof wrapUpSchema>;

export const messageTemplatesSchema = z.object({
  thank_you_note: z.string().max(5_000),
  thank_you_email: z.string().max(5_000),
  linkedin_connection: z.string().max(5_000),
  milestone_update: z.string().max(5_000),
});
export type MessageTemplates = z.infer<typeof messageTemplatesSchema>;

// ---- Milestones ----
export const milestoneSchema = z.object({
  id,
  studentId: z.number().int(),
  kind: z.enum(milestoneKinds),
  occurredOn: z.string(),
  description: z.string().nullable(),
  recommendedByContactId: z.number().int().nullable(),
  recommendedByName: z.string().nullable(),
  suggestions: z.array(
    z.object({
      connectionId: id,
      contactName: z.string(),
      relationship: z.enum(relationshipKinds),
      reason: z.string(),
      sentOn: z.string().nullable(),
    }),
  ),
});
export type Milestone = z.infer<typeof milestoneSchema>;

const listOf = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int() });

export const networkProcedures = {
  'contacts.get': { kind: 'read', input: z.strictObject({ id }), output: contactSchema },
  'contacts.create': { kind: 'write', effects: [...relationshipEffects], input: contactInput, output: contactSchema },
  'contacts.update': { kind: 'write', effects: [...relationshipEffects], input: z.strictObject({ id, ...contactFields }), output: contactSchema },
  'contacts.deletePreview': {
    kind: 'read',
    input: z.strictObject({ id }),
    output: z.object({ connections: z.number().int(), interactions: z.number().int(), students: z.number().int(), placementsSupervised: z.number().int() }),
  },
  'contacts.delete': { kind: 'write', effects: [...relationshipEffects], input: z.strictObject({ id }), output: z.object({ deleted: z.literal(true) }) },
  'contacts.duplicates': { kind: 'read', input: z.strictObject({ id }), output: z.array(contactSchema) },
  'contacts.merge': {
    kind: 'write',
    effects: [...relationshipEffects],
    input: z.strictObject({ keepId: id, mergeId: id }).refine((m) => m.keepId !== m.mergeId, { path: ['mergeId'], message: 'must be a different contact' }),
    output: z.object({ contact: contactSchema, movedConnections: z.number().int(), combinedConnections: z.number().int(), movedInteractions: z.number().int() }),
  },
  'contacts.mergePreview': {
    kind: 'read',
    input: z.strictObject({ keepId: id, mergeId: id }).refine((m) => m.keepId !== m.mergeId, { path: ['mergeId'], message: 'must be a different contact' }),
    output: z.object({
      connectionsToMove: z.number().int(),
      interactions: z.number().int(),
      connectionsToCombine: z.array(z.object({ studentName: z.string(), relationship: z.enum(relationshipKinds) })),
    }),
  },
  'contacts.connections': { kind: 'read', input: z.strictObject({ contactId: id }), output: z.array(connectionSchema) },
  'contacts.placementsSupervised': { kind: 'read', input: z.strictObject({ contactId: id }), output: z.array(placementSchema) },
  'contacts.options': {
    kind: 'read',
    input: z.strictObject({ search: searchText, limit: z.number().int().min(1).max(50).default(20) }),
    output: z.array(z.object({ id, displayName: z.string(), employerName: z.string().nullable(), title: z.string().nullable() })),
  },

  'employers.get': { kind: 'read', input: z.strictObject({ id }), output: employerSchema },
  'employers.create': { kind: 'write', effects: [...relationshipEffects], input: employerInput, output: employerSchema },
  'employers.update': { kind: 'write', effects: [...relationshipEffects], input: z.strictObject({ id, ...employerFields }), output: employerSchema },
  'employers.options': {
    kind: 'read',
    input: z.strictObject({ search: searchText.default(''), limit: z.number().int().min(1).max(50).default(20) }),
    output: z.array(z.object({ id, name: z.string() })),
  },
  'employers.placements': { kind: 'read', input: z.strictObject({ employerId: id }), output: z.array(placementSchema) },

  'connections.forStudent': { kind: 'read', input: z.strictObject({ studentId: id }), output: z.array(connectionSchema) },
  'connections.create': { kind: 'write', effects: [...relationshipEffects], input: connectionInput, output: connectionSchema },
  'connections.update': { kind: 'write', effects: [...relationshipEffects], input: z.strictObject({ id, ...connectionFields }), output: connectionSchema },
  'connections.delete': { kind: 'write', effects: [...relationshipEffects], input: z.strictObject({ id }), output: z.object({ deleted: z.literal(true), interactions: z.number().int() }) },

  'placements.forStudent': { kind: 'read', input: z.strictObject({ studentId: id }), output: z.array(placementSchema) },
  'placements.create': { kind: 'write', effects: [...relationshipEffects], input: placementInput, output: placementSchema },
  'placements.update': {
    kind: 'write',
    effects: [...relationshipEffects],
    input: z
      .strictObject({ id, ...placementFields })
      .refine((p) => p.endOn === null || p.endOn >= p.startOn, { path: ['endOn'], message: 'must be on or after the start date' }),
    output: placementSchema,
  },
  'placements.delete': { kind: 'write', effects: [...relationshipEffects], input: z.strictObject({ id }), output: z.object({ deleted: z.literal(true) }) },

  'interactions.create': { kind: 'write', effects: [...relationshipEffects], input: z.strictObject({ connectionId: id, ...interactionFields }), output: interactionSchema },
  'interactions.bulkCreate': {
    kind: 'write',
    effects: [...relationshipEffects],
    input: z.strictObject({ connectionIds: z.array(id).min(1, 'choose at least one connection').max(500, 'at most 500 at once'), ...interactionFields }),
    output: z.object({ created: z.number().int() }),
  },
  'interactions.update': { kind: 'write', effects: [...relationshipEffects], input: z.strictObject({ id, ...interactionFields }), output: interactionSchema },
  'interactions.delete': { kind: 'write', effects: [...relationshipEffects], input: z.strictObject({ id }), output: z.object({ deleted: z.literal(true) }) },

  'students.timeline': {
    kind: 'read',
    input: z.strictObject({ studentId: id, kinds: z.array(z.enum(timelineKinds)).max(5).optional(), ...pageInput }),
    output: listOf(timelineItemSchema),
  },

  'keepInTouch.windows': { kind: 'read', input: empty, output: z.array(keepInTouchWindowSchema) },
  'keepInTouch.updateWindows': {
    kind: 'write',
    effects: ['keepInTouch', 'connections', 'contacts', 'students', 'readiness', 'dashboard', 'audit'],
    input: z.strictObject({
      windows: z
        .array(keepInTouchWindowSchema.refine((w) => w.maxDays >= w.idealDays, { path: ['maxDays'], message: 'must be at least the ideal window' }))
        .min(1)
        .max(20),
    }),
    output: z.array(keepInTouchWindowSchema),
  },
  'keepInTouch.losingTouch': {
    kind: 'read',
    input: z.strictObject({
      advisorId: id.nullish(),
      cohort: z.string().max(120).optional(),
      program: z.string().max(120).optional(),
      classYear: z.number().int().min(1950).max(2100).optional(),
      state: z.enum(['cooling', 'stale', 'all']).default('all'),
      relationship: z.enum(relationshipKinds).optional(),
      direction: sortDirection.default('desc'),
      ...pageInput,
    }),
    output: listOf(losingTouchRowSchema),
  },

  'wrapUp.forStudent': { kind: 'read', input: z.strictObject({ studentId: id }), output: z.array(wrapUpSchema) },
  'wrapUp.templates': { kind: 'read', input: empty, output: messageTemplatesSchema },
  'wrapUp.updateTemplates': { kind: 'write', effects: ['wrapUp'], input: z.strictObject({ templates: messageTemplatesSchema }), output: messageTemplatesSchema },

  'milestones.forStudent': { kind: 'read', input: z.strictObject({ studentId: id }), output: z.array(milestoneSchema) },
  'milestones.create': {
    kind: 'write',
    effects: [...relationshipEffects],
    input: z.strictObject({
      studentId: id,
      kind: z.enum(milestoneKinds),
      occurredOn: isoDate,
      description: optionalMultiline(500),
      recommendedByContactId: id.nullish().transform((v) => v ?? null),
    }),
    output: milestoneSchema,
  },
  'milestones.markSent': {
    kind: 'write',
    effects: [...relationshipEffects],
    input: z.strictObject({ milestoneId: id, connectionIds: z.array(id).min(1, 'choose at least one contact').max(200), occurredOn: isoDate }),
    output: milestoneSchema,
  },
} as const satisfies Record<string, ProcedureDefinition>;
