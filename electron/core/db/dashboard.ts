import { z } from 'zod';
import { relationshipKinds } from '../../../shared/domain';
import type { Db } from './client';
import { parseRows } from './rows';
import { staleConnectionSql } from './stale-connections';
import { supporterDoneSql, supporterSql, wrapUpCompleteSql } from './wrap-up';

/** The students a dashboard filter selects, as SQL over alias `s` with its parameters (see studentWhere). */
export interface StudentScope {
  where: string;
  params: Record<string, unknown>;
  /** False for the whole office: figures that need no student columns can then skip the join. */
  filtered: boolean;
}

/**
 * Stale connections of active students ("losing touch", stale-connections.ts), found per relationship on the
 * (relationship, last_touch_on) index.
 */
const staleFrom = (scope: StudentScope) => `from keep_in_touch_windows w
  join connections c indexed by connections_relationship_touch_idx on c.relationship = w.relationship and ${staleConnectionSql('c', 'w')}
  join students s on s.id = c.student_id
  where s.status = 'active' and ${scope.where}`;

export function losingTouchCounts(db: Db, scope: StudentScope, today: string) {
  return z
    .object({ connections: z.number(), students: z.number() })
    .parse(db.sqlite.prepare(`select count(*) as connections, count(distinct c.student_id) as students ${staleFrom(scope)}`).get({ ...scope.params, today }));
}

export function mostOverdue(db: Db, scope: StudentScope, today: string, limit: number) {
  return parseRows(
    z.object({
      connectionId: z.number(),
      studentId: z.number(),
      studentName: z.string(),
      contactName: z.string(),
      relationship: z.enum(relationshipKinds),
      lastTouchOn: z.string(),
      overdueDays: z.number(),
    }),
    db.sqlite
      .prepare(
        `with overdue as (
           select c.id, c.student_id, c.contact_id, c.relationship, c.last_touch_on, s.display_name as student_name,
             cast(julianday(:today) - julianday(c.last_touch_on) as integer) - w.max_days as overdue_days
           ${staleFrom(scope)}
           order by overdue_days desc, c.id limit :limit)
         select o.id as connectionId, o.student_id as studentId, o.student_name as studentName,
           ct.first_name || ' ' || ct.last_name as contactName, o.relationship, o.last_touch_on as lastTouchOn, o.overdue_days as overdueDays
         from overdue o join contacts ct on ct.id = o.contact_id
         order by o.overdue_days desc, o.id`,
      )
      .all({ ...scope.params, today, limit }),
  );
}

/**
 * Attendance rows of the events in `events` (a CTE of ids) for the students a filter selects, on the covering
 * (student, check-in, event, RSVP, follow-up) index, so a cohort reads its own rows rather than every attendee's
 * student record. The whole office adds up each event's counts instead (event_attendance_counts).
 */
function filteredAttendanceIn(events: string, scope: StudentScope): string {
  return `students s cross join attendance a on a.student_id = s.id where ${scope.where} and a.event_id in (select id from ${events})`;
}

export function upcomingEventCounts(db: Db, scope: StudentScope, nowIso: string) {
  const upcoming = `select id from events where ends_at >= :now and status = 'scheduled'`;
  return z.object({ events: z.number(), invited: z.number(), registered: z.number() }).parse(
    db.sqlite
      .prepare(
        scope.filtered
          ? `with upcoming as materialized (${upcoming})
               select (select count(*) from upcoming) as events, count(a.id) as invited, coalesce(sum(a.rsvp = 'registered'), 0) as registered
               from ${filteredAttendanceIn('upcoming', scope)}`
          : `select count(*) as events, coalesce(sum(k.invited), 0) as invited, coalesce(sum(k.rsvp_registered), 0) as registered
             from (${upcoming}) e left join event_attendance_counts k on k.event_id = e.id`,
      )
      .get({ ...scope.params, now: nowIso }),
  );
}

export function eventsThisWeek(db: Db, scope: StudentScope, nowIso: string, weekEndIso: string) {
  const attendees = scope.filtered ? `join students s on s.id = a.student_id and ${scope.where}` : '';
  return parseRows(
    z.object({
      eventId: z.number(),
      title: z.string(),
      startsAt: z.string(),
      capacity: z.number().nullable(),
      invited: z.number(),
      registered: z.number(),
    }),
    db.sqlite
      .prepare(
        `select e.id as eventId, e.title, e.starts_at as startsAt, e.capacity,
           (select count(*) from attendance a ${attendees} where a.event_id = e.id) as invited,
           (select count(*) from attendance a ${attendees} where a.event_id = e.id and a.rsvp = 'registered') as registered
         from events e where e.ends_at >= :now and e.starts_at < :weekEnd and e.status = 'scheduled'
         order by e.starts_at, e.id limit 20`,
      )
      .all({ ...scope.params, now: nowIso, weekEnd: weekEndIso }),
  );
}

/**
 * The funnel of the term's events. Registered includes walk-ins who checked in; followed up means a
 * thank-you or LinkedIn connection, on or after the day, to someone the student met there — the
 * attendance row's `followed_up_on`, kept by triggers (migration 0012).
 */
export function eventFunnel(db: Db, scope: StudentScope, term: { startOn: string; endOn: string }) {
  const termEvents = `select id from events where starts_at >= :termStart and starts_at < date(:termEnd, '+1 day') and status in ('scheduled', 'done')`;
  return z
    .object({
      events: z.number(),
      invited: z.number(),
      registered: z.number(),
      attended: z.number(),
      followedUp: z.number(),
    })
    .parse(
      db.sqlite
        .prepare(
          scope.filtered
            ? `with term_events as materialized (${termEvents})
                 select (select count(*) from term_events) as events, count(a.id) as invited,
                   coalesce(sum(a.rsvp = 'registered' or a.checked_in_at is not null), 0) as registered,
                   coalesce(sum(a.checked_in_at is not null), 0) as attended,
                   coalesce(sum(a.checked_in_at is not null and a.followed_up_on is not null), 0) as followedUp
                 from ${filteredAttendanceIn('term_events', scope)}`
            : `select count(*) as events, coalesce(sum(k.invited), 0) as invited, coalesce(sum(k.registered), 0) as registered,
                 coalesce(sum(k.attended), 0) as attended, coalesce(sum(k.followed_up), 0) as followedUp
               from (${termEvents}) e left join event_attendance_counts k on k.event_id = e.id`,
        )
        .get({ ...scope.params, termStart: term.startOn, termEnd: term.endOn }),
    );
}

/** Internships of active students that ended in the last 30 days or end within 14, whose wrap-up is still open. */
export function wrapUpsDue(db: Db, scope: StudentScope, today: string, limit: number) {
  // One advisor's few hundred students have fewer placements than the whole office's ending in these six weeks: start
  // from them (cross join fixes the order). Otherwise the placements' end dates are the narrower way in.
  const join =
    scope.params.advisorId === undefined ? 'placements p join students s on s.id = p.student_id' : 'students s cross join placements p on p.student_id = s.id';
  const from = `from ${join}
    where p.end_on between date(:today, '-30 days') and date(:today, '+14 days') and s.status = 'active' and ${scope.where}
      and not (${wrapUpCompleteSql('p')})`;
  const params = { ...scope.params, today };
  const total = z.number().parse(db.sqlite.prepare(`select count(*) ${from}`).pluck().get(params));
  const rows = parseRows(
    z.object({
      placementId: z.number(),
      studentId: z.number(),
      studentName: z.string(),
      employerName: z.string(),
      role: z.string(),
      endOn: z.string(),
      supporters: z.number(),
      supportersOpen: z.number(),
    }),
    db.sqlite
      .prepare(
        `with due as (select p.id, p.student_id, p.employer_id, p.role, p.end_on, s.display_name as student_name ${from}
           order by p.end_on desc, p.id limit :limit)
         select d.id as placementId, d.student_id as studentId, d.student_name as studentName, e.name as employerName, d.role, d.end_on as endOn,
           (select count(*) from ${supporterSql('d')}) as supporters,
           (select count(*) from ${supporterSql('d')} and not (${supporterDoneSql('d')})) as supportersOpen
         from due d join employers e on e.id = d.employer_id
         order by d.end_on desc, d.id`,
      )
      .all({ ...params, limit }),
  );
  return { total, rows };
}
