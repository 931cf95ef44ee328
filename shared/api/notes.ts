import { z } from 'zod';
import { advisingNoteKinds } from '../domain';
import { caseload, caseloadRead } from './access';
import { type AreaProcedures, read, write } from './areas';
import { id, isoDate, loadedVersion, recordVersion, requiredMultiline } from './fields';

// Advising notes: what was said at an appointment, a drop-in, in an email or a call — dated, on the student's timeline.

export const noteSchema = z.object({
  id,
  studentId: z.number().int(),
  kind: z.enum(advisingNoteKinds),
  occurredOn: z.string(),
  body: z.string(),
  /** Who wrote it (null once that advisor is removed, or when nobody was picked in "I am"). */
  advisorId: z.number().int().nullable(),
  advisorName: z.string().nullable(),
  ...recordVersion,
});
export type Note = z.infer<typeof noteSchema>;

const noteFields = {
  kind: z.enum(advisingNoteKinds),
  occurredOn: isoDate,
  body: requiredMultiline(10_000),
};

/** A note changes the student's record and timeline, and the history. */
const noteEffects = ['notes', 'students', 'audit'] as const;

export const notesProcedures = {
  'notes.forStudent': read(
    caseloadRead,
    () => z.strictObject({ studentId: id }),
    () => z.array(noteSchema),
  ),
  'notes.create': write(
    caseload,
    noteEffects,
    () => z.strictObject({ studentId: id, ...noteFields }),
    () => noteSchema,
  ),
  'notes.update': write(
    caseload,
    noteEffects,
    () => z.strictObject({ id, ...loadedVersion, ...noteFields }),
    () => noteSchema,
  ),
  /** Answers with the note as it was, so the renderer can offer to put it back (notes.create). */
  'notes.delete': write(
    caseload,
    noteEffects,
    () => z.strictObject({ id }),
    () => z.object({ deleted: z.literal(true), note: noteSchema }),
  ),
} as const satisfies AreaProcedures<'notes'>;
