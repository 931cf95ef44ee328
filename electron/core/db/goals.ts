import { z } from 'zod';
import { goalSchema, goalTemplateSchema } from '../../../shared/api/goals';
import { goalKinds, goalStatuses, type GoalKind } from '../../../shared/domain';
import type { Db } from './client';
import { movingGoals } from './goal-refresh';
import { officeToday } from './office-day';
import { parseRows } from './rows';

/** The interactions that count as a follow-up (goals and event outcomes alike), as an SQL list. */
export const followUpKindsSql = `('thank_you_note', 'thank_you_email', 'linkedin_connection')`;

// What each kind of goal counts. Questions asked and custom goals count only their manual adjustment.
const interactionKindsFor: Partial<Record<GoalKind, string>> = {
  people_met: `('conversation')`,
  new_people: `('conversation')`,
  informational_interviews: `('informational_interview')`,
  follow_ups_sent: followUpKindsSql,
};

/**
 * People met count people, not conversations: five conversations with one person (even through two connections
 * to the same contact) are one person met, on the day of the first of them in the window.
 */
const countsPeople: readonly GoalKind[] = ['people_met', 'new_people'];

/**
 * New people are people first met in the window: a contact the student already knew before it starts — a connection
 * known or recorded before, or any touchpoint with them before — does not count.
 */
const metBefore = `
  and not exists (select 1 from connections c0 where c0.student_id = w.student_id and c0.contact_id = c.contact_id
    and (coalesce(c0.since_on, c0.recorded_on) < w.start_on
      or exists (select 1 from interactions i0 where i0.connection_id = c0.id and i0.occurred_on < w.start_on)))`;

// A goal's window: its own dates, else its event's day until 48 hours after.
const windowed = `
  select g.*, coalesce(g.window_start_on, office_day(e.starts_at)) as start_on, coalesce(g.window_end_on, date(office_day(e.ends_at), '+2 days')) as end_on,
    e.title as event_title
  from goals g left join events e on e.id = g.event_id`;

/**
 * Every matching interaction or check-in inside each goal's window, numbered in date order. `cross join` keeps
 * SQLite going from the goals to their students' interactions (the connection/date index) even over every goal
 * of the office, instead of scanning every interaction of a kind.
 */
function rankedMatches(where: string): string {
  const interactionBranches = Object.entries(interactionKindsFor)
    .map(([kind, kinds]) => {
      const people = countsPeople.some((k) => k === kind);
      return `
      select w.id as goal_id, ${people ? 'min(i.occurred_on) as d, min(i.id) as n' : 'i.occurred_on as d, i.id as n'} from w
      cross join connections c on c.student_id = w.student_id cross join interactions i on i.connection_id = c.id
      where w.kind = '${kind}' and i.kind in ${kinds} and i.occurred_on between w.start_on and w.end_on${kind === 'new_people' ? metBefore : ''}${people ? ' group by w.id, c.contact_id' : ''}`;
    })
    .join(' union all ');
  return `
    w as (${windowed} where ${where}),
    matches as (
      ${interactionBranches}
      union all
      select w.id, office_day(a.checked_in_at), a.id from w join attendance a on a.student_id = w.student_id
      where w.kind = 'events_attended' and a.checked_in_at is not null and office_day(a.checked_in_at) between w.start_on and w.end_on
    ),
    ranked as (select goal_id, d, row_number() over (partition by goal_id order by d, n) as rn from matches),
    computed as (
      select w.id, min(w.target_count, 1000) as target, w.manual_adjustment + (select count(*) from ranked r where r.goal_id = w.id) as progress,
        case when w.manual_adjustment >= w.target_count then max(w.start_on, min(:today, w.end_on))
          else (select r.d from ranked r where r.goal_id = w.id and r.rn = w.target_count - w.manual_adjustment) end as reached_on
      from w
    )`;
}

const goalRow = goalSchema.extend({ kind: z.enum(goalKinds), status: z.enum(goalStatuses) });

export function goalsOf(db: Db, where: 'student' | 'goal', value: number, today: string) {
  const filter = where === 'student' ? 'g.student_id = :value' : 'g.id = :value';
  const rows = db.sqlite
    .prepare(
      `with ${rankedMatches(filter)}
       select w.id, w.student_id as studentId, w.kind, w.description, w.target_count as targetCount, w.window_start_on as windowStartOn,
         w.window_end_on as windowEndOn, w.event_id as eventId, w.event_title as eventTitle, w.template_id as templateId,
         w.manual_adjustment as manualAdjustment, c.progress,
         -- The status beside the progress is decided from that progress, as refreshGoals stores it: a card never
         -- shows a target reached and "not yet" at once, whatever the stored row says (rapport check reports that).
         case when w.status = 'dropped' then 'dropped' when ${goalStatusSql('w')} = 'met' then 'met'
              when w.end_on < :today then 'not_met_yet' else 'active' end as status,
         case when w.status <> 'dropped' then ${goalMetOnSql('w')} end as metOn, w.reflection, w.start_on as effectiveStartOn, w.end_on as effectiveEndOn, w.version
       from w join computed c on c.id = w.id
       order by case when w.status = 'dropped' then 1 else 0 end, w.end_on desc, w.id desc`,
    )
    .all({ value, today });
  return parseRows(goalRow, rows);
}

/**
 * What refreshGoals stores for a goal (`goal` is the stored row, `c` its computed progress): met once progress
 * reaches the target (dated the day it did, or the day already recorded), back to active if it no longer does.
 * `rapport check` compares the stored columns with these same expressions.
 */
export const goalStatusSql = (goal: string) => `case when c.progress >= c.target then 'met' when ${goal}.status = 'met' then 'active' else ${goal}.status end`;
export const goalMetOnSql = (goal: string) =>
  `case when c.progress >= c.target then coalesce(case when ${goal}.status = 'met' then ${goal}.met_on end, c.reached_on) else null end`;

/** The goals refreshGoals keeps (all but dropped ones), with `w` (the goal and its window) and `computed` (its progress). */
export const refreshedGoalsSql = (students: 'all' | 'listed') =>
  `with ${rankedMatches(`g.status <> 'dropped'${students === 'all' ? '' : ' and g.student_id in (select value from json_each(:ids))'}`)}`;

/**
 * Brings stored status and met-date in line with the records for these students' goals (or every goal: one
 * statement, for bulk loads). Run by goal-refresh.ts at the end of every transaction whose writes can move
 * progress (the write functions here and in interactions, attendance, events, contacts, settings say so).
 * `changedAt` stamps the goals it changes (now; the demo uses its own clock so a seed gives the same office).
 */
export function refreshGoals(db: Db, studentIds: readonly number[] | 'all', today: string = officeToday(db), changedAt?: string): void {
  if (studentIds !== 'all' && studentIds.length === 0) return;
  db.sqlite
    .prepare(
      `${refreshedGoalsSql(studentIds === 'all' ? 'all' : 'listed')}
       update goals set
         status = ${goalStatusSql('goals')},
         met_on = ${goalMetOnSql('goals')},
         updated_at = case when (c.progress >= c.target) <> (goals.status = 'met') then coalesce(:changedAt, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) else goals.updated_at end
       from computed c where goals.id = c.id`,
    )
    .run({ ...(studentIds === 'all' ? {} : { ids: JSON.stringify(studentIds) }), today, changedAt: changedAt ?? null });
  refreshGoalSummaries(db, studentIds);
}

/**
 * The dashboards' per-student goal summary (latest met day, last day an active goal runs) of `students`, as
 * refreshGoalSummaries stores it and `rapport check` recomputes it.
 * `indexed by`: before the planner has statistics (a fresh bulk load), max(met_on) tempts it into the
 * (status, met_on) index, which walks every met goal in the office once per student.
 */
export const goalSummarySql = {
  lastMetOn: `(select max(g.met_on) from goals g indexed by goals_student_idx where g.student_id = students.id and g.status = 'met')`,
  activeUntil: `(select max(coalesce(g.window_end_on, (select date(office_day(e.ends_at), '+2 days') from events e where e.id = g.event_id)))
    from goals g indexed by goals_student_idx where g.student_id = students.id and g.status = 'active')`,
};

/** Stores the per-student goal summary for these students or all. */
export function refreshGoalSummaries(db: Db, studentIds: readonly number[] | 'all'): void {
  const where = studentIds === 'all' ? '' : 'where id in (select value from json_each(:ids))';
  db.sqlite
    .prepare(`update students set goal_last_met_on = ${goalSummarySql.lastMetOn}, goal_active_until = ${goalSummarySql.activeUntil} ${where}`)
    .run(studentIds === 'all' ? {} : { ids: JSON.stringify(studentIds) });
}

export interface GoalValues {
  studentId: number;
  kind: GoalKind;
  description: string;
  targetCount: number;
  windowStartOn: string | null;
  windowEndOn: string | null;
  eventId: number | null;
  templateId: number | null;
  manualAdjustment: number;
  reflection: string | null;
}

export function insertGoal(db: Db, v: GoalValues): number {
  return movingGoals(db, { students: [v.studentId] }, () => {
    return Number(
      db.sqlite
        .prepare(
          `insert into goals (student_id, kind, description, target_count, window_start_on, window_end_on, event_id, template_id, manual_adjustment, reflection, status)
           values (:studentId, :kind, :description, :targetCount, :windowStartOn, :windowEndOn, :eventId, :templateId, :manualAdjustment, :reflection, 'active')`,
        )
        .run(v).lastInsertRowid,
    );
  });
}

export function updateGoal(db: Db, id: number, v: GoalValues): void {
  return movingGoals(db, { students: [v.studentId] }, () => {
    db.sqlite
      .prepare(
        `update goals set kind = :kind, description = :description, target_count = :targetCount, window_start_on = :windowStartOn,
           window_end_on = :windowEndOn, event_id = :eventId, template_id = :templateId, manual_adjustment = :manualAdjustment,
           reflection = :reflection, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
      )
      .run({ ...v, id });
  });
}

function studentOfGoal(db: Db, id: number): number[] {
  return z.array(z.number()).parse(db.sqlite.prepare('select student_id from goals where id = ?').pluck().all(id));
}

export function setGoalDropped(db: Db, id: number, dropped: boolean): void {
  return movingGoals(db, { students: studentOfGoal(db, id) }, () => {
    db.sqlite
      .prepare(
        `update goals set status = case when :dropped then 'dropped' else 'active' end, met_on = null, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id`,
      )
      .run({ id, dropped: dropped ? 1 : 0 });
  });
}

export function deleteGoal(db: Db, id: number): void {
  return movingGoals(db, { students: studentOfGoal(db, id) }, () => {
    db.sqlite.prepare('delete from goals where id = ?').run(id);
  });
}

export function goalOwner(db: Db, id: number) {
  return z
    .object({ studentId: z.number(), eventId: z.number().nullable(), targetCount: z.number() })
    .optional()
    .parse(db.sqlite.prepare('select student_id as studentId, event_id as eventId, target_count as targetCount from goals where id = ?').get(id));
}

export function listTemplates(db: Db) {
  return parseRows(
    goalTemplateSchema,
    db.sqlite.prepare('select id, rung, title, kind, target_count as targetCount, description from goal_templates order by rung').all(),
  );
}

/** Replaces the ladder in the given order; rungs left out are removed (goals keep their text). */
export function saveTemplates(
  db: Db,
  templates: readonly {
    id?: number | null;
    title: string;
    kind: GoalKind;
    targetCount: number;
    description: string | null;
  }[],
): void {
  const keep = templates.flatMap((t) => (t.id ? [t.id] : []));
  db.sqlite.prepare('delete from goal_templates where id not in (select value from json_each(?))').run(JSON.stringify(keep));
  // Rungs are unique: move them out of the way before renumbering.
  db.sqlite.prepare('update goal_templates set rung = -rung').run();
  const update = db.sqlite.prepare(
    "update goal_templates set rung = :rung, title = :title, kind = :kind, target_count = :targetCount, description = :description, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = :id",
  );
  const insert = db.sqlite.prepare(
    'insert into goal_templates (rung, title, kind, target_count, description) values (:rung, :title, :kind, :targetCount, :description)',
  );
  templates.forEach((t, index) => {
    const values = {
      rung: index + 1,
      title: t.title,
      kind: t.kind,
      targetCount: t.targetCount,
      description: t.description,
    };
    if (t.id) update.run({ ...values, id: t.id });
    else insert.run(values);
  });
}

/** The rung of the student's most recently met ladder goal, if any. */
export function lastMetRung(db: Db, studentId: number): number | null {
  const rung = db.sqlite
    .prepare(
      `select t.rung from goals g join goal_templates t on t.id = g.template_id
       where g.student_id = ? and g.status = 'met' order by g.met_on desc, g.id desc limit 1`,
    )
    .pluck()
    .get(studentId);
  return typeof rung === 'number' ? rung : null;
}

/**
 * A goal reported met on a given day (for what cannot be logged; its manual adjustment already reaches the
 * target). Stored as met on that day, which the refresh at the end of the transaction keeps (it never redates a
 * met goal), together with the student's summary.
 */
export function setMetOn(db: Db, id: number, metOn: string): void {
  return movingGoals(db, { students: studentOfGoal(db, id) }, () => {
    db.sqlite.prepare(`update goals set status = 'met', met_on = :metOn where id = :id and status <> 'dropped'`).run({ id, metOn });
  });
}

/** Active goals of the same kind whose windows overlap [from, to]: they would count the same things twice. */
export function overlappingGoals(db: Db, q: { studentId: number; kind: GoalKind; from: string; to: string; exceptId: number | null }) {
  return parseRows(
    z.object({ id: z.number(), description: z.string(), windowStartOn: z.string(), windowEndOn: z.string() }),
    db.sqlite
      .prepare(
        `select id, description, window_start_on as windowStartOn, window_end_on as windowEndOn from goals
         where student_id = :studentId and kind = :kind and status = 'active' and id <> :exceptId and kind not in ('custom')
           and window_start_on is not null and window_end_on is not null and window_start_on <= :to and window_end_on >= :from
         limit 1`,
      )
      .all({ ...q, exceptId: q.exceptId ?? -1 }),
  );
}

/** The student's goal for an event with this description (the buddy challenge), if given already. */
export function eventGoalNamed(db: Db, studentId: number, eventId: number, description: string): number | undefined {
  return z
    .number()
    .optional()
    .parse(
      db.sqlite.prepare('select id from goals where student_id = ? and event_id = ? and description = ? limit 1').pluck().get(studentId, eventId, description),
    );
}

export function studentsWithEventGoals(db: Db, eventId: number): number[] {
  return z.array(z.number()).parse(db.sqlite.prepare('select distinct student_id from goals where event_id = ?').pluck().all(eventId));
}
