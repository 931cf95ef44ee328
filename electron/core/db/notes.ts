import { noteSchema } from '../../../shared/api/notes';
import type { AdvisingNoteKind } from '../../../shared/domain';
import type { Db } from './client';
import { insertRow, updateRow } from './row-writes';
import { parseRows } from './rows';

const selectNotes = `
  select n.id, n.student_id as studentId, n.kind, n.occurred_on as occurredOn, n.body, n.advisor_id as advisorId,
    a.name as advisorName, n.version
  from advising_notes n left join advisors a on a.id = n.advisor_id`;

/** A student's notes, newest first. */
export function notesOfStudent(db: Db, studentId: number) {
  return parseRows(noteSchema, db.sqlite.prepare(`${selectNotes} where n.student_id = ? order by n.occurred_on desc, n.id desc`).all(studentId));
}

export function findNote(db: Db, id: number) {
  return parseRows(noteSchema, db.sqlite.prepare(`${selectNotes} where n.id = ?`).all(id))[0];
}

export interface NoteValues {
  kind: AdvisingNoteKind;
  occurredOn: string;
  body: string;
}

export function insertNote(db: Db, v: NoteValues & { studentId: number; advisorId: number | null }): number {
  return insertRow(db, 'advising_notes', { studentId: v.studentId, kind: v.kind, occurredOn: v.occurredOn, body: v.body, advisorId: v.advisorId });
}

/** The writer stays who first wrote it: an edit corrects the note, it does not sign it again. */
export function updateNote(db: Db, id: number, v: NoteValues): void {
  updateRow(db, 'advising_notes', id, { kind: v.kind, occurredOn: v.occurredOn, body: v.body });
}

export function deleteNote(db: Db, id: number): void {
  db.sqlite.prepare('delete from advising_notes where id = ?').run(id);
}
