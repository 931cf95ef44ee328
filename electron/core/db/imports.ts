import { z } from 'zod';
import { contactSchema } from '../../../shared/api/contacts';
import { studentSchema } from '../../../shared/api/students';
import { rsvpStatuses } from '../../../shared/domain';
import type { Db } from './client';
import { movingGoals } from './goal-refresh';

// The reads and writes an import makes, as prepared statements: a 50,000-row roster goes through
// them row by row inside one transaction. A null parameter means "not in the file": the column keeps its value.

/**
 * The statements an import writes a table with, from its field ↔ column pairs: `select` reads a stored row as
 * its fields; `insert` stores a patch (a field left out takes its SQL default from `defaults`, else null);
 * `update` changes only the fields the patch gives.
 */
function patchStatements<K extends string>(db: Db, table: string, columns: readonly (readonly [K, string])[], defaults: Partial<Record<K, string>>) {
  const keys = columns.map(([key]) => key);
  const select = `select id, ${columns.map(([key, column]) => (key === column ? column : `${column} as ${key}`)).join(', ')} from ${table}`;
  const insert = db.sqlite.prepare(
    `insert into ${table} (${columns.map(([, column]) => column).join(', ')})
     values (${keys.map((k) => (defaults[k] === undefined ? `:${k}` : `coalesce(:${k}, ${defaults[k]})`)).join(', ')})`,
  );
  const update = db.sqlite.prepare(
    `update ${table} set ${columns.map(([k, column]) => `${column} = coalesce(:${k}, ${column})`).join(', ')},
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
  );
  const full = (patch: Partial<Record<K, unknown>>) => Object.fromEntries(keys.map((k) => [k, patch[k] ?? null]));
  return {
    select,
    insert: (patch: Partial<Record<K, unknown>>) => Number(insert.run(full(patch)).lastInsertRowid),
    update: (id: number, patch: Partial<Record<K, unknown>>) => update.run({ ...full(patch), id }),
  };
}

// What an import reads of a stored student or contact: the contract's fields as SQLite holds them (0/1 flags).
const existingStudent = studentSchema
  .pick({
    id: true,
    externalId: true,
    firstName: true,
    lastName: true,
    preferredName: true,
    schoolEmail: true,
    personalEmail: true,
    phone: true,
    program: true,
    classYear: true,
    cohort: true,
    advisorId: true,
    status: true,
    notes: true,
  })
  .extend({ confidential: z.number() });
export type ExistingStudent = z.infer<typeof existingStudent>;

export type StudentPatch = Partial<Omit<ExistingStudent, 'id'>>;

const studentColumns = [
  ['externalId', 'external_id'],
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['preferredName', 'preferred_name'],
  ['schoolEmail', 'school_email'],
  ['personalEmail', 'personal_email'],
  ['phone', 'phone'],
  ['program', 'program'],
  ['classYear', 'class_year'],
  ['cohort', 'cohort'],
  ['advisorId', 'advisor_id'],
  ['status', 'status'],
  ['confidential', 'confidential'],
  ['notes', 'notes'],
] as const satisfies readonly (readonly [keyof StudentPatch, string])[];
export const studentKeys = studentColumns.map(([key]) => key);

export function studentStatements(db: Db) {
  const rows = patchStatements(db, 'students', studentColumns, { status: `'active'`, confidential: '0' });
  const byExternalId = db.sqlite.prepare(`${rows.select} where external_id = ?`);
  const bySchoolEmail = db.sqlite.prepare(`${rows.select} where school_email = ?`);
  const addLabel = db.sqlite.prepare('insert or ignore into student_labels (student_id, label) values (?, ?)');
  const labelsOf = db.sqlite.prepare('select label from student_labels where student_id = ?').pluck();
  const advisorByEmail = db.sqlite.prepare('select id from advisors where email = ? collate nocase').pluck();
  return {
    byExternalId: (v: string) => existingStudent.optional().parse(byExternalId.get(v)),
    bySchoolEmail: (v: string) => existingStudent.optional().parse(bySchoolEmail.get(v)),
    insert: (patch: StudentPatch) => rows.insert(patch),
    update: (id: number, patch: StudentPatch) => rows.update(id, patch),
    labelsOf: (id: number) => new Set(z.array(z.string()).parse(labelsOf.all(id))),
    addLabel: (id: number, label: string) => addLabel.run(id, label),
    advisorByEmail: (email: string) => z.number().optional().parse(advisorByEmail.get(email)),
  };
}

const existingContact = contactSchema
  .pick({
    id: true,
    firstName: true,
    lastName: true,
    title: true,
    department: true,
    employerId: true,
    email: true,
    phone: true,
    preferredMethod: true,
    linkedinUrl: true,
    verifiedOn: true,
    mentorCapacity: true,
    notes: true,
  })
  .extend({ isMentor: z.number() });
export type ExistingContact = z.infer<typeof existingContact>;
export type ContactPatch = Partial<Omit<ExistingContact, 'id'>>;
const contactColumns = [
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['title', 'title'],
  ['department', 'department'],
  ['employerId', 'employer_id'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['preferredMethod', 'preferred_method'],
  ['linkedinUrl', 'linkedin_url'],
  ['verifiedOn', 'verified_on'],
  ['isMentor', 'is_mentor'],
  ['mentorCapacity', 'mentor_capacity'],
  ['notes', 'notes'],
] as const satisfies readonly (readonly [keyof ContactPatch, string])[];
export const contactKeys = contactColumns.map(([key]) => key);

export function contactStatements(db: Db) {
  const rows = patchStatements(db, 'contacts', contactColumns, { isMentor: '0', mentorCapacity: '0' });
  const byEmail = db.sqlite.prepare(`${rows.select} where email = ? collate nocase order by id limit 1`);
  const byName = db.sqlite.prepare(
    `${rows.select} where first_name = ? collate nocase and last_name = ? collate nocase and employer_id is ? order by id limit 1`,
  );
  const employerByName = db.sqlite.prepare('select id from employers where name = ? collate nocase').pluck();
  const insertEmployer = db.sqlite.prepare('insert into employers (name) values (?)');
  return {
    byEmail: (v: string) => existingContact.optional().parse(byEmail.get(v)),
    byName: (first: string, last: string, employerId: number | null) => existingContact.optional().parse(byName.get(first, last, employerId)),
    insert: (patch: ContactPatch) => rows.insert(patch),
    update: (id: number, patch: ContactPatch) => rows.update(id, patch),
    employerByName: (name: string) => z.number().optional().parse(employerByName.get(name)),
    insertEmployer: (name: string) => Number(insertEmployer.run(name).lastInsertRowid),
  };
}

const existingAttendance = z.object({ id: z.number(), rsvp: z.enum(rsvpStatuses), checkedInAt: z.string().nullable() });

export function attendanceStatements(db: Db) {
  const studentByEmail = db.sqlite.prepare('select id from students where school_email = :email or personal_email = :email order by id limit 1').pluck();
  const studentByExternalId = db.sqlite.prepare('select id from students where external_id = ?').pluck();
  const find = db.sqlite.prepare('select id, rsvp, checked_in_at as checkedInAt from attendance where event_id = ? and student_id = ?');
  const insert = db.sqlite.prepare(
    `insert into attendance (event_id, student_id, rsvp, invited_at, responded_at, checked_in_at)
     values (:eventId, :studentId, :rsvp, :now, :now, :checkedInAt)`,
  );
  const update = db.sqlite.prepare(
    `update attendance set rsvp = :rsvp, checked_in_at = coalesce(:checkedInAt, checked_in_at), responded_at = coalesce(responded_at, :now),
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
  );
  const studentOf = db.sqlite.prepare('select student_id from attendance where id = ?').pluck();
  // Check-ins count towards "events attended" goals.
  return {
    studentByEmail: (email: string) => z.number().optional().parse(studentByEmail.get({ email })),
    studentByExternalId: (externalId: string) => z.number().optional().parse(studentByExternalId.get(externalId)),
    find: (eventId: number, studentId: number) => existingAttendance.optional().parse(find.get(eventId, studentId)),
    insert: (v: { eventId: number; studentId: number; rsvp: string; checkedInAt: string | null; now: string }) =>
      movingGoals(db, { students: [v.studentId] }, () => Number(insert.run(v).lastInsertRowid)),
    update: (v: { id: number; rsvp: string; checkedInAt: string | null; now: string }) =>
      movingGoals(db, { students: z.array(z.number()).parse(studentOf.all(v.id)) }, () => update.run(v)),
  };
}
