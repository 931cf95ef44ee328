import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { ReadinessRules } from '../../../shared/api/readiness';
import type { GoalFilter, ReadinessFilter, StudentSortColumn } from '../../../shared/api/students';
import type { StudentStatus } from '../../../shared/domain';
import { termByName, termOf } from '../terms';
import type { Db } from './client';
import { ftsPrefixQuery } from './fts';
import { readyCountsSql, ruleParams } from './readiness';
import { advisors, studentLabels, students } from './schema';
import { staleStudentIdsSql } from './stale-connections';
import { visibleStudentsSql } from './visible-students';

export interface StudentFilter {
  search?: string;
  classYear?: number;
  program?: string;
  cohort?: string;
  advisorId?: number;
  status?: StudentStatus;
  readiness?: ReadinessFilter;
  goals?: GoalFilter;
  /** The term "met in term" looks at (a name like "Fall 2026"); the current term when absent. */
  term?: string;
  /** true: only students losing touch; false or absent: no condition. */
  losingTouch?: boolean;
  /** The students the signed-in caller may see, as SQL over `s` (visible-students.ts); null or absent: everyone. */
  visible?: string | null;
}

/** A selection as SQL over alias `s`, and the same without the losing-touch condition (for orders that join stale counts themselves). */
export interface StudentSql {
  where: string;
  params: Record<string, unknown>;
  exceptLosingTouch: string;
}

export interface StudentPageQuery extends StudentFilter {
  sort: StudentSortColumn;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** The term a list looks at: the one its filter names, else the one `today` falls in. */
export function listTerm(filter: Pick<StudentFilter, 'term'>, today: string) {
  return filter.term ? termByName(filter.term) : termOf(today);
}

export type StudentValues = Omit<typeof students.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * A goal met in the term: any goal, not only the latest, so an earlier term still finds students who met
 * another goal since. The term's met goals come from the covering index by status and day. For a term still
 * running, the stored latest met day decides it for nearly everyone first (none met since the term began: no;
 * latest met inside the term: yes), which is cheaper than collecting the term's goals; for a term that has
 * ended, most students met another goal since, so the goals are collected straight away — as a list to test
 * students against (`+s.id`), never one to drive the query from when another filter selects a few students.
 */
function metInTermSql(termEnded: boolean): string {
  const metThen = (id: string) => `${id} in (select g.student_id from goals g where g.status = 'met' and g.met_on between :termStart and :termEnd)`;
  if (termEnded) return metThen('+s.id');
  return `s.goal_last_met_on >= :termStart and case when s.goal_last_met_on <= :termEnd then 1 else ${metThen('s.id')} end`;
}

/**
 * The students a filter selects, as SQL over alias `s`, leaving out readiness (see selectStudents).
 * Conditions are added only when used so each filter can use its index. Goals and losing touch depend on
 * the day on the office's calendar (officeToday); callers that never pass them, like the readiness dashboard,
 * may leave it out.
 */
export function studentWhere(filter: Omit<StudentFilter, 'readiness'>, today?: string): StudentSql {
  const conditions: string[] = filter.visible ? [filter.visible] : [];
  const params: Record<string, unknown> = {};
  const match = filter.search ? ftsPrefixQuery(filter.search) : null;
  if (match) {
    conditions.push('s.id in (select rowid from students_fts where students_fts match :match)');
    params.match = match;
  }
  // A status selects most of the office (nearly everyone is active), yet SQLite's sampled statistics can rate
  // its index as selective as a cohort's: next to a narrower equality, `+` keeps the status a plain test.
  const narrower = [filter.classYear, filter.program, filter.cohort, filter.advisorId].some((value) => value !== undefined);
  const equals = [
    ['classYear', 's.class_year', filter.classYear],
    ['program', 's.program', filter.program],
    ['cohort', 's.cohort', filter.cohort],
    ['advisorId', 's.advisor_id', filter.advisorId],
    ['status', narrower ? '+s.status' : 's.status', filter.status],
  ] as const;
  for (const [name, column, value] of equals) {
    if (value === undefined) continue;
    conditions.push(`${column} = :${name}`);
    params[name] = value;
  }
  if ((filter.goals !== undefined || filter.losingTouch === true) && today === undefined) {
    throw new Error('studentWhere: goal and losing-touch filters need the office’s today');
  }
  if (filter.goals !== undefined && today !== undefined) {
    const term = listTerm(filter, today);
    // Active / none active: the goal summary refreshGoals keeps (the last day an active goal runs), as the
    // goals dashboard counts it.
    conditions.push(
      {
        met_in_term: metInTermSql(term.endOn < today),
        active: 's.goal_active_until >= :today',
        none_active: `coalesce(s.goal_active_until, '') < :today`,
      }[filter.goals],
    );
    Object.assign(params, { today, termStart: term.startOn, termEnd: term.endOn });
  }
  const exceptLosingTouch = conditions.length > 0 ? conditions.join(' and ') : '1';
  if (filter.losingTouch !== true) return { where: exceptLosingTouch, params, exceptLosingTouch };
  return {
    where: `${exceptLosingTouch} and s.id in (${staleStudentIdsSql})`,
    params: { ...params, today },
    exceptLosingTouch,
  };
}

/** Students with ready references (and how many), among those a condition selects. */
export function readyStudents(db: Db, where: string, params: Record<string, unknown>, today: string, rules: ReadinessRules, atTarget: boolean): number[] {
  return z.array(z.number()).parse(
    db.sqlite
      .prepare(`select student_id from (${readyCountsSql(where)})${atTarget ? ' where ready >= :target' : ''}`)
      .pluck()
      .all({ ...params, ...ruleParams(today, rules) }),
  );
}

/**
 * The students a filter selects, readiness included: the few students at the target are found first
 * (ready-window index), so "ready" / "not ready" become a membership test rather than a count per student.
 */
export function selectStudents(db: Db, filter: StudentFilter, today: string, rules: ReadinessRules) {
  const base = studentWhere({ ...filter, visible: visibleStudentsSql(db) }, today);
  if (filter.readiness === undefined) return { ...base, base };
  const atTarget = JSON.stringify(readyStudents(db, base.where, base.params, today, rules, true));
  const inTarget = 's.id in (select value from json_each(:atTarget))';
  const condition = {
    ready: inTarget,
    not_ready: `not ${inTarget}`,
    building: `not ${inTarget} and s.reference_candidates > 0`,
    not_started: 's.reference_candidates = 0',
  }[filter.readiness];
  return {
    where: `${base.where} and ${condition}`,
    params: { ...base.params, atTarget },
    base,
    exceptLosingTouch: `${base.exceptLosingTouch} and ${condition}`,
  };
}

export function findStudent(db: Db, id: number) {
  const row = db.orm
    .select({ student: students, advisorName: advisors.name })
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
  return { ...row.student, advisorName: row.advisorName, labels };
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
  if (unique.length > 0)
    db.orm
      .insert(studentLabels)
      .values(unique.map((label) => ({ studentId, label })))
      .run();
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
      .select({ id: students.id, displayName: students.displayName })
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
    .where(and(isNotNull(column), visibleWhere(db)))
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
      displayName: students.displayName,
      externalId: students.externalId,
      program: students.program,
      classYear: students.classYear,
      status: students.status,
    })
    .from(sql`students_fts`)
    .innerJoin(students, sql`${students.id} = students_fts.rowid`)
    .where(and(sql`students_fts match ${match}`, visibleWhere(db)))
    .orderBy(sql`students_fts.rank`)
    .limit(limit)
    .all();
}

/** Students the caller may see, for drizzle's where (undefined: every student, no condition). */
function visibleWhere(db: Db) {
  const visible = visibleStudentsSql(db, 'students');
  return visible === null ? undefined : sql.raw(visible);
}

export function countStudents(db: Db): number {
  return (
    db.orm
      .select({ count: sql<number>`count(*)` })
      .from(students)
      .where(visibleWhere(db))
      .get()?.count ?? 0
  );
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

export function findStudentIdByExternalId(db: Db, externalId: string): number | undefined {
  return db.orm.select({ id: students.id }).from(students).where(eq(students.externalId, externalId)).get()?.id;
}
