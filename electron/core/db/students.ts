import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { daysSinceTouchSql } from './cadence';
import { termOf } from '../terms';
import type { StudentSortColumn } from '../../../shared/api/students';
import type { StudentStatus } from '../../../shared/domain';
import type { Db } from './client';
import { ftsPrefixQuery } from './fts';
import { advisors, studentLabels, students } from './schema';

export interface StudentFilter {
  search?: string;
  classYear?: number;
  program?: string;
  advisorId?: number;
  status?: StudentStatus;
}

export interface StudentPageQuery extends StudentFilter {
  sort: StudentSortColumn;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export type StudentValues = Omit<typeof students.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

const displayNameSql = sql<string>`coalesce(nullif(trim(${students.preferredName}), ''), ${students.firstName}) || ' ' || ${students.lastName}`;

function filterConditions(filter: StudentFilter): SQL | undefined {
  const conditions: SQL[] = [];
  const match = filter.search ? ftsPrefixQuery(filter.search) : null;
  if (match) conditions.push(sql`${students.id} in (select rowid from students_fts where students_fts match ${match})`);
  if (filter.classYear !== undefined) conditions.push(eq(students.classYear, filter.classYear));
  if (filter.program !== undefined) conditions.push(eq(students.program, filter.program));
  if (filter.advisorId !== undefined) conditions.push(eq(students.advisorId, filter.advisorId));
  if (filter.status !== undefined) conditions.push(eq(students.status, filter.status));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

function orderBy(sort: StudentSortColumn, direction: 'asc' | 'desc'): SQL[] {
  const dir = direction === 'asc' ? asc : desc;
  // Every order ends with the id so paging is stable when values tie.
  switch (sort) {
    case 'name':
      return [dir(students.lastName), dir(students.firstName), dir(students.id)];
    case 'externalId':
      return [dir(students.externalId), dir(students.id)];
    case 'program':
      return [dir(students.program), dir(students.lastName), dir(students.id)];
    case 'classYear':
      return [dir(students.classYear), dir(students.lastName), dir(students.id)];
    case 'advisor':
      return [dir(advisors.name), dir(students.lastName), dir(students.id)];
    case 'status':
      return [dir(students.status), dir(students.lastName), dir(students.id)];
    case 'updatedAt':
      return [dir(students.updatedAt), dir(students.id)];
  }
}

export function listStudents(db: Db, query: StudentPageQuery, today: string) {
  const where = filterConditions(query);

  const rows = db.orm
    .select({
      id: students.id,
      externalId: students.externalId,
      displayName: displayNameSql,
      schoolEmail: students.schoolEmail,
      program: students.program,
      classYear: students.classYear,
      cohort: students.cohort,
      advisorName: advisors.name,
      status: students.status,
      confidential: students.confidential,
      updatedAt: students.updatedAt,
    })
    .from(students)
    .leftJoin(advisors, eq(advisors.id, students.advisorId))
    .where(where)
    .orderBy(...orderBy(query.sort, query.direction))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .all();
  const total = db.orm.select({ count: sql<number>`count(*)` }).from(students).where(where).get()?.count ?? 0;
  const ids = rows.map((r) => r.id);
  const activity = activityOf(db, ids, today);
  const goals = goalCountsOf(db, ids, today);
  return {
    rows: rows.map((r) => ({
      ...r,
      ...(activity.get(r.id) ?? { lastActivityOn: null, staleConnections: 0 }),
      ...(goals.get(r.id) ?? { goalsMetThisTerm: 0, goalsActive: 0 }),
    })),
    total,
  };
}

/** Goals met this term and goals active now, for one page of students. */
function goalCountsOf(db: Db, ids: readonly number[], today: string) {
  const term = termOf(today);
  const rows = db.sqlite
    .prepare(
      `select student_id as id,
         sum(status = 'met' and met_on between :termStart and :termEnd) as goalsMetThisTerm,
         sum(status = 'active' and coalesce(window_end_on, (select date(e.ends_at, 'localtime', '+2 days') from events e where e.id = goals.event_id)) >= :today) as goalsActive
       from goals where student_id in (select value from json_each(:ids)) group by student_id`,
    )
    .all({ ids: JSON.stringify(ids), today, termStart: term.startOn, termEnd: term.endOn });
  const parsed = z.array(z.object({ id: z.number(), goalsMetThisTerm: z.number(), goalsActive: z.number() })).parse(rows);
  return new Map(parsed.map(({ id, ...rest }) => [id, rest]));
}

/**
 * Last activity and stale connections for one page of students, in one grouped query
 * (computing them inside the paged query would evaluate them for every skipped row too).
 */
function activityOf(db: Db, ids: readonly number[], today: string) {
  const rows = db.sqlite
    .prepare(
      `select c.student_id as id, max(c.last_interaction_on) as lastActivityOn,
         sum(c.relationship <> 'personal' and ${daysSinceTouchSql} > w.max_days) as staleConnections
       from connections c join keep_in_touch_windows w on w.relationship = c.relationship
       where c.student_id in (select value from json_each(:ids))
       group by c.student_id`,
    )
    .all({ ids: JSON.stringify(ids), today });
  const parsed = z.array(z.object({ id: z.number(), lastActivityOn: z.string().nullable(), staleConnections: z.number() })).parse(rows);
  return new Map(parsed.map(({ id, ...rest }) => [id, rest]));
}

export function findStudent(db: Db, id: number) {
  const row = db.orm
    .select({ student: students, advisorName: advisors.name, displayName: displayNameSql })
    .from(students)
    .leftJoin(advisors, eq(advisors.id, students.advisorId))
    .where(eq(students.id, id))
    .get();
  if (!row) return undefined;
  const labels = db.orm
    .select({ label: studentLabels.label })
    .from(studentLabels)
    .where(eq(studentLabels.studentId, id))
    .orderBy(asc(studentLabels.label))
    .all()
    .map((r) => r.label);
  return { ...row.student, advisorName: row.advisorName, displayName: row.displayName, labels };
}

export function insertStudent(db: Db, values: StudentValues): number {
  return db.orm.insert(students).values(values).returning({ id: students.id }).get().id;
}

export function updateStudent(db: Db, id: number, values: Partial<StudentValues>): boolean {
  const result = db.orm
    .update(students)
    .set({ ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(eq(students.id, id))
    .run();
  return result.changes > 0;
}

export function replaceLabels(db: Db, studentId: number, labels: readonly string[]): void {
  db.orm.delete(studentLabels).where(eq(studentLabels.studentId, studentId)).run();
  const unique = [...new Set(labels)];
  if (unique.length > 0) db.orm.insert(studentLabels).values(unique.map((label) => ({ studentId, label }))).run();
}

/** Which unique column already holds this value for another student (for a clear conflict message). */
export function findDuplicate(db: Db, values: { externalId: string | null; schoolEmail: string | null }, exceptId?: number) {
  const checks: { field: 'externalId' | 'schoolEmail'; value: string | null }[] = [
    { field: 'externalId', value: values.externalId },
    { field: 'schoolEmail', value: values.schoolEmail },
  ];
  for (const check of checks) {
    if (check.value === null) continue;
    const column = check.field === 'externalId' ? students.externalId : students.schoolEmail;
    const row = db.orm
      .select({ id: students.id, displayName: displayNameSql })
      .from(students)
      .where(and(eq(column, check.value), exceptId === undefined ? undefined : sql`${students.id} <> ${exceptId}`))
      .get();
    if (row) return { field: check.field, value: check.value, id: row.id, displayName: row.displayName };
  }
  return undefined;
}

/** Distinct non-empty values of a column, sorted: the choices a filter offers. */
function distinctValues<T extends string | number>(db: Db, column: AnySQLiteColumn, keep: (v: unknown) => v is T): T[] {
  return db.orm
    .selectDistinct({ value: column })
    .from(students)
    .where(isNotNull(column))
    .orderBy(asc(column))
    .all()
    .map((r) => r.value)
    .filter(keep);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';

export function studentFacets(db: Db) {
  return {
    programs: distinctValues(db, students.program, isString),
    classYears: distinctValues(db, students.classYear, isNumber),
    cohorts: distinctValues(db, students.cohort, isString),
  };
}

export function quickSearchStudents(db: Db, text: string, limit: number) {
  const match = ftsPrefixQuery(text);
  if (!match) return [];
  return db.orm
    .select({
      id: students.id,
      displayName: displayNameSql,
      externalId: students.externalId,
      program: students.program,
      classYear: students.classYear,
      status: students.status,
    })
    .from(sql`students_fts`)
    .innerJoin(students, sql`${students.id} = students_fts.rowid`)
    .where(sql`students_fts match ${match}`)
    .orderBy(sql`students_fts.rank`)
    .limit(limit)
    .all();
}

export function countStudentsByStatus(db: Db) {
  return db.orm
    .select({ status: students.status, count: sql<number>`count(*)` })
    .from(students)
    .groupBy(students.status)
    .orderBy(asc(students.status))
    .all();
}

export function countStudentsByClassYear(db: Db, statuses: readonly StudentStatus[]) {
  return db.orm
    .select({ classYear: students.classYear, count: sql<number>`count(*)` })
    .from(students)
    .where(inArray(students.status, [...statuses]))
    .groupBy(students.classYear)
    .orderBy(asc(students.classYear))
    .all();
}

export function countStudents(db: Db): number {
  return db.orm.select({ count: sql<number>`count(*)` }).from(students).get()?.count ?? 0;
}

export function networkSummary(db: Db, studentId: number) {
  return db.sqlite
    .prepare(
      `select
         (select count(*) from connections where student_id = :id) as connections,
         (select count(*) from interactions i join connections c on c.id = i.connection_id where c.student_id = :id) as interactions,
         (select max(i.occurred_on) from interactions i join connections c on c.id = i.connection_id where c.student_id = :id) as lastInteractionOn,
         (select count(*) from placements where student_id = :id) as placements,
         (select count(*) from goals where student_id = :id and status = 'met') as goalsMet,
         (select count(*) from goals where student_id = :id and status = 'active') as goalsActive,
         (select count(*) from attendance where student_id = :id and checked_in_at is not null) as eventsAttended`,
    )
    .get({ id: studentId });
}
