import { z } from 'zod';
import { employerSchema } from '../../../shared/api/employers';
import { placementSchema } from '../../../shared/api/placements';
import type { Db } from './client';
import { parseRows } from './rows';
import { andVisible } from './visible-students';

const selectEmployer = `select id, name, industry, website, location, notes, created_at as createdAt, updated_at as updatedAt, version from employers`;

export function findEmployer(db: Db, id: number) {
  return parseRows(employerSchema, db.sqlite.prepare(`${selectEmployer} where id = ?`).all(id))[0];
}

export function findEmployerByName(db: Db, name: string, exceptId?: number) {
  return parseRows(employerSchema, db.sqlite.prepare(`${selectEmployer} where name = ? collate nocase and id <> ?`).all(name, exceptId ?? -1))[0];
}

export interface EmployerValues {
  name: string;
  industry: string | null;
  website: string | null;
  location: string | null;
  notes: string | null;
}

export function insertEmployer(db: Db, v: EmployerValues): number {
  return Number(
    db.sqlite.prepare('insert into employers (name, industry, website, location, notes) values (:name, :industry, :website, :location, :notes)').run(v)
      .lastInsertRowid,
  );
}

export function updateEmployer(db: Db, id: number, v: EmployerValues): void {
  db.sqlite
    .prepare(
      `update employers set name = :name, industry = :industry, website = :website, location = :location, notes = :notes,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
    )
    .run({ ...v, id });
}

export function employerOptions(db: Db, search: string, limit: number) {
  return parseRows(
    z.object({ id: z.number(), name: z.string() }),
    db.sqlite
      .prepare(`select id, name from employers where ? = '' or instr(lower(name), lower(?)) > 0 order by name collate nocase limit ?`)
      .all(search, search, limit),
  );
}

export const selectPlacements = `
  select p.id, p.student_id as studentId,
    s.display_name as studentName, p.employer_id as employerId, e.name as employerName, p.kind, p.role,
    p.supervisor_contact_id as supervisorContactId, ct.first_name || ' ' || ct.last_name as supervisorName,
    p.start_on as startOn, p.end_on as endOn, p.version
  from placements p join students s on s.id = p.student_id join employers e on e.id = p.employer_id
  left join contacts ct on ct.id = p.supervisor_contact_id`;

export function placementsWhere(db: Db, where: string, value: number) {
  return parseRows(
    placementSchema,
    db.sqlite.prepare(`${selectPlacements} where ${where} = ?${andVisible(db)} order by p.start_on desc, p.id desc`).all(value),
  );
}
