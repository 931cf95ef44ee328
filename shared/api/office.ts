import { z } from 'zod';
import { studentStatuses } from '../domain';
import { empty, id, requiredText, searchText } from './fields';

export const settingsSchema = z.object({
  officeName: z.string(),
  currentAdvisorId: z.number().int().nullable(),
  firstRunDone: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const advisorSchema = z.object({
  id,
  name: z.string(),
  email: z.string(),
  active: z.boolean(),
  studentCount: z.number().int(),
});
export type Advisor = z.infer<typeof advisorSchema>;

const countsSchema = z.record(z.string(), z.number().int());

export const officeProcedures = {
  'app.status': {
    input: empty,
    output: z.object({
      officeName: z.string(),
      firstRunDone: z.boolean(),
      studentCount: z.number().int(),
      databasePath: z.string(),
    }),
  },
  'app.loadDemo': {
    input: z.strictObject({
      students: z.number().int().min(1).max(5_000).default(300),
      seed: z.number().int().min(0).max(2_147_483_647).default(1),
    }),
    output: z.object({ counts: countsSchema }),
  },
  'app.startEmpty': { input: empty, output: settingsSchema },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': {
    input: z.strictObject({
      officeName: requiredText(120).optional(),
      currentAdvisorId: id.nullable().optional(),
    }),
    output: settingsSchema,
  },
  'advisors.list': { input: empty, output: z.array(advisorSchema) },
  'advisors.create': {
    input: z.strictObject({ name: requiredText(120), email: z.email('must be an email address').max(254) }),
    output: advisorSchema,
  },
  'search.quick': {
    input: z.strictObject({ query: searchText, limit: z.number().int().min(1).max(50).default(8) }),
    output: z.object({
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
  },
  'audit.recent': {
    input: z.strictObject({ limit: z.number().int().min(1).max(200).default(50) }),
    output: z.array(
      z.object({
        id,
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        entity: z.string(),
        entityId: z.number().int().nullable(),
        count: z.number().int(),
        details: z.string().nullable(),
      }),
    ),
  },
} as const;
