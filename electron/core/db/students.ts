import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { daysSinceTouchSql } from './cadence';
import { termOf } from '../terms';
import type { ReadinessRules } from '../../../shared/api/readiness';
import type { ReadinessFilter, StudentSortColumn } from '../../../shared/api/students';
import { studentStatuses, type StudentStatus } from '../../../shared/domain';
import type { Db } from './client';
import { ftsPrefixQuery } from './fts';
import { readyCountsSql, ruleParams, summariesOf } from './readiness';
import { parseRows } from './rows';
import { advisors, studentLabels, students } from './schema';

export interface StudentFilter {
  search?: string;
  classYear?: number;
  program?: string;
  cohort?: string;
  advisorId?: number;
  status?: StudentStatus;
  readiness?: ReadinessFilter;
}

export interface StudentPageQuery extends StudentFilter {
  sort: StudentSortColumn;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export type StudentValues = Omit<typeof students.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

const displayNameSql = sql<string>`coalesce(nullif(trim(${students.preferredName}), ''), ${students.firstName}) || ' ' || ${students.lastName}`;

/**
 * The students a filter selects, as SQL over alias `s`, leaving out readiness (see selectStudents).
 * Conditions are added only when used so each filter can use its index.
 */
export function studentWhere(filter: Omit<StudentFilter, 'readiness'>): { where: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const match = filter.search ? ftsPrefixQuery(filter.search) : null;
  if (match) {
    conditions.push('s.id in (select rowid from students_fts where students_fts match :match)');
    params.match = match;
  }
  const equals = [
    ['classYear', 's.class_year', filter.classYear],
    ['program', 's.program', filter.program],
    ['cohort', 's.cohort', filter.cohort],
    ['advisorId', 's.advisor_id', filter.advisorId],
    ['status', 's.status', filter.status],
  ] as const;
  for (const [name, column, value] of equals) {
    if (value === undefined) continue;
    conditions.push(`${column} = :${name}`);
    params[name] = value;
  }
  return { where: conditions.length > 0 ? conditions.join(' and ') : '1', params };
}

/** Students with ready references (and how many), among those a condition selects. */
function readyStudents(db: Db, where: string, params: Record<string, unknown>, today: string, rules: ReadinessRules, atTarget: boolean): number[] {
  return z
    .array(z.number())
    .parse(
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
  const base = studentWhere(filter);
  if (filter.readiness === undefined) return { ...base, base };
  const atTarget = JSON.stringify(readyStudents(db, base.where, base.params, today, rules, true));
  const inTarget = 's.id in (select value from json_each(:atTarget))';
  const condition = {
    ready: inTarget,
    not_ready: `not ${inTarget}`,
    building: `not ${inTarget} and s.reference_candidates > 0`,
    not_started: 's.reference_candidates = 0',
  }[filter.readiness];
  return { where: `${base.where} and ${condition}`, params: { ...base.params, atTarget }, base };
}

function orderBy(sort: StudentSortColumn, direction: 'asc' | 'desc'): string {
  const d = direction === 'asc' ? 'asc' : 'desc';
  // Every order ends with the id so paging is stable when values tie.
  switch (sort) {
    case 'name':
      return `s.last_name ${d}, s.first_name ${d}, s.id ${d}`;
    case 'externalId':
      return `s.external_id ${d}, s.id ${d}`;
    case 'program':
      return `s.program ${d}, s.last_name ${d}, s.id ${d}`;
    case 'classYear':
      return `s.class_year ${d}, s.last_name ${d}, s.id ${d}`;
    case 'advisor':
      return `a.name ${d}, s.last_name ${d}, s.id ${d}`;
    case 'status':
      return `s.status ${d}, s.last_name ${d}, s.id ${d}`;
    case 'updatedAt':
      return `s.updated_at ${d}, s.id ${d}`;
    case 'readiness':
    case 'readyCount':
      // Ordered in segments by readinessPageIds.
      return `s.last_name, s.first_name, s.id`;
  }
}

interface ReadinessPageQuery {
  where: string;
  params: Record<string, unknown>;
  base: { where: string; params: Record<string, unknown> };
  offset: number;
  query: StudentPageQuery;
  today: string;
  rules: ReadinessRules;
}

interface Segment {
  count(): number;
  ids(limit: number, offset: number): number[];
}

/**
 * One page of students ordered by readiness without sorting the whole office. The order falls into
 * segments: students with ready references (ordered by their count, then name), then those with none —
 * by readiness level, building before not started (reversed ascending), each by name on the name index.
 * Only the segments the page touches are read, and a segment is counted only when the page starts beyond it.
 */
function readinessPageIds(db: Db, q: ReadinessPageQuery): number[] {
  const { where, params, base, today, rules, query } = q;
  const d = query.direction === 'asc' ? 'asc' : 'desc';
  const ready = { ...params, ...ruleParams(today, rules) };
  const ids = (sqlText: string, extra: Record<string, unknown>) => z.array(z.number()).parse(db.sqlite.prepare(sqlText).pluck().all({ ...ready, ...extra }));
  const count = (sqlText: string, extra: Record<string, unknown> = {}) => z.number().parse(db.sqlite.prepare(sqlText).pluck().get({ ...ready, ...extra }));
  const withReadyFrom = `from students s join (${readyCountsSql(base.where)}) k on k.student_id = s.id where ${where}`;
  const withReady: Segment = {
    count: () => count(`select count(*) ${withReadyFrom}`),
    ids: (limit, offset) => ids(`select s.id ${withReadyFrom} order by k.ready ${d}, s.last_name, s.first_name, s.id limit :limit offset :offset`, { limit, offset }),
  };
  // Students without ready references: everyone else, found by excluding the (few) ready ones by id.
  let readyIds: string | undefined;
  const exclude = () => (readyIds ??= JSON.stringify(readyStudents(db, base.where, base.params, today, rules, false)));
  const none = (candidates: string): Segment => {
    const from = `from students s where ${where} ${candidates} and s.id not in (select value from json_each(:readyIds))`;
    return {
      count: () => count(`select count(*) ${from}`, { readyIds: exclude() }),
      ids: (limit, offset) => ids(`select s.id ${from} order by s.last_name, s.first_name, s.id limit :limit offset :offset`, { readyIds: exclude(), limit, offset }),
    };
  };
  const zero =
    query.sort === 'readyCount'
      ? [none('')]
      : d === 'desc'
        ? [none('and s.reference_candidates > 0'), none('and s.reference_candidates = 0')]
        : [none('and s.reference_candidates = 0'), none('and s.reference_candidates > 0')];
  const segments = d === 'desc' ? [withReady, ...zero] : [...zero, withReady];
  const page: number[] = [];
  let skip = q.offset;
  for (const [index, segment] of segments.entries()) {
    const room = query.pageSize - page.length;
    if (room <= 0) break;
    const found = segment.ids(room, skip);
    if (found.length > 0 || skip === 0) {
      page.push(...found);
      skip = 0;
    } else if (index < segments.length - 1) {
      skip -= segment.count();
    }
  }
  return page;
}

function rowsInOrder(db: Db, ids: readonly number[]) {
  const rows = parseRows(
    pageRow,
    db.sqlite
      .prepare(`select ${pageColumns} from students s left join advisors a on a.id = s.advisor_id where s.id in (select value from json_each(:ids))`)
      .all({ ids: JSON.stringify(ids) }),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const pageRow = z.object({
  id: z.number(),
  externalId: z.string().nullable(),
  displayName: z.string(),
  schoolEmail: z.string().nullable(),
  program: z.string().nullable(),
  classYear: z.number().nullable(),
  cohort: z.string().nullable(),
  advisorName: z.string().nullable(),
  status: z.enum(studentStatuses),
  confidential: z.number().transform((v) => v === 1),
  updatedAt: z.string(),
});

const pageColumns = `s.id, s.external_id as externalId, coalesce(nullif(trim(s.preferred_name), ''), s.first_name) || ' ' || s.last_name as displayName,
  s.school_email as schoolEmail, s.program, s.class_year as classYear, s.cohort, a.name as advisorName, s.status,
  s.confidential, s.updated_at as updatedAt`;

export function listStudents(db: Db, query: StudentPageQuery, today: string, rules: ReadinessRules) {
  const { where, params, base } = selectStudents(db, query, today, rules);
  const total = z.number().parse(db.sqlite.prepare(`select count(*) from students s where ${where}`).pluck().get(params));
  const offset = (query.page - 1) * query.pageSize;
  const byReadiness = query.sort === 'readiness' || query.sort === 'readyCount';
  const rows = byReadiness
    ? rowsInOrder(db, readinessPageIds(db, { where, params, base, offset, query, today, rules }))
    : parseRows(
        pageRow,
        db.sqlite
          .prepare(
            `select ${pageColumns} from students s left join advisors a on a.id = s.advisor_id
             where ${where} order by ${orderBy(query.sort, query.direction)} limit :limit offset :offset`,
          )
          .all({ ...params, limit: query.pageSize, offset }),
      );
  const ids = rows.map((r) => r.id);
  const activity = activityOf(db, ids, today);
  const goals = goalCountsOf(db, ids, today);
  const readiness = new Map(summariesOf(db, ids, today, rules).map((r) => [r.studentId, r]));
  return {
    rows: rows.map((r) => ({
      ...r,
      ...(activity.get(r.id) ?? { lastActivityOn: null, staleConnections: 0 }),
      ...(goals.get(r.id) ?? { goalsMetThisTerm: 0, goalsActive: 0 }),
      readyReferences: readiness.get(r.id)?.readyReferences ?? 0,
      readinessLevel: readiness.get(r.id)?.level ?? 'not_started',
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

export function findStudentIdByExternalId(db: Db, externalId: string): number | undefined {
  return db.orm.select({ id: students.id }).from(students).where(eq(students.externalId, externalId)).get()?.id;
}
