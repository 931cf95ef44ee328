import { z } from 'zod';
import { relationshipKinds, wrapUpItems } from '../domain';
import { anyone, caseloadRead, officeRules } from './access';
import { type AreaProcedures, read, write } from './areas';
import { empty, id } from './fields';

// Wrap-up: thanking the people who supported an internship as it ends, and the message templates.

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

export const wrapUpProcedures = {
  'wrapUp.forStudent': read(
    caseloadRead,
    () => z.strictObject({ studentId: id }),
    () => z.array(wrapUpSchema),
  ),
  'wrapUp.templates': read(
    anyone,
    () => empty,
    () => messageTemplatesSchema,
  ),
  'wrapUp.updateTemplates': write(
    officeRules,
    ['wrapUp'],
    () => z.strictObject({ templates: messageTemplatesSchema }),
    () => messageTemplatesSchema,
  ),
} as const satisfies AreaProcedures<'wrapUp'>;
