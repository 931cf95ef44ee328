import { z } from 'zod';
import { myDaySchema } from '../../../shared/api/my-day';
import { wrapUpItems } from '../../../shared/domain';
import type { Db } from './client';
import { followUpKindsSql } from './goals';
import { parseRows } from './rows';
import { andVisible } from './visible-students';

// My day's lists that no other screen already answers: follow-ups owed after events, goals ending this week,
// references to ask or confirm, and what was done this week. Each is one advisor's active students (alias `s`,
// inside what the caller may see), counted and cut to `limit` rows in SQL.

export interface Caseload {
  advisorId: number;
  today: string;
  limit: number;
}

// The row of each list as the contract has it.
const followUpRow = myDaySchema.shape.followUps.shape.rows.element;
const goalRow = myDaySchema.shape.goalsEnding.shape.rows.element;
const referenceRow = myDaySchema.shape.references.shape.rows.element;
/** Who a connection row joins (aliases c, s, ct), as the rows name them. */
const connectionParty = `c.id as connectionId, s.id as studentId, s.display_name as studentName, ct.first_name || ' ' || ct.last_name as contactName`;

function caseloadWhere(db: Db): string {
  return `s.advisor_id = :advisorId and s.status = 'active'${andVisible(db)}`;
}

/** Runs `select <columns> <from> order by … limit` and `select count(*) <from>` with the same parameters. */
function capped<Row extends z.ZodType>(db: Db, row: Row, columns: string, from: string, order: string, params: Record<string, unknown>, limit: number) {
  const total = z.number().parse(db.sqlite.prepare(`select count(*) ${from}`).pluck().get(params));
  const rows = parseRows(row, db.sqlite.prepare(`select ${columns} ${from} order by ${order} limit :limit`).all({ ...params, limit }));
  return { total, rows };
}

/**
 * People met at an event (a conversation logged on the event) in the last 14 days, with no thank-you or LinkedIn
 * connection since: the follow-up the event funnel counts (attendance.followed_up_on) is still owed.
 */
export function followUpsOwed(db: Db, q: Caseload) {
  // From the advisor's students outwards (cross join fixes the order): a few hundred students' connections are far
  // fewer rows than the whole office's conversations of the last two weeks.
  const from = `from students s
    cross join connections c on c.student_id = s.id
    cross join interactions i on i.connection_id = c.id
    join contacts ct on ct.id = c.contact_id
    join events ev on ev.id = i.event_id
    where i.kind = 'conversation' and i.event_id is not null and i.occurred_on between date(:today, '-14 days') and :today
      and ${caseloadWhere(db)}
      and not exists (select 1 from interactions f where f.connection_id = c.id and f.kind in ${followUpKindsSql} and f.occurred_on >= i.occurred_on)`;
  return capped(
    db,
    followUpRow,
    `${connectionParty}, ev.id as eventId, ev.title as eventTitle, i.occurred_on as metOn`,
    from,
    'i.occurred_on, i.id',
    { advisorId: q.advisorId, today: q.today },
    q.limit,
  );
}

/** Active goals whose window ends today or within the next 7 days, soonest first. */
export function goalsEnding(db: Db, q: Caseload) {
  const from = `from goals g join students s on s.id = g.student_id
    where g.status = 'active' and g.window_end_on between :today and date(:today, '+7 days') and ${caseloadWhere(db)}`;
  return capped(
    db,
    goalRow,
    `g.id as goalId, s.id as studentId, s.display_name as studentName, g.description, g.target_count as targetCount, g.window_end_on as endsOn`,
    from,
    'g.window_end_on, g.id',
    { advisorId: q.advisorId, today: q.today },
    q.limit,
  );
}

/**
 * References to confirm — asked, no answer recorded — then references to ask: a strong candidate not asked yet whom
 * the student has thanked, is in touch with and has known long enough (reference_facts, migration 0008).
 */
export function referencesToAskOrConfirm(db: Db, q: Caseload) {
  const from = `from connections c
    join reference_facts f on f.connection_id = c.id
    join students s on s.id = c.student_id
    join contacts ct on ct.id = c.contact_id
    where f.candidate and ${caseloadWhere(db)}
      and (c.reference_status = 'asked'
        or (c.reference_status = 'not_asked' and f.strong and f.thanked and f.in_touch_until >= :today and f.known_enough_on <= :today))`;
  return capped(
    db,
    referenceRow,
    `${connectionParty},
      c.relationship, c.reference_status as referenceStatus, case when c.reference_status = 'asked' then c.reference_status_on end as askedOn`,
    from,
    `c.reference_status = 'asked' desc, c.reference_status_on, s.display_name, c.id`,
    { advisorId: q.advisorId, today: q.today },
    q.limit,
  );
}

/** What the advisor's caseload got done in the last 7 days (today included), for the lists' empty states. */
export function doneThisWeek(db: Db, q: Omit<Caseload, 'limit'>) {
  const inWeek = (column: string) => `${column} between date(:today, '-6 days') and :today`;
  const wrapUpKinds = `(${wrapUpItems.map((item) => `'${item}'`).join(', ')})`;
  const params = { advisorId: q.advisorId, today: q.today };
  // One pass over the week's touchpoints counts all three kinds of them.
  const touchpoints = db.sqlite
    .prepare(
      `select coalesce(sum(i.kind in ${wrapUpKinds}), 0) as wrapUpMessages, count(*) as touches, coalesce(sum(i.kind in ${followUpKindsSql}), 0) as followUps
         from students s join connections c on c.student_id = s.id join interactions i on i.connection_id = c.id
         where ${inWeek('i.occurred_on')} and ${caseloadWhere(db)}`,
    )
    .get(params);
  const outcomes = db.sqlite
    .prepare(
      `select
         (select count(*) from goals g join students s on s.id = g.student_id
           where g.status = 'met' and ${inWeek('g.met_on')} and ${caseloadWhere(db)}) as goalsMet,
         (select count(*) from connections c join students s on s.id = c.student_id
           where c.reference_status = 'agreed' and ${inWeek('c.reference_status_on')} and ${caseloadWhere(db)}) as referencesAgreed`,
    )
    .get(params);
  const done = myDaySchema.shape.doneThisWeek;
  return {
    ...done.pick({ wrapUpMessages: true, touches: true, followUps: true }).parse(touchpoints),
    ...done.pick({ goalsMet: true, referencesAgreed: true }).parse(outcomes),
  };
}
