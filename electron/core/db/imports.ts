import { z } from 'zod';
import { contactSchema } from '../../../shared/api/contacts';
import { studentSchema } from '../../../shared/api/students';
import { rsvpStatuses } from '../../../shared/domain';
import type { Db } from './client';
import { movingGoals } from './goal-refresh';

// The reads and writes an import makes, as prepared statements: a 50,000-row roster goes through
// them row by row inside one transaction. A null parameter means "not in the file": the column keeps its value.

// What an import reads of a stored student or contact: the contract's fields as SQLite holds them (0/1 flags).
const existingStudent = studentSchema
  .pick({ id: true, externalId: true, firstName: true, lastName: true, preferredName: true, schoolEmail: true, personalEmail: true, phone: true, program: true, classYear: true, cohort: true, advisorId: true, status: true, notes: true })
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
  const select = `select id, external_id as externalId, first_name as firstName, last_name as lastName, preferred_name as preferredName,
    school_email as schoolEmail, personal_email as personalEmail, phone, program, class_year as classYear, cohort, advisor_id as advisorId,
    status, confidential, notes from students`;
  const byExternalId = db.sqlite.prepare(`${select} where external_id = ?`);
  const bySchoolEmail = db.sqlite.prepare(`${select} where school_email = ?`);
  const insert = db.sqlite.prepare(
    `insert into students (${studentColumns.map(([, column]) => column).join(', ')})
     values (${studentKeys.map((k) => (k === 'status' ? `coalesce(:status, 'active')` : k === 'confidential' ? 'coalesce(:confidential, 0)' : `:${k}`)).join(', ')})`,
  );
  const update = db.sqlite.prepare(
    `update students set ${studentColumns.map(([k, column]) => `${column} = coalesce(:${k}, ${column})`).join(', ')},
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
  );
  const addLabel = db.sqlite.prepare('insert or ignore into student_labels (student_id, label) values (?, ?)');
  const labelsOf = db.sqlite.prepare('select label from student_labels where student_id = ?').pluck();
  const advisorByEmail = db.sqlite.prepare('select id from advisors where email = ? collate nocase').pluck();
  const full = (patch: StudentPatch) => Object.fromEntries(studentKeys.map((k) => [k, patch[k] ?? null]));
  return {
    byExternalId: (v: string) => existingStudent.optional().parse(byExternalId.get(v)),
    bySchoolEmail: (v: string) => existingStudent.optional().parse(bySchoolEmail.get(v)),
    insert: (patch: StudentPatch) => Number(insert.run(full(patch)).lastInsertRowid),
    update: (id: number, patch: StudentPatch) => update.run({ ...full(patch), id }),
    labelsOf: (id: number) => new Set(z.array(z.string()).parse(labelsOf.all(id))),
    addLabel: (id: number, label: string) => addLabel.run(id, label),
    advisorByEmail: (email: string) => z.number().optional().parse(advisorByEmail.get(email)),
  };
}

const existingContact = contactSchema
  .pick({ id: true, firstName: true, lastName: true, title: true, employerId: true, email: true, phone: true, preferredMethod: true, linkedinUrl: true, verifiedOn: true, mentorCapacity: true, notes: true })
  .extend({ isMentor: z.number() });
export type ExistingContact = z.infer<typeof existingContact>;
export type ContactPatch = Partial<Omit<ExistingContact, 'id'>>;
const contactColumns = [
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['title', 'title'],
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
  const select = `select id, first_name as firstName, last_name as lastName, title, employer_id as employerId, email, phone,
    preferred_method as preferredMethod, linkedin_url as linkedinUrl, verified_on as verifiedOn, is_mentor as isMentor,
    mentor_capacity as mentorCapacity, notes from contacts`;
  const byEmail = db.sqlite.prepare(`${select} where email = ? collate nocase order by id limit 1`);
  const byName = db.sqlite.prepare(`${select} where first_name = ? collate nocase and last_name = ? collate nocase and employer_id is ? order by id limit 1`);
  const insert = db.sqlite.prepare(
    `insert into contacts (${contactColumns.map(([, column]) => column).join(', ')})
     values (${contactKeys.map((k) => (k === 'isMentor' || k === 'mentorCapacity' ? `coalesce(:${k}, 0)` : `:${k}`)).join(', ')})`,
  );
  const update = db.sqlite.prepare(
    `update contacts set ${contactColumns.map(([k, column]) => `${column} = coalesce(:${k}, ${column})`).join(', ')},
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
  );
  const employerByName = db.sqlite.prepare('select id from employers where name = ? collate nocase').pluck();
  const insertEmployer = db.sqlite.prepare('insert into employers (name) values (?)');
  const full = (patch: ContactPatch) => Object.fromEntries(contactKeys.map((k) => [k, patch[k] ?? null]));
  return {
    byEmail: (v: string) => existingContact.optional().parse(byEmail.get(v)),
    byName: (first: string, last: string, employerId: number | null) => existingContact.optional().parse(byName.get(first, last, employerId)),
    insert: (patch: ContactPatch) => Number(insert.run(full(patch)).lastInsertRowid),
    update: (id: number, patch: ContactPatch) => update.run({ ...full(patch), id }),
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
