import { z } from 'zod';
import { cadenceStates, interactionKinds, referenceStatuses, relationshipKinds } from '../domain';
import { caseload, caseloadRead } from './access';
import { type AreaProcedures, relationshipEffects, read, write } from './areas';
import { id, isoDate, loadedVersion, nullableDate, optionalMultiline, optionalText, recordVersion } from './fields';
import { contactOrNewFields, oneContact } from './new-contact';

// Connections between a student and a contact, and the interactions logged on them (`interactions.*` is this
// area's companion namespace: an interaction only exists on a connection).

/** A connection's keep-in-touch clock, as every list of connections shows it. */
export const cadenceFields = {
  lastTouchOn: z.string().nullable(),
  daysSinceTouch: z.number().int(),
  idealDays: z.number().int(),
  maxDays: z.number().int(),
  cadence: z.enum(cadenceStates),
};

/** Who a connection joins, as every list of connections names them. */
export const connectionPartyFields = {
  studentId: z.number().int(),
  studentName: z.string(),
  contactId: z.number().int(),
  contactName: z.string(),
  contactTitle: z.string().nullable(),
  employerName: z.string().nullable(),
  relationship: z.enum(relationshipKinds),
};

/** A connection seen from either side, with its keep-in-touch state. */
export const connectionSchema = z.object({
  id,
  ...connectionPartyFields,
  context: z.string().nullable(),
  sinceOn: z.string().nullable(),
  placementId: z.number().int().nullable(),
  referenceStatus: z.enum(referenceStatuses),
  referenceStatusOn: z.string().nullable(),
  resumeSharedOn: z.string().nullable(),
  interactionCount: z.number().int(),
  ...cadenceFields,
  ...recordVersion,
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
/** Adding a connection may create its contact on the spot (as "Log meeting" does), in the same write. */
const connectionCreateInput = connectionInput.extend(contactOrNewFields).refine(oneContact.check, oneContact.where);
const connectionUpdateInput = z.strictObject({ id, ...loadedVersion, ...connectionFields });

type ConnectionUpdate = z.input<typeof connectionUpdateInput>;

/** connections.update's input that changes only the reference fields of a loaded connection ("Asked", "Mark agreed", "Resume sent"). */
export function connectionChange(c: Connection, patch: Pick<ConnectionUpdate, 'referenceStatus' | 'referenceStatusOn' | 'resumeSharedOn'>): ConnectionUpdate {
  const { id: connectionId, version, relationship, context, sinceOn, placementId, referenceStatus, referenceStatusOn, resumeSharedOn } = c;
  return { id: connectionId, version, relationship, context, sinceOn, placementId, referenceStatus, referenceStatusOn, resumeSharedOn, ...patch };
}

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
  ...recordVersion,
});
export type Interaction = z.infer<typeof interactionSchema>;

export const connectionsProcedures = {
  'connections.forStudent': read(
    caseloadRead,
    () => z.strictObject({ studentId: id }),
    () => z.array(connectionSchema),
  ),
  'connections.create': write(
    caseload,
    relationshipEffects,
    () => connectionCreateInput,
    () => connectionSchema,
  ),
  'connections.update': write(
    caseload,
    relationshipEffects,
    () => connectionUpdateInput,
    () => connectionSchema,
  ),
  'connections.delete': write(
    caseload,
    relationshipEffects,
    () => z.strictObject({ id }),
    () => z.object({ deleted: z.literal(true), interactions: z.number().int() }),
  ),
  'interactions.create': write(
    caseload,
    relationshipEffects,
    () => z.strictObject({ connectionId: id, ...interactionFields }),
    () => interactionSchema,
  ),
  'interactions.bulkCreate': write(
    caseload,
    relationshipEffects,
    () =>
      z.strictObject({
        connectionIds: z.array(id).min(1, 'choose at least one connection').max(500, 'at most 500 at once'),
        ...interactionFields,
      }),
    () => z.object({ created: z.number().int() }),
  ),
  'interactions.update': write(
    caseload,
    relationshipEffects,
    () => z.strictObject({ id, ...loadedVersion, ...interactionFields }),
    () => interactionSchema,
  ),
  'interactions.delete': write(
    caseload,
    relationshipEffects,
    () => z.strictObject({ id }),
    () => z.object({ deleted: z.literal(true) }),
  ),
} as const satisfies AreaProcedures<'connections' | 'interactions'>;
