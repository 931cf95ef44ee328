import { z } from 'zod';
import { contactSchema } from '../../../shared/api/contacts';
import { relationshipKinds, type ContactMethod } from '../../../shared/domain';
import type { Db } from './client';
import { movingGoals } from './goal-refresh';
import { ftsPrefixQuery } from './fts';
import { parseRows, sqliteBoolean } from './rows';
import { andStudentVisible, andVisible } from './visible-students';

const contactRow = contactSchema.extend({ isMentor: sqliteBoolean });

/** A contact with how many active students they mentor: among the students the caller may see (all in single-user mode). */
const selectContact = (db: Db) => `
  select ct.id, ct.first_name as firstName, ct.last_name as lastName, ct.first_name || ' ' || ct.last_name as displayName,
    ct.title, ct.department, ct.employer_id as employerId, e.name as employerName, ct.email, ct.phone, ct.preferred_method as preferredMethod,
    ct.linkedin_url as linkedinUrl, ct.verified_on as verifiedOn, ct.is_mentor as isMentor, ct.mentor_capacity as mentorCapacity,
    (select count(*) from connections c join students s on s.id = c.student_id
      where c.contact_id = ct.id and c.relationship = 'mentor' and s.status = 'active'${andVisible(db)}) as mentorshipsActive,
    ct.notes, ct.created_at as createdAt, ct.updated_at as updatedAt, ct.version
  from contacts ct left join employers e on e.id = ct.employer_id`;

export function findContact(db: Db, id: number) {
  return parseRows(contactRow, db.sqlite.prepare(`${selectContact(db)} where ct.id = ?`).all(id))[0];
}

export interface ContactValues {
  firstName: string;
  lastName: string;
  title: string | null;
  department: string | null;
  employerId: number | null;
  email: string | null;
  phone: string | null;
  preferredMethod: ContactMethod | null;
  linkedinUrl: string | null;
  verifiedOn: string | null;
  isMentor: boolean;
  mentorCapacity: number;
  notes: string | null;
}

const params = (v: ContactValues) => ({ ...v, isMentor: v.isMentor ? 1 : 0 });

export function insertContact(db: Db, v: ContactValues): number {
  return Number(
    db.sqlite
      .prepare(
        `insert into contacts (first_name, last_name, title, department, employer_id, email, phone, preferred_method, linkedin_url, verified_on, is_mentor, mentor_capacity, notes)
         values (:firstName, :lastName, :title, :department, :employerId, :email, :phone, :preferredMethod, :linkedinUrl, :verifiedOn, :isMentor, :mentorCapacity, :notes)`,
      )
      .run(params(v)).lastInsertRowid,
  );
}

export function updateContact(db: Db, id: number, v: ContactValues): void {
  db.sqlite
    .prepare(
      `update contacts set first_name = :firstName, last_name = :lastName, title = :title, department = :department, employer_id = :employerId, email = :email,
         phone = :phone, preferred_method = :preferredMethod, linkedin_url = :linkedinUrl, verified_on = :verifiedOn,
         is_mentor = :isMentor, mentor_capacity = :mentorCapacity, notes = :notes, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       where id = :id`,
    )
    .run({ ...params(v), id });
}

/**
 * What deleting a contact takes with it. The preview counts the students the caller may see, like the lists beside
 * it; the audit of the delete itself records everything that went (`everyone`). Tasks on the contact go too (ON DELETE
 * CASCADE): those on the contact alone always count, those that also name a student only when the student is visible.
 */
export function contactDeletePreview(db: Db, id: number, everyone = false) {
  const among = (column: string) => (everyone ? '' : andStudentVisible(db, column));
  return z
    .object({
      connections: z.number(),
      interactions: z.number(),
      students: z.number(),
      placementsSupervised: z.number(),
      tasks: z.number(),
    })
    .parse(
      db.sqlite
        .prepare(
          `select (select count(*) from connections where contact_id = :id${among('student_id')}) as connections,
             (select count(*) from interactions i join connections c on c.id = i.connection_id where c.contact_id = :id${among('c.student_id')}) as interactions,
             (select count(distinct student_id) from connections where contact_id = :id${among('student_id')}) as students,
             (select count(*) from placements where supervisor_contact_id = :id${among('student_id')}) as placementsSupervised,
             (select count(*) from tasks where contact_id = :id and (student_id is null or (1${among('student_id')}))) as tasks`,
        )
        .get({ id }),
    );
}

export function deleteContact(db: Db, id: number): void {
  // Its connections and their interactions go with it: goals that counted them may no longer be met.
  return movingGoals(db, { students: connectedStudents(db, id) }, () => {
    db.sqlite.prepare('delete from contacts where id = ?').run(id);
  });
}

/** Other contacts with the same email, or the same name at the same employer. */
export function findDuplicateContacts(db: Db, id: number) {
  return parseRows(
    contactRow,
    db.sqlite
      .prepare(
        `${selectContact(db)}
         join contacts me on me.id = :id
         where ct.id <> me.id and (
           (me.email is not null and lower(ct.email) = lower(me.email))
           or (lower(ct.first_name) = lower(me.first_name) and lower(ct.last_name) = lower(me.last_name) and ct.employer_id is me.employer_id))
         order by ct.id`,
      )
      .all({ id }),
  );
}

export function contactOptions(db: Db, search: string, limit: number) {
  const match = ftsPrefixQuery(search);
  const rows = match
    ? db.sqlite
        .prepare(
          `select ct.id, ct.first_name || ' ' || ct.last_name as displayName, e.name as employerName, ct.title
           from contacts_fts f join contacts ct on ct.id = f.rowid left join employers e on e.id = ct.employer_id
           where contacts_fts match ? order by f.rank limit ?`,
        )
        .all(match, limit)
    : db.sqlite
        .prepare(
          `select ct.id, ct.first_name || ' ' || ct.last_name as displayName, e.name as employerName, ct.title
           from contacts ct left join employers e on e.id = ct.employer_id order by ct.name_key, ct.id limit ?`,
        )
        .all(limit);
  return parseRows(
    z.object({
      id: z.number(),
      displayName: z.string(),
      employerName: z.string().nullable(),
      title: z.string().nullable(),
    }),
    rows,
  );
}

/** `column = coalesce(column, the other record's column)` for each column: what the kept record has wins, its blanks are filled. */
function fillBlanks(table: string, otherId: string, columns: readonly string[]): string {
  return columns.map((c) => `${c} = coalesce(${c}, (select ${c} from ${table} where id = ${otherId}))`).join(', ');
}

const referenceRank = `case reference_status when 'agreed' then 3 when 'asked' then 2 when 'declined' then 1 else 0 end`;

/**
 * Moves everything of `mergeId` onto `keepId`. A connection that would duplicate one the kept contact
 * already has (same student, same relationship) is combined: its interactions move, the earlier
 * since-date and the further reference status win. Runs in the caller's transaction, or its own.
 */
export function mergeContacts(db: Db, keepId: number, mergeId: number) {
  // Combined connections may count a touchpoint once where it was counted twice.
  const students = [...connectedStudents(db, keepId), ...connectedStudents(db, mergeId)];
  return movingGoals(db, { students }, () => moveContact(db, keepId, mergeId));
}

function moveContact(db: Db, keepId: number, mergeId: number) {
  const run = (sqlText: string, values: Record<string, unknown>) => db.sqlite.prepare(sqlText).run(values).changes;
  const pairs = z.array(z.object({ fromId: z.number(), toId: z.number() })).parse(
    db.sqlite
      .prepare(
        `select m.id as fromId, k.id as toId from connections m
           join connections k on k.contact_id = :keepId and k.student_id = m.student_id and k.relationship = m.relationship
           where m.contact_id = :mergeId`,
      )
      .all({ keepId, mergeId }),
  );
  let movedInteractions = 0;
  for (const { fromId, toId } of pairs) {
    movedInteractions += run('update interactions set connection_id = :toId where connection_id = :fromId', {
      fromId,
      toId,
    });
    run(
      `update connections set
         since_on = (select nullif(min(coalesce(since_on, '9999-12-31')), '9999-12-31') from connections where id in (:fromId, :toId)),
         resume_shared_on = (select max(resume_shared_on) from connections where id in (:fromId, :toId)),
         reference_status = (select reference_status from connections where id in (:fromId, :toId) order by ${referenceRank} desc, reference_status_on desc, id limit 1),
         reference_status_on = (select reference_status_on from connections where id in (:fromId, :toId) order by ${referenceRank} desc, reference_status_on desc, id limit 1),
         ${fillBlanks('connections', ':fromId', ['context', 'placement_id'])},
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       where id = :toId`,
      { fromId, toId },
    );
    run('delete from connections where id = :fromId', { fromId });
  }
  movedInteractions += z
    .number()
    .parse(db.sqlite.prepare('select count(*) from interactions i join connections c on c.id = i.connection_id where c.contact_id = ?').pluck().get(mergeId));
  const movedConnections = run('update connections set contact_id = :keepId where contact_id = :mergeId', {
    keepId,
    mergeId,
  });
  run('update placements set supervisor_contact_id = :keepId where supervisor_contact_id = :mergeId', {
    keepId,
    mergeId,
  });
  run('update milestones set recommended_by_contact_id = :keepId where recommended_by_contact_id = :mergeId', {
    keepId,
    mergeId,
  });
  // Tasks about the duplicate are about the same person: they move with them rather than cascade away on delete.
  run("update tasks set contact_id = :keepId, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where contact_id = :mergeId", { keepId, mergeId });
  // Blank details of the kept record are filled from the merged one; what the kept record has wins.
  run(
    `update contacts set
       ${fillBlanks('contacts', ':mergeId', ['title', 'department', 'employer_id', 'email', 'phone', 'preferred_method', 'linkedin_url', 'notes'])},
       verified_on = nullif(max(coalesce(verified_on, ''), coalesce((select verified_on from contacts where id = :mergeId), '')), ''),
       is_mentor = max(is_mentor, (select is_mentor from contacts where id = :mergeId)),
       mentor_capacity = max(mentor_capacity, (select mentor_capacity from contacts where id = :mergeId)),
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     where id = :keepId`,
    { keepId, mergeId },
  );
  run('delete from contacts where id = :mergeId', { mergeId });
  return { movedConnections, combinedConnections: pairs.length, movedInteractions };
}

/** What a merge would do, for the confirmation: connections that move, and those combined with an existing one. */
export function mergePreview(db: Db, keepId: number, mergeId: number) {
  const combine = z.array(z.object({ studentName: z.string(), relationship: z.enum(relationshipKinds) })).parse(
    db.sqlite
      .prepare(
        `select s.display_name as studentName, m.relationship
           from connections m
           join connections k on k.contact_id = :keepId and k.student_id = m.student_id and k.relationship = m.relationship
           join students s on s.id = m.student_id
           where m.contact_id = :mergeId${andVisible(db)} order by studentName`,
      )
      .all({ keepId, mergeId }),
  );
  const totals = z.object({ connections: z.number(), interactions: z.number() }).parse(
    db.sqlite
      .prepare(
        `select (select count(*) from connections where contact_id = :mergeId${andStudentVisible(db, 'student_id')}) as connections,
             (select count(*) from interactions i join connections c on c.id = i.connection_id where c.contact_id = :mergeId${andStudentVisible(db, 'c.student_id')}) as interactions`,
      )
      .get({ mergeId }),
  );
  return {
    connectionsToMove: totals.connections - combine.length,
    interactions: totals.interactions,
    connectionsToCombine: combine,
  };
}

export function connectedStudents(db: Db, contactId: number): number[] {
  return z.array(z.number()).parse(db.sqlite.prepare('select distinct student_id from connections where contact_id = ?').pluck().all(contactId));
}
