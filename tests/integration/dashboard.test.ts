import * as XLSX from 'xlsx';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/api/contract';
import type { DashboardFilter } from '../../shared/api/dashboard';
import { addDays, localToday } from '../../electron/core/dates';
import { createDemoOffice } from '../../electron/core/office/service';
import { termAt, termOf } from '../../electron/core/terms';
import { freshDb, procedures, type TestDb } from './helpers';

const today = localToday();

/** The students page's filter for the dashboard's students (active, as every student-based figure counts). */
const asStudentFilter = (filter: DashboardFilter): ProcedureInput<'students.list'> => ({
  status: 'active',
  advisorId: filter.advisorId,
  cohort: filter.cohort,
  program: filter.program,
  classYear: filter.classYear,
});

describe('the dashboard on a demo office', () => {
  let t: TestDb;
  const { call, callAsync, fails } = procedures(() => t.db);
  beforeAll(async () => {
    t = await freshDb();
    createDemoOffice(t.db, { students: 400, seed: 3 });
  });
  afterAll(() => t.close());

  const filters = (): DashboardFilter[] => {
    const facets = call('students.facets', {});
    const advisor = call('advisors.list', {})[1];
    return [
      {},
      { advisorId: advisor?.id },
      { cohort: facets.cohorts[0] },
      { program: facets.programs[2], classYear: facets.classYears[1] },
      { term: termAt(today, -1).name },
    ];
  };

  it('every figure equals the count of the list its card opens, for each filter', () => {
    for (const filter of filters()) {
      const office = call('dashboard.office', filter);
      const goals = call('dashboard.goals', filter);
      const readiness = call('dashboard.readiness', filter);
      const students = asStudentFilter(filter);
      const label = JSON.stringify(filter);

      expect(goals.activeStudents, label).toBe(call('students.list', students).total);
      expect(goals.withGoalMetInTerm, label).toBe(call('students.list', { ...students, goals: 'met_in_term', term: goals.term.name }).total);
      const ready = readiness.distribution.find((row) => row.level === 'ready')?.students;
      expect(ready, label).toBe(call('students.list', { ...students, readiness: 'ready' }).total);
      expect(readiness.activeStudents, label).toBe(goals.activeStudents);
      expect(office.upcomingEvents.events, label).toBe(call('events.list', { when: 'upcoming', status: 'scheduled' }).total);
      expect(office.losingTouch.connections, label).toBe(
        call('keepInTouch.losingTouch', {
          state: 'stale',
          advisorId: filter.advisorId ?? null,
          cohort: filter.cohort,
          program: filter.program,
          classYear: filter.classYear,
        }).total,
      );
    }
  });

  it('has something to show in every widget, and the groupings add up', () => {
    const office = call('dashboard.office', {});
    const readiness = call('dashboard.readiness', {});
    const goals = call('dashboard.goals', {});
    const sum = (rows: { students: number }[]) => rows.reduce((total, row) => total + row.students, 0);
    expect(sum(readiness.distribution)).toBe(readiness.activeStudents);
    for (const rows of [readiness.byCohort, readiness.byProgram, readiness.byClassYear]) expect(sum(rows)).toBe(readiness.activeStudents);
    const { invited, registered, attended, followedUp } = office.funnel;
    expect(invited).toBeGreaterThan(registered);
    expect(registered).toBeGreaterThan(attended);
    expect(attended).toBeGreaterThan(followedUp);
    expect(followedUp).toBeGreaterThan(0);
    expect(office.losingTouch.connections).toBeGreaterThan(0);
    expect(office.losingTouch.students).toBeLessThanOrEqual(office.losingTouch.connections);
    expect(office.today.mostOverdue.length).toBeGreaterThan(0);
    expect(goals.metPerMonth).toHaveLength(12);
    expect(office.terms[0]).toBe(termOf(today).name);
    expect(office.terms).toHaveLength(6);
  });

  it('lists as due exactly the recent wrap-ups the student pages call due', () => {
    const office = call('dashboard.office', {});
    const recent = t.db.sqlite
      .prepare(`select distinct p.student_id from placements p join students s on s.id = p.student_id where s.status = 'active' and p.end_on between ? and ?`)
      .pluck()
      .all(addDays(today, -30), addDays(today, 14))
      .map(Number);
    let due = 0;
    for (const studentId of recent) {
      const wrapUps = call('wrapUp.forStudent', { studentId });
      due += wrapUps.filter((w) => w.due && w.endOn >= addDays(today, -30) && w.endOn <= addDays(today, 14)).length;
    }
    expect(office.today.wrapUpsDue.total).toBe(due);
    expect(due).toBeGreaterThan(0);
    for (const row of office.today.wrapUpsDue.rows) expect(row.supportersOpen).toBeLessThanOrEqual(row.supporters);
  });

  it('exports every figure to a workbook, one sheet per widget, and records the export', async () => {
    const filter = filters()[2] ?? {};
    const file = await callAsync('dashboard.export', filter);
    expect(file.fileName).toMatch(/^dashboard-(spring|summer|fall)-\d{4}-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = XLSX.read(Buffer.from(file.base64, 'base64'), { type: 'buffer' });
    expect(workbook.SheetNames).toEqual([
      'Summary',
      'Goals per month',
      'Readiness',
      'By cohort',
      'By program',
      'By class year',
      'Event funnel',
      'Goals by event',
    ]);
    const rows = (sheet: string) => XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheet] ?? {}, { header: 1 });
    const summary = rows('Summary');
    expect(String(summary[0]?.[0])).toContain(`Cohort ${filter.cohort ?? ''}`);
    const goals = call('dashboard.goals', filter);
    const office = call('dashboard.office', filter);
    expect(summary.find((row) => row[0] === 'Active students')?.[1]).toBe(goals.activeStudents);
    expect(summary.find((row) => row[0] === 'Connections losing touch')?.[1]).toBe(office.losingTouch.connections);
    expect(rows('Event funnel').find((row) => row[0] === 'Attended')?.[1]).toBe(office.funnel.attended);
    expect(rows('Goals per month').slice(3)).toHaveLength(12);
    const audit = t.db.sqlite.prepare(`select details from audit_log where entity = 'dashboard' order by id desc limit 1`).pluck().get();
    expect(JSON.parse(String(audit))).toMatchObject({ format: 'xlsx', fileName: file.fileName, filter });
  });

  it('keeps each attendance row’s follow-up day equal to the records through every kind of write', () => {
    // The rule, computed live: the stored column must never differ from it.
    const drift = () =>
      t.db.sqlite
        .prepare(
          `select count(*) from attendance a where a.followed_up_on is not (select min(f.occurred_on) from connections c
             join interactions i on i.connection_id = c.id and i.event_id = a.event_id and i.kind = 'conversation'
             join interactions f on f.connection_id = c.id and f.kind in ('thank_you_note', 'thank_you_email', 'linkedin_connection') and f.occurred_on >= i.occurred_on
             where c.student_id = a.student_id)`,
        )
        .pluck()
        .get();
    const followed = () => t.db.sqlite.prepare('select count(*) from attendance where followed_up_on is not null').pluck().get();
    expect(drift()).toBe(0);
    const start = Number(followed());
    expect(start).toBeGreaterThan(0);
    const met = t.db.sqlite
      .prepare(
        `select i.connection_id as connectionId, f.id as followUpId from interactions i join interactions f on f.connection_id = i.connection_id
         and f.kind in ('thank_you_note', 'thank_you_email', 'linkedin_connection') where i.kind = 'conversation' and i.event_id is not null order by i.id limit 9`,
      )
      .all() as { connectionId: number; followUpId: number }[];
    const [a, b, c] = [met[0], met[3], met[6]];
    if (!a || !b || !c) throw new Error('the demo has too few followed-up meetings');
    call('interactions.delete', { id: a.followUpId });
    t.db.sqlite.prepare(`update interactions set occurred_on = '2000-01-01' where id = ?`).run(b.followUpId);
    call('connections.delete', { id: c.connectionId });
    expect(drift()).toBe(0);
    expect(Number(followed())).toBeLessThan(start);
    // A thank-you logged through the API brings one back.
    call('interactions.create', { connectionId: a.connectionId, kind: 'linkedin_connection', occurredOn: today });
    expect(drift()).toBe(0);
  });

  it('refuses a term it cannot read, naming it', () => {
    const error = fails('dashboard.office', { term: 'Winter 2026' });
    expect(error.message).toMatch(/term/i);
    expect(fails('dashboard.goals', { classYear: 1800 }).message).toMatch(/classYear/);
  });
});

describe('the dashboard on hand-made records', () => {
  let t: TestDb;
  const { call } = procedures(() => t.db);
  beforeEach(async () => {
    t = await freshDb();
    call('app.startEmpty', {});
  });
  afterEach(() => t.close());

  const student = (first: string) => call('students.create', { firstName: first, lastName: 'Test' }).id;

  it('counts the event funnel: invited, registered (walk-ins too), attended, followed up someone met there', () => {
    const day = addDays(today, -3);
    const term = termOf(day).name;
    const event = call('events.create', {
      title: 'Fall mixer',
      kind: 'alumni_mixer',
      format: 'in_person',
      startsAt: new Date(`${day}T17:00`).toISOString(),
      endsAt: new Date(`${day}T19:00`).toISOString(),
      status: 'scheduled',
    }).id;
    const [came, registeredOnly, invitedOnly, declined, walkIn] = [
      student('Came'),
      student('Registered'),
      student('Invited'),
      student('Declined'),
      student('Walkin'),
    ];
    const attend = t.db.sqlite.prepare(`insert into attendance (event_id, student_id, rsvp, checked_in_at) values (?, ?, ?, ?)`);
    attend.run(event, came, 'registered', `${day}T17:10:00.000Z`);
    attend.run(event, registeredOnly, 'registered', null);
    attend.run(event, invitedOnly, 'invited', null);
    attend.run(event, declined, 'declined', null);
    attend.run(event, walkIn, 'invited', `${day}T17:30:00.000Z`);
    const met = (studentId: number, thanked: boolean) => {
      const contactId = call('contacts.create', { firstName: 'Dana', lastName: `Lee ${studentId}` }).id;
      const connectionId = call('connections.create', {
        studentId,
        contactId,
        relationship: 'met_at_event',
        sinceOn: day,
      }).id;
      // Logged on the event, as the event page's "log a meeting" does.
      t.db.sqlite
        .prepare(`insert into interactions (connection_id, kind, occurred_on, event_id, source) values (?, 'conversation', ?, ?, 'advisor')`)
        .run(connectionId, day, event);
      if (thanked) call('interactions.create', { connectionId, kind: 'thank_you_email', occurredOn: addDays(day, 1) });
    };
    met(came, true);
    // Met someone but never followed up: attended, not followed up.
    met(walkIn, false);

    const funnel = call('dashboard.office', { term }).funnel;
    expect(funnel).toEqual({ events: 1, invited: 5, registered: 3, attended: 2, followedUp: 1 });
    // Another term's funnel does not see it.
    expect(call('dashboard.office', { term: termAt(day, -1).name }).funnel).toMatchObject({ events: 0, invited: 0 });
  });

  it('counts a goal met in an earlier term for that term, and a later one for the current term', () => {
    const earlier = termAt(today, -1);
    const both = student('Both');
    const onlyEarlier = student('Earlier');
    student('Never');
    const insertMet = t.db.sqlite.prepare(
      `insert into goals (student_id, kind, description, target_count, window_start_on, window_end_on, status, met_on, manual_adjustment)
       values (:student, 'custom', 'Say hello', 1, :on, :on, 'met', :on, 1)`,
    );
    insertMet.run({ student: both, on: earlier.startOn });
    insertMet.run({ student: both, on: today });
    insertMet.run({ student: onlyEarlier, on: earlier.endOn });
    t.db.sqlite.prepare(`update students set goal_last_met_on = (select max(met_on) from goals g where g.student_id = students.id and g.status = 'met')`).run();

    expect(call('dashboard.goals', {}).withGoalMetInTerm).toBe(1);
    expect(call('dashboard.goals', { term: earlier.name })).toMatchObject({
      withGoalMetInTerm: 2,
      activeStudents: 3,
      term: earlier,
    });
  });

  it('shows an empty office as zeros, not errors', () => {
    const office = call('dashboard.office', {});
    expect(office.funnel).toEqual({ events: 0, invited: 0, registered: 0, attended: 0, followedUp: 0 });
    expect(office.losingTouch).toEqual({ connections: 0, students: 0 });
    expect(office.today).toEqual({ wrapUpsDue: { total: 0, rows: [] }, mostOverdue: [], eventsThisWeek: [] });
    expect(call('dashboard.readiness', {}).distribution.every((row) => row.students === 0)).toBe(true);
  });
});
