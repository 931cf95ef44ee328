import { z } from 'zod';
import {
  contactMethods,
  placementKinds,
  readinessItems,
  readinessLevels,
  readinessStatuses,
  referenceStatuses,
  relationshipKinds,
  strongReferenceRelationships,
  weakReferenceRelationships,
  type ReadinessItem,
} from '../../../shared/domain';
import type { ReadinessRules } from '../../../shared/api/readiness';
import type { Db } from './client';
import { parseRows } from './rows';

// Reference readiness, computed in SQL from the records. The facts come from the reference_facts view
// (migration 0008), which the checklist reads live; the triggers keep each agreed connection's ready
// window (ready_from..ready_until, dates) from the same view, so lists can count ready references
// without re-deriving them. Nothing stores a status: "ready" is always the window compared with :today.

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const candidateSql = quoted([...strongReferenceRelationships, ...weakReferenceRelationships]);

/** A connection that could become a reference: an eligible relationship that has not declined. */
export const candidateScopeSql = `c.relationship in (${candidateSql}) and c.reference_status <> 'declined'`;

/** Each checklist item as a SQL condition over f = reference_facts and :today. */
export const readinessItemSql: Record<ReadinessItem, string> = {
  eligible: `f.candidate`,
  knownLongEnough: `coalesce(f.known_enough_on <= :today, 0)`,
  thanked: `f.thanked`,
  detailsShared: `f.details_shared`,
  inTouch: `coalesce(f.in_touch_until >= :today, 0)`,
  contactCurrent: `coalesce(f.contact_on_file and f.verified_until >= :today, 0)`,
  permission: `f.permission`,
  resumeShared: `f.resume_shared`,
};

/** A ready reference today, from the window the triggers keep (alias c = connections). */
export const readyReferenceSql = `c.ready_from <= :today and c.ready_until >= :today`;

export function ruleParams(today: string, rules: ReadinessRules) {
  return { today, target: rules.targetReferences };
}

/** Ready references per student, for the students a SQL condition on `s` selects (only those with at least one). */
export function readyCountsSql(studentCondition: string): string {
  // The ready-window index finds the ready rows directly, so the plan must start there: `cross join`
  // keeps connections as the outer loop, and `+c.student_id` stops grouping from choosing the per-student index.
  if (studentCondition === '1') {
    return `select c.student_id, count(*) as ready from connections c where ${readyReferenceSql} group by +c.student_id`;
  }
  return `select c.student_id, count(*) as ready from connections c cross join students s on s.id = c.student_id
    where ${readyReferenceSql} and ${studentCondition}
    group by +c.student_id`;
}

/** The student's level given the ready count: ready at the target, building with any candidate, else not started. */
export function levelSql(readyExpr: string): string {
  return `case when ${readyExpr} >= :target then 'ready' when s.reference_candidates > 0 then 'building' else 'not_started' end`;
}

const candidateRow = z.object({
  connectionId: z.number(),
  studentId: z.number(),
  contactId: z.number(),
  contactFirstName: z.string(),
  studentFirstName: z.string(),
  studentLastName: z.string(),
  contactName: z.string(),
  contactTitle: z.string().nullable(),
  contactDepartment: z.string().nullable(),
  employerName: z.string().nullable(),
  relationship: z.enum(relationshipKinds),
  context: z.string().nullable(),
  referenceStatus: z.enum(referenceStatuses),
  referenceStatusOn: z.string().nullable(),
  resumeSharedOn: z.string().nullable(),
  knownSinceOn: z.string().nullable(),
  knownEnoughOn: z.string().nullable(),
  placementRole: z.string().nullable(),
  placementEmployer: z.string().nullable(),
  placementKind: z.enum(placementKinds).nullable(),
  placementStartOn: z.string().nullable(),
  placementEndOn: z.string().nullable(),
  thankFromOn: z.string().nullable(),
  lastThankedOn: z.string().nullable(),
  lastTouchOn: z.string().nullable(),
  daysSinceTouch: z.number(),
  maxDays: z.number(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredMethod: z.enum(contactMethods).nullable(),
  verifiedOn: z.string().nullable(),
  strong: z.number(),
  eligible: z.number(),
  knownLongEnough: z.number(),
  thanked: z.number(),
  detailsShared: z.number(),
  inTouch: z.number(),
  contactCurrent: z.number(),
  permission: z.number(),
  resumeShared: z.number(),
  status: z.enum(readinessStatuses),
  points: z.number(),
  relevance: z.number(),
});
export type CandidateRow = z.infer<typeof candidateRow>;

function weightParams(rules: ReadinessRules) {
  const total = readinessItems.reduce((sum, item) => sum + rules.weights[item], 0);
  return Object.fromEntries([...readinessItems.map((item) => [`w_${item}`, rules.weights[item]]), ['wTotal', total]]);
}

/** A weak (informational-interview) reference earns half the eligibility weight. */
const pointsSql = `cast(round(100.0 * (
    :w_eligible * (case when strong then 1.0 else 0.5 end) + :w_knownLongEnough * knownLongEnough + :w_thanked * thanked
    + :w_detailsShared * detailsShared + :w_inTouch * inTouch + :w_contactCurrent * contactCurrent
    + :w_permission * permission + :w_resumeShared * resumeShared) / :wTotal) as integer)`;

const statusSql = `case
    when knownLongEnough and thanked and detailsShared and inTouch and contactCurrent and permission and resumeShared then 'ready'
    when knownLongEnough and thanked and detailsShared and contactCurrent and permission and resumeShared then 'stale'
    when 7 - (knownLongEnough + thanked + detailsShared + inTouch + contactCurrent + permission + resumeShared) <= 2 then 'almost'
    else 'not_yet' end`;

const strengthOrderSql = `case relationship when 'supervisor' then 0 when 'mentor' then 1 when 'faculty' then 2
    when 'hiring_committee' then 3 when 'coworker' then 4 else 5 end`;

/** The candidates of the students in :ids, each with its checklist, status and points. */
function scoredCandidatesCte(studentIdsSql = 'select value from json_each(:ids)'): string {
  const itemColumns = readinessItems.map((item) => `${readinessItemSql[item]} as ${item}`).join(',\n');
  return `with facts as (
      select c.id as connectionId, c.student_id as studentId, c.contact_id as contactId, ct.first_name as contactFirstName,
        coalesce(nullif(trim(st.preferred_name), ''), st.first_name) as studentFirstName, st.last_name as studentLastName,
        ct.first_name || ' ' || ct.last_name as contactName, ct.title as contactTitle, ct.department as contactDepartment, e.name as employerName,
        c.relationship, c.context, c.reference_status as referenceStatus, c.reference_status_on as referenceStatusOn,
        c.resume_shared_on as resumeSharedOn, f.known_since as knownSinceOn, f.known_enough_on as knownEnoughOn,
        p.role as placementRole, pe.name as placementEmployer, p.kind as placementKind, p.start_on as placementStartOn, p.end_on as placementEndOn, f.thank_from as thankFromOn,
        f.last_thanked_on as lastThankedOn, f.last_touch as lastTouchOn,
        cast(julianday(:today) - julianday(f.last_touch) as integer) as daysSinceTouch, w.max_days as maxDays,
        ct.email, ct.phone, ct.preferred_method as preferredMethod, ct.verified_on as verifiedOn, f.strong,
        ${itemColumns}
      from connections c
      join reference_facts f on f.connection_id = c.id
      join contacts ct on ct.id = c.contact_id
      join keep_in_touch_windows w on w.relationship = c.relationship
      join students st on st.id = c.student_id
      left join placements p on p.id = c.placement_id
      left join employers e on e.id = ct.employer_id
      left join employers pe on pe.id = p.employer_id
      where c.student_id in (${studentIdsSql}) and ${candidateScopeSql}
    ),
    scored as (select *, ${statusSql} as status, ${pointsSql} as points from facts)`;
}

function params(studentIds: readonly number[], today: string, rules: ReadinessRules) {
  return { ids: JSON.stringify(studentIds), ...ruleParams(today, rules), ...weightParams(rules) };
}

/**
 * Every candidate reference of the given students with its checklist, status and points,
 * most relevant first within each student: readiness, relationship strength, then recency.
 */
export function candidatesOf(db: Db, studentIds: readonly number[], today: string, rules: ReadinessRules): CandidateRow[] {
  const rows = db.sqlite
    .prepare(
      `${scoredCandidatesCte()}
      select *, row_number() over (partition by studentId order by
          case status when 'ready' then 0 when 'stale' then 1 when 'almost' then 2 else 3 end,
          ${strengthOrderSql}, lastTouchOn desc, connectionId) as relevance
      from scored
      order by studentId, relevance`,
    )
    .all(params(studentIds, today, rules));
  return parseRows(candidateRow, rows);
}

const summaryRow = z.object({
  studentId: z.number(),
  readyReferences: z.number(),
  candidates: z.number(),
  score: z.number(),
  level: z.enum(readinessLevels),
});
export type ReadinessSummary = z.infer<typeof summaryRow>;

/**
 * Per student: ready references, candidates, the level, and the 0–100 score — the average of the
 * best `target` candidates' points, a missing candidate counting 0.
 */
export function summariesOf(db: Db, studentIds: readonly number[], today: string, rules: ReadinessRules): ReadinessSummary[] {
  const rows = db.sqlite
    .prepare(
      `${scoredCandidatesCte()},
      ranked as (select studentId, status, points, row_number() over (partition by studentId order by points desc, connectionId) as byPoints from scored),
      totals as (
        select j.value as studentId, coalesce(sum(r.status = 'ready'), 0) as readyReferences, count(r.studentId) as candidates,
          cast(round(coalesce(sum(case when r.byPoints <= :target then r.points end), 0) * 1.0 / :target) as integer) as score
        from json_each(:ids) j left join ranked r on r.studentId = j.value
        group by j.value
      )
      select *, case when readyReferences >= :target then 'ready' when candidates > 0 then 'building' else 'not_started' end as level
      from totals`,
    )
    .all(params(studentIds, today, rules));
  return parseRows(summaryRow, rows);
}

/**
 * Students one action away from the target: one reference short, with a candidate missing exactly
 * one item that the student can do now (waiting for time to pass is not an action). The students who
 * are one short are checked a batch at a time until the list is full, so a large office does not run
 * the checklist for all of them; the list shows the most recently touched of those found first.
 */
/**
 * The selected students at the target or one reference short of it, with their ready count: the few the
 * dashboard needs by name, found once from the ready-window index.
 */
export function nearTarget(db: Db, where: string, whereParams: Record<string, unknown>, today: string, rules: ReadinessRules) {
  return parseRows(
    z.object({ studentId: z.number(), ready: z.number() }),
    db.sqlite
      .prepare(`select student_id as studentId, ready from (${readyCountsSql(where)}) where ready >= :target - 1 order by student_id`)
      .all({ ...whereParams, ...ruleParams(today, rules) }),
  );
}

/** Students one action away from the target, with that action; `shortByOne` when the caller has them (nearTarget). */
export function closestToReady(
  db: Db,
  where: string,
  whereParams: Record<string, unknown>,
  today: string,
  rules: ReadinessRules,
  limit: number,
  shortByOne?: readonly number[],
) {
  const query =
    rules.targetReferences > 1
      ? `select s.id from students s join (${readyCountsSql(where)}) r on r.student_id = s.id where r.ready = :target - 1`
      : `select s.id from students s left join (${readyCountsSql(where)}) r on r.student_id = s.id where ${where} and r.ready is null`;
  // With a target of one, "one short" is everyone without a ready reference: not a list the caller holds.
  const ordered =
    shortByOne !== undefined && rules.targetReferences > 1
      ? shortByOne
      : z.array(z.number()).parse(
          db.sqlite
            .prepare(`${query} order by s.id`)
            .pluck()
            .all({ ...whereParams, ...ruleParams(today, rules) }),
        );
  const missing = readinessItems
    .filter((item) => item !== 'eligible')
    .map((item) => `(1 - ${item})`)
    .join(' + ');
  const statement = db.sqlite.prepare(
    `${scoredCandidatesCte()},
    one as (
      select *, row_number() over (partition by studentId order by ${strengthOrderSql}, lastTouchOn desc, connectionId) as pick
      from scored where ${missing} = 1 and knownLongEnough = 1
    )
    select *, 1 as relevance from one where pick = 1`,
  );
  const found: CandidateRow[] = [];
  const batch = 100;
  for (let start = 0; start < ordered.length && found.length < limit; start += batch) {
    const ids = ordered.slice(start, start + batch);
    found.push(...parseRows(candidateRow, statement.all(params(ids, today, rules))));
  }
  const recent = (row: CandidateRow) => row.lastTouchOn ?? '';
  return found.sort((a, b) => recent(b).localeCompare(recent(a)) || a.studentId - b.studentId).slice(0, limit);
}

/** Connections of a student that can never be references, or declined: shown as a count beside the candidates. */
export function notEligibleCount(db: Db, studentId: number): number {
  return z.number().parse(db.sqlite.prepare(`select count(*) from connections c where c.student_id = ? and not (${candidateScopeSql})`).pluck().get(studentId));
}

const groupRow = z.object({
  cohort: z.string().nullable(),
  program: z.string().nullable(),
  classYear: z.number().nullable(),
  students: z.number(),
  candidates: z.number(),
  ready: z.number(),
});
export type ReadinessGroup = z.infer<typeof groupRow>;

/**
 * The selected students grouped by cohort, program and class year: how many, how many have a reference
 * candidate, how many are at the target (`atTarget`, from nearTarget). One pass on the dashboard's covering
 * index (already in group order), then the few at the target by id: the dashboard folds the groups into levels
 * and shares.
 */
export function readinessGroups(db: Db, where: string, whereParams: Record<string, unknown>, atTarget: readonly number[]): ReadinessGroup[] {
  const rows = db.sqlite
    .prepare(
      `with everyone as (
         select s.cohort, s.program, s.class_year, count(*) as students, sum(s.reference_candidates > 0) as candidates
         from students s where ${where} group by s.cohort, s.program, s.class_year),
       at_target as (
         select s.cohort, s.program, s.class_year, count(*) as ready
         from students s where s.id in (select value from json_each(:atTarget))
         group by s.cohort, s.program, s.class_year)
       select e.cohort, e.program, e.class_year as classYear, e.students, e.candidates, coalesce(t.ready, 0) as ready
       from everyone e left join at_target t on t.cohort is e.cohort and t.program is e.program and t.class_year is e.class_year`,
    )
    .all({ ...whereParams, atTarget: JSON.stringify(atTarget) });
  return parseRows(groupRow, rows);
}
