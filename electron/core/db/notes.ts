import { noteSchema } from '../../../shared/api/notes';
import type { AdvisingNoteKind } from '../../../shared/domain';
import type { Db } from './client';
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
  return Number(
    db.sqlite
      .prepare(
        `insert into advising_notes (student_id, kind, occurred_on, body, advisor_id)
         values (:studentId, :kind, :occurredOn, :body, :advisorId)`,
      )
      .run(v).lastInsertRowid,
  );
}

/** The writer stays who first wrote it: an edit corrects the note, it does not sign it again. */
export function updateNote(db: Db, id: number, v: NoteValues): void {
  db.sqlite
    .prepare(
      `update advising_notes set kind = :kind, occurred_on = :occurredOn, body = :body, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       where id = :id`,
    )
    .run({ ...v, id });
}

export function deleteNote(db: Db, id: number): void {
  db.sqlite.prepare('delete from advising_notes where id = ?').run(id);
}
