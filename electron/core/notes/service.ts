import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Note } from '../../../shared/api/notes';
import { advisingNoteKindLabels } from '../../../shared/domain';
import { deleteWithAudit } from '../audit/record';
import type { Db } from '../db/client';
import { deleteNote, findNote, insertNote, notesOfStudent, updateNote } from '../db/notes';
import { findStudent } from '../db/students';
import { notFound } from '../errors';
import { actingAdvisorId } from '../office/settings';
import { saveEdit } from '../record-edit';
import { assertNotFuture, invalidReference } from '../validate';

const afterTheFact = 'write the note once the conversation has happened';

function readNote(db: Db, id: number): Note {
  const note = findNote(db, id);
  if (!note) throw notFound('note', id);
  return note;
}

export function notesForStudent(db: Db, input: ParsedInput<'notes.forStudent'>): Note[] {
  if (!findStudent(db, input.studentId)) throw notFound('student', input.studentId);
  return notesOfStudent(db, input.studentId);
}

/** The writer is the advisor the caller acts as (the signed-in user's advisor, or "I am"), as for a logged touchpoint. */
export function notesCreate(db: Db, input: ParsedInput<'notes.create'>): Note {
  if (!findStudent(db, input.studentId)) throw invalidReference('studentId', 'student', input.studentId);
  assertNotFuture(db, 'occurredOn', input.occurredOn, afterTheFact);
  return readNote(db, insertNote(db, { ...input, advisorId: actingAdvisorId(db) }));
}

export function notesUpdate(db: Db, input: ParsedInput<'notes.update'>): Note {
  assertNotFuture(db, 'occurredOn', input.occurredOn, afterTheFact);
  saveEdit(
    db,
    {
      table: 'advising_notes',
      entity: 'note',
      id: input.id,
      version: input.version,
      current: () => readNote(db, input.id),
      name: (note) => `The ${advisingNoteKindLabels[note.kind].toLowerCase()} note of ${note.occurredOn}`,
    },
    () => updateNote(db, input.id, input),
  );
  return readNote(db, input.id);
}

export function notesDelete(db: Db, input: ParsedInput<'notes.delete'>): ProcedureOutput<'notes.delete'> {
  const note = readNote(db, input.id);
  deleteWithAudit(
    db,
    'note',
    input.id,
    () => deleteNote(db, input.id),
    () => ({ studentId: note.studentId, kind: note.kind, occurredOn: note.occurredOn }),
  );
  return { deleted: true, note };
}
