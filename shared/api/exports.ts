import { z } from 'zod';
import { exportFiles } from './access';
import { type AreaProcedures, write } from './areas';
import { fileSchema, id } from './fields';
import { studentFilterFields } from './students';

// Exports an employer or the office receives: reference lists, references, the readiness report.

export const exportResultSchema = fileSchema.extend({
  /** Students left out because of a confidentiality hold. */
  withheld: z.number().int(),
  /** Rows (or documents) written. */
  rows: z.number().int(),
  /** What the advisor should know about the file, e.g. a reference who has not agreed yet. */
  warnings: z.array(z.string()),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const exportsProcedures = {
  'exports.referenceList': write(
    exportFiles,
    ['audit'],
    () =>
      z.strictObject({
        studentId: id,
        format: z.enum(['pdf', 'docx']),
        /** The advisor's pick, in print order; omitted: agreed references, most relevant first. */
        connectionIds: z.array(id).min(1, 'pick at least one reference').max(5, 'a reference list has at most 5 references').optional(),
        /** Without a pick: the most relevant candidates whether they agreed or not (the export warns about each). */
        includeNotAgreed: z.boolean().default(false),
      }),
    () => exportResultSchema,
  ),
  'exports.references': write(
    exportFiles,
    ['audit'],
    () =>
      z.strictObject({
        ...studentFilterFields,
        format: z.enum(['csv', 'xlsx', 'zip']),
        includeNotAgreed: z.boolean().default(false),
      }),
    () => exportResultSchema,
  ),
  'exports.readinessReport': write(
    exportFiles,
    ['audit'],
    () => z.strictObject({ ...studentFilterFields, format: z.enum(['csv', 'xlsx']) }),
    () => exportResultSchema,
  ),
} as const satisfies AreaProcedures<'exports'>;
