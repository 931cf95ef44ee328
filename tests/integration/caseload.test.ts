import { describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/api/contract';
import type { StudentRow } from '../../shared/api/students';
import { relationshipKinds, type RelationshipKind } from '../../shared/domain';
import { addDays, localToday } from '../../electron/core/dates';
import { cadenceSql } from '../../electron/core/db/cadence';
import { staleConnectionSql } from '../../electron/core/db/stale-connections';
import { termAt, termOf } from '../../electron/core/terms';
import { freshDbForEachTest } from './helpers';

// The caseload table (students.list): the sorts and filters added for large offices, checked on real SQLite
// with the real migrations, and the saved views the Students page offers.

const t = freshDbForEachTest();
const today = localToday();
const { call, callAsync, fails } = t;

const list = (input: object) => call('students.list', input);
const sql = (text: string, params: object = {}) => t.db.sqlite.prepare(text).run(params);
const value = (text: string, params: object = {}) => t.db.sqlite.prepare(text).pluck().get(params);

function student(firstName: string, lastName: string, extra: object = {}) {
  return call('students.create', { firstName, lastName, ...extra }).id;
}
let contacts = 0;
function contact() {
  contacts += 1;
  return call('contacts.create', {
    firstName: `Contact${contacts}`,
    lastName: 'Lee',
    email: `c${contacts}@example.org`,
  }).id;
}
function connect(studentId: number, relationship: RelationshipKind, sinceOn: string) {
  return call('connections.create', { studentId, contactId: contact(), relationship, sinceOn }).id;
}
function log(connectionId: number, occurredOn: string) {
  return call('interactions.create', { connectionId, kind: 'conversation', occurredOn }).id;
}
/** Every page of a listing, read `pageSize` at a time. */
function allPages(input: object, pageSize: number): StudentRow[] {
  const first = list({ ...input, page: 1, pageSize });
  const rows = [...first.rows];
  for (let page = 2; (page - 1) * pageSize < first.total; page++) rows.push(...list({ ...input, page, pageSize }).rows);
  return rows;
}

describe('sorting the caseload', () => {
  /**
   * 24 students with ties on purpose: shared last names, shared dates and cohorts, missing values, stale
   * connection counts from 0 to 3, and a family connection long untouched (never stale).
   */
  function office() {
    const names = ['Okafor', 'Abe', 'Zhou', 'Okafor', 'Mendes', 'Abe', 'Quinn', 'Brandt'];
    const cohorts = ['Blue', null, 'Amber', 'Blue', null, 'Cedar'];
    const dates = [null, addDays(today, -3), addDays(today, -40), addDays(today, -3), null, addDays(today, -200)];
    const ids: number[] = [];
    for (let i = 0; i < 24; i++) {
      const id = student(`First${String(i % 5)}`, names[i % names.length] ?? 'X', {
        cohort: cohorts[i % cohorts.length],
      });
      ids.push(id);
      // Stored summaries the sorts read directly (their upkeep has its own tests below).
      sql('update students set last_activity_on = :a, goal_last_met_on = :g where id = :id', {
        id,
        a: dates[i % dates.length],
        g: dates[(i + 2) % dates.length],
      });
      for (let k = 0; k < i % 4; k++) connect(id, 'mentor', addDays(today, -400));
      if (i % 3 === 0) connect(id, 'supervisor', addDays(today, -10));
      if (i % 5 === 0) connect(id, 'personal', addDays(today, -2000));
    }
    return ids;
  }
  type Row = {
    id: number;
    last: string;
    first: string;
    cohort: string | null;
    activity: string | null;
    goal: string | null;
    stale: number;
  };
  function facts(): Row[] {
    return t.db.sqlite
      .prepare(
        `select s.id, s.last_name as last, s.first_name as first, s.cohort, s.last_activity_on as activity, s.goal_last_met_on as goal,
           (select count(*) from connections c join keep_in_touch_windows w on w.relationship = c.relationship where c.student_id = s.id and ${cadenceSql} = 'stale') as stale
         from students s`,
      )
      .all({ today }) as Row[];
  }
  // SQLite's order: NULL before any text, text by code point, then the id.
  const text = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  const byName = (a: Row, b: Row) => text(a.last, b.last) || text(a.first, b.first) || a.id - b.id;
  const reverse = (compare: (a: Row, b: Row) => number) => (a: Row, b: Row) => compare(b, a);
  const expected: Record<string, (a: Row, b: Row) => number> = {
    // Ties by name (the name key: last, then first name — these names are plain ASCII, so code point order agrees).
    'cohort asc': (a, b) => text(a.cohort, b.cohort) || byName(a, b),
    'lastActivity asc': (a, b) => text(a.activity, b.activity) || a.id - b.id,
    'goals asc': (a, b) => text(a.goal, b.goal) || a.id - b.id,
    // Students losing touch after the others ascending, fewest stale first; names break ties.
    'losingTouch asc': (a, b) => Number(a.stale > 0) - Number(b.stale > 0) || a.stale - b.stale || byName(a, b),
    // Most stale first; names (A→Z) still break ties, and those with none follow by name.
    'losingTouch desc': (a, b) => Number(b.stale > 0) - Number(a.stale > 0) || b.stale - a.stale || byName(a, b),
  };
  expected['cohort desc'] = reverse(expected['cohort asc'] ?? byName);
  expected['lastActivity desc'] = reverse(expected['lastActivity asc'] ?? byName);
  expected['goals desc'] = reverse(expected['goals asc'] ?? byName);

  it.each(Object.keys(expected))('orders by %s, ties broken for stable paging, with no student twice or missing across pages', (key) => {
    office();
    const [sort, direction] = key.split(' ');
    const want = facts()
      .sort(expected[key])
      .map((r) => r.id);
    for (const pageSize of [5, 7, 24, 50]) {
      const got = allPages({ sort, direction }, pageSize).map((r) => r.id);
      expect(got, `page size ${pageSize}`).toEqual(want);
    }
  });

  it('shows on each row what the sort sorts by', () => {
    office();
    const rows = allPages({ sort: 'losingTouch', direction: 'desc' }, 50);
    const byId = new Map(facts().map((r) => [r.id, r]));
    for (const row of rows) {
      const fact = byId.get(row.id);
      expect(row).toMatchObject({
        staleConnections: fact?.stale,
        lastActivityOn: fact?.activity,
        goalLastMetOn: fact?.goal,
      });
    }
    expect(rows.map((r) => r.staleConnections)).toEqual([...rows.map((r) => r.staleConnections)].sort((a, b) => b - a));
  });

  it('orders within a filter, and filtered to losing touch lists only those students', () => {
    const ids = office();
    const stale = facts().filter((r) => r.stale > 0);
    const page = allPages({ losingTouch: true, sort: 'losingTouch', direction: 'asc' }, 4);
    expect(page.map((r) => r.id).sort((a, b) => a - b)).toEqual(stale.map((r) => r.id).sort((a, b) => a - b));
    expect(page.every((r) => r.staleConnections > 0)).toBe(true);
    const blue = allPages({ cohort: 'Blue', sort: 'lastActivity', direction: 'desc' }, 3);
    expect(blue.map((r) => r.id)).toEqual(
      facts()
        .filter((r) => r.cohort === 'Blue')
        .sort(reverse((a, b) => text(a.activity, b.activity) || a.id - b.id))
        .map((r) => r.id),
    );
    expect(ids.length).toBe(24);
  });

  it('answers an empty page past the end', () => {
    office();
    for (const sort of ['losingTouch', 'lastActivity', 'goals', 'cohort', 'readiness']) {
      const beyond = list({ sort, page: 9, pageSize: 5 });
      expect(beyond).toMatchObject({ total: 24, rows: [] });
    }
  });
});

describe('filtering the caseload', () => {
  it('losing touch: a connection past its window maximum today; family and friends never count', () => {
    const fresh = student('Fresh', 'Student');
    connect(fresh, 'mentor', addDays(today, -120)); // mentor max 120: exactly at the maximum, not past it
    const stale = student('Stale', 'Student');
    connect(stale, 'mentor', addDays(today, -121));
    const family = student('Family', 'Student');
    connect(family, 'personal', addDays(today, -3000));
    const touched = student('Touched', 'Student');
    const old = connect(touched, 'supervisor', addDays(today, -500));
    expect(
      list({ losingTouch: true })
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([stale, touched].sort());
    log(old, addDays(today, -1)); // any interaction resets the clock
    expect(list({ losingTouch: true }).rows.map((r) => r.id)).toEqual([stale]);
    expect(list({ losingTouch: false }).total).toBe(4);
    // Editing the windows moves the line.
    const windows = call('keepInTouch.windows', {});
    call('keepInTouch.updateWindows', {
      windows: windows.map((w) => (w.relationship === 'mentor' ? { ...w, idealDays: 30, maxDays: 100 } : w)),
    });
    expect(
      list({ losingTouch: true })
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([fresh, stale].sort());
  });

  it('agrees with the keep-in-touch cadence on every connection, relationship and boundary day', () => {
    const s = student('Many', 'Connections');
    for (const relationship of relationshipKinds) {
      for (const days of [0, 59, 60, 61, 119, 120, 121, 149, 150, 151, 179, 180, 181, 239, 240, 241, 269, 270, 271, 364, 365, 366, 900]) {
        const id = connect(s, relationship, addDays(today, -days));
        if (days === 900) log(id, addDays(today, -100));
      }
    }
    // A connection without a since-date starts its clock the day it was recorded.
    sql(`update connections set since_on = null, created_at = :at where id = (select max(id) from connections)`, {
      at: `${addDays(today, -700)}T10:00:00.000Z`,
    });
    const staleBy = (condition: string, day: string) =>
      t.db.sqlite
        .prepare(`select c.id from connections c join keep_in_touch_windows w on w.relationship = c.relationship where ${condition} order by c.id`)
        .pluck()
        .all({ today: day });
    for (const day of [today, addDays(today, 1), addDays(today, 45), addDays(today, 400)]) {
      const byCadence = staleBy(`${cadenceSql} = 'stale'`, day);
      expect(byCadence.length).toBeGreaterThan(0);
      expect(staleBy(staleConnectionSql('c', 'w'), day)).toEqual(byCadence);
    }
  });

  it('goals: met in the current or a named term, active now, none active', () => {
    const current = termOf(today);
    const previous = termAt(today, -1);
    const metNow = student('Met', 'Now');
    const metBefore = student('Met', 'Before');
    const metBoth = student('Met', 'Both');
    const running = student('Goal', 'Running');
    const idle = student('No', 'Goals');
    const goal = (studentId: number, from: string, to: string) =>
      call('goals.create', {
        studentId,
        kind: 'custom',
        description: 'Talk to two alumni',
        targetCount: 2,
        windowStartOn: from,
        windowEndOn: to,
      }).id;
    // A goal marked met on the one day of its window: the stored met day and the student's summary agree.
    const met = (studentId: number, on: string) => call('goals.markMet', { id: goal(studentId, on, on), metOn: on });
    met(metNow, current.startOn);
    met(metBefore, previous.endOn);
    met(metBoth, previous.startOn);
    met(metBoth, today);
    goal(running, addDays(today, -5), addDays(today, 5));
    goal(idle, addDays(today, -30), addDays(today, -1)); // ended yesterday: not active

    const ids = (input: object) =>
      list(input)
        .rows.map((r) => r.id)
        .sort((a, b) => a - b);
    expect(ids({ goals: 'met_in_term' })).toEqual([metNow, metBoth].sort((a, b) => a - b));
    expect(ids({ goals: 'met_in_term', term: current.name })).toEqual([metNow, metBoth].sort((a, b) => a - b));
    // An earlier term finds students who met a goal then even when they met another since.
    expect(ids({ goals: 'met_in_term', term: previous.name })).toEqual([metBefore, metBoth].sort((a, b) => a - b));
    expect(ids({ goals: 'met_in_term', term: termAt(today, -3).name })).toEqual([]);
    expect(ids({ goals: 'active' })).toEqual([running]);
    expect(ids({ goals: 'none_active' })).toEqual([metNow, metBefore, metBoth, idle].sort((a, b) => a - b));
    // The row's count follows the term the list looks at.
    const before = list({ goals: 'met_in_term', term: previous.name, sort: 'name' }).rows;
    expect(before.find((r) => r.id === metBoth)).toMatchObject({ goalsMetThisTerm: 1 });
    expect(fails('students.list', { goals: 'met_in_term', term: 'Winter 2026' })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'term' },
    });
    // The terms the Goals filter offers: this one and the three before it.
    expect(call('students.facets', {}).terms).toEqual([0, -1, -2, -3].map((offset) => termAt(today, offset).name));
  });

  it('combines the new filters with the others and with readiness, in the list and the bulk exports', async () => {
    const a = student('Ana', 'Quiet', { classYear: 2027, cohort: 'Blue' });
    const b = student('Ben', 'Quiet', { classYear: 2027, cohort: 'Red' });
    const c = student('Cy', 'Busy', { classYear: 2027, cohort: 'Blue' });
    connect(a, 'faculty', addDays(today, -300));
    connect(b, 'faculty', addDays(today, -300));
    connect(c, 'faculty', addDays(today, -3));
    const filter = {
      classYear: 2027,
      cohort: 'Blue',
      losingTouch: true,
      goals: 'none_active',
      readiness: 'not_ready',
    } as const;
    expect(list(filter).rows.map((r) => r.id)).toEqual([a]);
    const file = await callAsync('exports.readinessReport', { ...filter, format: 'csv' });
    expect(file.rows).toBe(1);
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('Ana Quiet');
    await callAsync('exports.references', { losingTouch: true, format: 'csv', includeNotAgreed: true });
  });
});

describe('students.last_activity_on', () => {
  const activity = (id: number) => value('select last_activity_on from students where id = :id', { id });

  it('follows interaction inserts, updates and deletes, and connection deletes', () => {
    const s = student('Ada', 'Lovelace');
    expect(activity(s)).toBeNull();
    const first = connect(s, 'mentor', addDays(today, -100));
    const second = connect(s, 'faculty', addDays(today, -100));
    expect(activity(s)).toBeNull();
    const older = log(first, addDays(today, -30));
    expect(activity(s)).toBe(addDays(today, -30));
    const newer = log(second, addDays(today, -10));
    expect(activity(s)).toBe(addDays(today, -10));
    log(first, addDays(today, -20)); // older than the newest: no change
    expect(activity(s)).toBe(addDays(today, -10));
    call('interactions.update', { id: older, kind: 'conversation', occurredOn: addDays(today, -2) });
    expect(activity(s)).toBe(addDays(today, -2));
    call('interactions.update', { id: older, kind: 'conversation', occurredOn: addDays(today, -50) }); // moved back: recomputed
    expect(activity(s)).toBe(addDays(today, -10));
    call('interactions.delete', { id: newer });
    expect(activity(s)).toBe(addDays(today, -20));
    call('connections.delete', { id: first });
    expect(activity(s)).toBeNull();
    log(second, addDays(today, -7));
    expect(activity(s)).toBe(addDays(today, -7));
    expect(list({ sort: 'lastActivity', direction: 'desc' }).rows[0]).toMatchObject({
      id: s,
      lastActivityOn: addDays(today, -7),
    });
  });
});

describe('saved views', () => {
  const save = (input: Omit<ProcedureInput<'views.save'>, 'page'>) => call('views.save', { page: 'students', ...input });
  const views = () => call('views.list', { page: 'students' });

  it('saves, lists by name, replaces on request and deletes', () => {
    expect(views()).toEqual([]);
    const seniors = save({
      name: '  My seniors not ready ',
      params: { readiness: 'not_ready', year: '2027', cols: 'program,readiness' },
    });
    expect(seniors).toMatchObject({
      name: 'My seniors not ready',
      params: { readiness: 'not_ready', year: '2027', cols: 'program,readiness' },
    });
    save({ name: 'alumni mixer follow-ups', params: { touch: '1', sort: 'losingTouch', dir: 'desc' } });
    expect(views().map((v) => v.name)).toEqual(['alumni mixer follow-ups', 'My seniors not ready']);

    const duplicate = fails('views.save', { page: 'students', name: 'my seniors NOT ready', params: {} });
    expect(duplicate).toMatchObject({
      code: 'conflict',
      details: { field: 'name', viewId: seniors.id, name: 'My seniors not ready' },
    });
    expect(duplicate.message).toBe('A view named “My seniors not ready” already exists. Choose another name, or replace it.');

    const replaced = save({
      name: 'My seniors not ready',
      params: { readiness: 'not_ready', year: '2028' },
      replace: true,
    });
    expect(replaced).toEqual({
      id: seniors.id,
      name: 'My seniors not ready',
      params: { readiness: 'not_ready', year: '2028' },
    });
    expect(views()).toHaveLength(2);

    expect(call('views.delete', { id: seniors.id })).toEqual({ id: seniors.id });
    expect(views().map((v) => v.name)).toEqual(['alumni mixer follow-ups']);
    expect(fails('views.delete', { id: seniors.id })).toMatchObject({ code: 'not_found' });
  });

  it('refuses names and parameters outside the limits, naming the field', () => {
    const refused = (input: object) => fails('views.save', { page: 'students', name: 'A view', params: {}, ...input });
    expect(refused({ name: '   ' })).toMatchObject({ code: 'invalid_input', details: { field: 'name' } });
    expect(refused({ name: 'x'.repeat(81) })).toMatchObject({ code: 'invalid_input', details: { field: 'name' } });
    expect(refused({ params: { q: 'x'.repeat(501) } })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'params.q' },
    });
    expect(refused({ params: { year: 2027 } })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'params.year' },
    });
    expect(refused({ params: { page: '3' } })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'params.page' },
    });
    const tooMany = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, 'v']));
    expect(refused({ params: tooMany })).toMatchObject({ code: 'invalid_input', details: { field: 'params' } });
    expect(refused({ page: 'contacts' })).toMatchObject({ code: 'invalid_input', details: { field: 'page' } });
    expect(fails('views.list', { page: 'students', extra: 1 })).toMatchObject({ code: 'invalid_input' });
    expect(value('select count(*) from saved_views')).toBe(0);
  });

  it('reads stored parameters defensively, so a stale view never breaks the page', () => {
    const insert = (name: string, params: string) => sql(`insert into saved_views (page, name, params) values ('students', :name, :params)`, { name, params });
    insert('Broken', '{not json');
    insert('Array', '["readiness"]');
    insert('Old keys', JSON.stringify({ readiness: 'ready', legacy: 'x', year: 2027, q: 'y'.repeat(600), sort: 'name' }));
    expect(views()).toEqual([
      expect.objectContaining({ name: 'Array', params: {} }),
      expect.objectContaining({ name: 'Broken', params: {} }),
      expect.objectContaining({ name: 'Old keys', params: { readiness: 'ready', sort: 'name' } }),
    ]);
  });
});
