import { z } from 'zod';
import type { ReadinessRules } from '../../../shared/api/readiness';
import type { StudentSortColumn } from '../../../shared/api/students';
import type { Db } from './client';
import { readyCountsSql, ruleParams } from './readiness';
import { pageAcrossSegments, type Segment } from './segments';
import { staleCountsSql, staleStudentIdsSql } from './stale-connections';
import { readyStudents, type StudentPageQuery, type StudentSql } from './students';

// How each sort of the students table finds one page of ids. Plain columns are one ORDER BY that an index
// can walk; readiness and losing touch are counts no column holds, so their order is read in segments
// (the few students with a count, ordered by it, then everyone else by name) instead of sorting the office.

export interface StudentPageSelection extends StudentSql {
  /** The selection without the readiness condition (readiness segments apply their own). */
  base: StudentSql;
}

type Direction = 'asc' | 'desc';
// Names sort by their key (shared/name-order.ts), so Öztürk files under O, not after Zimmerman.
const byName = 's.name_key, s.id';
const nameIndex = 'students_name_key_idx';

/**
 * Orders over stored columns. Every order ends with the id so paging is stable when values tie. A date that
 * never happened (no activity, no goal met) sorts as the oldest: first ascending, last descending — SQLite's
 * own NULL order, which lets the date index serve both directions.
 */
function columnOrder(sort: Exclude<StudentSortColumn, 'readiness' | 'readyCount' | 'losingTouch'>, d: Direction): string {
  switch (sort) {
    case 'name':
      return `s.name_key ${d}, s.id ${d}`;
    case 'externalId':
      return `s.external_id ${d}, s.id ${d}`;
    case 'program':
      return `s.program ${d}, s.name_key ${d}, s.id ${d}`;
    case 'classYear':
      return `s.class_year ${d}, s.name_key ${d}, s.id ${d}`;
    case 'cohort':
      return `s.cohort ${d}, s.name_key ${d}, s.id ${d}`;
    case 'advisor':
      return `a.name ${d}, s.name_key ${d}, s.id ${d}`;
    case 'status':
      return `s.status ${d}, s.name_key ${d}, s.id ${d}`;
    case 'updatedAt':
      return `s.updated_at ${d}, s.id ${d}`;
    case 'lastActivity':
      return `s.last_activity_on ${d}, s.id ${d}`;
    case 'goals':
      return `s.goal_last_met_on ${d}, s.id ${d}`;
  }
}

interface OrderContext {
  db: Db;
  selection: StudentPageSelection;
  query: StudentPageQuery;
  today: string;
  rules: ReadinessRules;
  /** How many students the selection holds (the page has counted them already). */
  total: number;
}

/** The index each column order starts with. */
const orderIndexes: Partial<Record<StudentSortColumn, string>> = {
  name: nameIndex,
  externalId: 'students_external_id_unique',
  program: 'students_program_idx',
  classYear: 'students_class_year_idx',
  cohort: 'students_cohort_idx',
  status: 'students_status_idx',
  updatedAt: 'students_updated_at_idx',
  lastActivity: 'students_last_activity_idx',
  goals: 'students_goal_last_met_idx',
};

/**
 * Whether to walk the order's index until the page is full rather than let SQLite collect the selection
 * through a filter's index and sort it. Walking reads about (offset + page) × office ÷ selected rows, sorting
 * about the selected rows with a sorter on top; SQLite's statistics cannot tell how many students "active" or
 * an id list selects, so the choice is made from the count the page has already taken.
 */
function walksOrderIndex(db: Db, selected: number, offset: number, limit: number): boolean {
  if (selected === 0) return false;
  const office = z.number().parse(db.sqlite.prepare('select count(*) from students').pluck().get());
  return (offset + limit) * office <= 2 * selected * selected;
}

/** The `indexed by` clause that makes SQLite walk `index` for this page, or nothing to leave it the choice. */
function walkClause(db: Db, index: string | undefined, selected: number, offset: number, limit: number): string {
  return index !== undefined && walksOrderIndex(db, selected, offset, limit) ? `indexed by ${index}` : '';
}

function reader(db: Db, params: Record<string, unknown>) {
  return {
    ids: (sqlText: string, extra: Record<string, unknown>) =>
      z.array(z.number()).parse(
        db.sqlite
          .prepare(sqlText)
          .pluck()
          .all({ ...params, ...extra }),
      ),
    count: (sqlText: string, extra: Record<string, unknown> = {}) =>
      z.number().parse(
        db.sqlite
          .prepare(sqlText)
          .pluck()
          .get({ ...params, ...extra }),
      ),
  };
}

type Reader = ReturnType<typeof reader>;

/**
 * The students one `from … where …` draws, counted and paged in `order`. `from` gets the walk clause chosen for a
 * page (`walk`, none by default); `extra` gives parameters the query needs beyond the reader's.
 */
function segmentOf(
  read: Reader,
  from: (walk: string) => string,
  order: string,
  walk: (offset: number, limit: number) => string = () => '',
  extra: () => Record<string, unknown> = () => ({}),
): Segment {
  return {
    count: () => read.count(`select count(*) ${from('')}`, extra()),
    ids: (limit, offset) => read.ids(`select s.id ${from(walk(offset, limit))} order by ${order} limit :limit offset :offset`, { ...extra(), limit, offset }),
  };
}

/**
 * By readiness: students with ready references (ordered by their count, then name), then those with none —
 * by readiness level, building before not started (reversed ascending), each by name on the name index.
 */
function readinessSegments({ db, selection, query, today, rules, total }: OrderContext): Segment[] {
  const { where, base } = selection;
  const d = query.direction;
  const read = reader(db, { ...selection.params, ...ruleParams(today, rules) });
  const withReadyFrom = `from students s join (${readyCountsSql(base.where)}) k on k.student_id = s.id where ${where}`;
  const withReady = segmentOf(read, () => withReadyFrom, `k.ready ${d}, ${byName}`);
  // Students without ready references: everyone else, found by excluding the (few) ready ones by id.
  let readyIds: string | undefined;
  const exclude = () => (readyIds ??= JSON.stringify(readyStudents(db, base.where, base.params, today, rules, false)));
  // Most of the selection has no ready reference, so its size stands in for these segments' when choosing a walk.
  const none = (candidates: string): Segment => {
    const from = (walk: string) => `from students s ${walk} where ${where} ${candidates} and s.id not in (select value from json_each(:readyIds))`;
    return segmentOf(
      read,
      from,
      byName,
      (offset, limit) => walkClause(db, nameIndex, total, offset, limit),
      () => ({ readyIds: exclude() }),
    );
  };
  // "Ready" selects only students at the target, all of them in the first segment.
  if (query.readiness === 'ready') return [withReady];
  const zero =
    query.sort === 'readyCount'
      ? [none('')]
      : d === 'desc'
        ? [none('and s.reference_candidates > 0'), none('and s.reference_candidates = 0')]
        : [none('and s.reference_candidates = 0'), none('and s.reference_candidates > 0')];
  return d === 'desc' ? [withReady, ...zero] : [...zero, withReady];
}

/**
 * By losing touch: students with stale connections ordered by how many (most first descending, fewest first
 * ascending), then name; the others by name — after them descending, before them ascending. The stale
 * counts come from the keep-in-touch index (a range per relationship), never from every connection.
 */
function losingTouchSegments({ db, selection, query, today, total }: OrderContext): Segment[] {
  const d = query.direction;
  const read = reader(db, { ...selection.params, today });
  // Joined to the stale counts, a student is losing touch already: the filter's own test would only repeat it.
  const staleFrom = `from (${staleCountsSql}) k cross join students s on s.id = k.student_id where ${selection.exceptLosingTouch}`;
  const stale = segmentOf(read, () => staleFrom, `k.stale ${d}, ${byName}`);
  // Filtered to students losing touch, there is no one else to list.
  if (query.losingTouch === true) return [stale];
  // Most students are not losing touch, so the selection's size stands in for this segment's when choosing a walk.
  const restFrom = (walk: string) => `from students s ${walk} where ${selection.where} and s.id not in (${staleStudentIdsSql})`;
  const rest = segmentOf(read, restFrom, byName, (offset, limit) => walkClause(db, nameIndex, total, offset, limit));
  return d === 'desc' ? [stale, rest] : [rest, stale];
}

/** The ids of one page of students in the query's order. */
export function studentPageIds(context: OrderContext, offset: number): number[] {
  const { db, selection, query } = context;
  const sort = query.sort;
  if (sort === 'readiness' || sort === 'readyCount') return pageAcrossSegments(readinessSegments(context), offset, query.pageSize);
  if (sort === 'losingTouch') return pageAcrossSegments(losingTouchSegments(context), offset, query.pageSize);
  // Only the advisor order needs the advisor's name; the page's other columns are read for its 50 ids.
  const join = sort === 'advisor' ? 'left join advisors a on a.id = s.advisor_id' : '';
  const walk = walkClause(db, orderIndexes[sort], context.total, offset, query.pageSize);
  return reader(db, selection.params).ids(
    `select s.id from students s ${walk} ${join} where ${selection.where} order by ${columnOrder(sort, query.direction)} limit :limit offset :offset`,
    { limit: query.pageSize, offset },
  );
}
