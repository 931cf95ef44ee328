import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaOf } from '../../shared/api/areas';
import { effectsOf, type ProcedureName } from '../../shared/api/contract';
import { freshDb, procedures, type TestDb } from './helpers';

// Issue 13, item 12: the renderer refreshes exactly the areas a write declares. This checks the declarations
// against the data: on a demo office, every read below is asked before and after a write, and every read whose
// answer changed must belong to an area the write declares — else that screen would stay stale.
let t: TestDb;
const api = procedures(() => t.db);
let ids: { student: number; connection: number; contact: number; employer: number; goal: number; event: number };

type Read = [ProcedureName, object];
// Every read, grouped by what it is asked about: the demo's student, contact, employer and latest event, or nothing.
const each = (input: object, names: ProcedureName[]): Read[] => names.map((name) => [name, input]);
const reads = (): Read[] => [
  ...each({}, [
    'app.status',
    'settings.get',
    'advisors.list',
    'audit.recent',
    'audit.list',
    'students.list',
    'students.facets',
    'goalTemplates.list',
    'keepInTouch.windows',
    'keepInTouch.losingTouch',
    'readiness.rules',
    'contacts.list',
    'employers.list',
    'dashboard.goals',
    'dashboard.office',
    'dashboard.readiness',
    'myDay.get',
  ]),
  ...each({ id: ids.student }, ['students.get', 'students.networkSummary', 'readiness.student']),
  ...each({ studentId: ids.student }, [
    'students.timeline',
    'connections.forStudent',
    'placements.forStudent',
    'goals.forStudent',
    'goals.nextRung',
    'wrapUp.forStudent',
    'milestones.forStudent',
  ]),
  ...each({ id: ids.contact }, ['contacts.get']),
  ...each({ contactId: ids.contact }, ['contacts.connections']),
  ...each({ id: ids.employer }, ['employers.get']),
  ...each({ id: ids.event }, ['events.get']),
  ...each({ eventId: ids.event }, ['events.attendees', 'events.outcome', 'events.followUps']),
  ['search.quick', { query: 'a' }],
  ['events.list', { when: 'all' }],
  ['views.list', { page: 'students' }],
];

function snapshot(): Map<string, string> {
  return new Map(reads().map(([name, input]) => [`${name} ${JSON.stringify(input)}`, JSON.stringify(api.call(name, input))]));
}

/** Runs the write and returns the reads whose answers changed but whose area the write does not declare. */
function undeclaredChanges(name: ProcedureName, input: object): string[] {
  const before = snapshot();
  api.call(name, input);
  const after = snapshot();
  const declared = new Set<string>(effectsOf(name));
  const changed = [...after].filter(([key, answer]) => before.get(key) !== answer).map(([key]) => key);
  expect(changed.length, `${name} changed none of the reads: the check would prove nothing`).toBeGreaterThan(0);
  return changed.filter((key) => !declared.has(areaOf(key)));
}

const one = (sql: string) => Number(t.db.sqlite.prepare(sql).pluck().get());

beforeAll(async () => {
  t = await freshDb();
  api.call('app.loadDemo', { students: 40, seed: 7 });
  const connection = one(`select c.id from connections c join placements p on p.id = c.placement_id join contacts k on k.id = c.contact_id
    where k.employer_id is not null order by c.id limit 1`);
  const student = one(`select student_id from connections where id = ${connection}`);
  const contact = one(`select contact_id from connections where id = ${connection}`);
  ids = {
    student,
    connection,
    contact,
    employer: one(`select employer_id from contacts where id = ${contact}`),
    goal: one(`select id from goals where student_id = ${student} order by id limit 1`) || 0,
    event: one(`select id from events order by starts_at desc limit 1`),
  };
}, 120_000);
afterAll(() => t.close());

/** The core's "today" is the local calendar day. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('declared effects cover what each write changes', () => {
  it('interactions: create, update, delete', () => {
    // A goal the thank-you note meets, so the write certainly moves goals (the defect this guards against).
    api.call('goals.create', {
      studentId: ids.student,
      kind: 'follow_ups_sent',
      description: 'Thank one person',
      targetCount: 1,
      windowStartOn: today(),
      windowEndOn: today(),
    });
    const goalsBefore = JSON.stringify(api.call('goals.forStudent', { studentId: ids.student }));
    expect(
      undeclaredChanges('interactions.create', {
        connectionId: ids.connection,
        kind: 'thank_you_note',
        occurredOn: today(),
        summary: 'Thanks!',
      }),
    ).toEqual([]);
    expect(JSON.stringify(api.call('goals.forStudent', { studentId: ids.student }))).not.toBe(goalsBefore);
    const id = one('select max(id) from interactions');
    expect(undeclaredChanges('interactions.update', { id, kind: 'conversation', occurredOn: today(), summary: 'Talked' })).toEqual([]);
    expect(undeclaredChanges('interactions.delete', { id })).toEqual([]);
  });

  it('goals: create, mark met, drop', () => {
    expect(
      undeclaredChanges('goals.create', {
        studentId: ids.student,
        kind: 'people_met',
        description: 'Meet two people',
        targetCount: 2,
        windowStartOn: today(),
        windowEndOn: today(),
      }),
    ).toEqual([]);
    const id = one('select max(id) from goals');
    expect(undeclaredChanges('goals.markMet', { id, metOn: today() })).toEqual([]);
    expect(undeclaredChanges('goals.setDropped', { id, dropped: true })).toEqual([]);
  });

  it('students, contacts and connections', () => {
    const student = api.call('students.get', { id: ids.student });
    expect(
      undeclaredChanges('students.setStatus', {
        id: ids.student,
        status: student.status === 'active' ? 'archived' : 'active',
      }),
    ).toEqual([]);
    expect(undeclaredChanges('contacts.create', { firstName: 'Zelda', lastName: 'Quark', employerId: ids.employer })).toEqual([]);
    expect(
      undeclaredChanges('connections.create', {
        studentId: ids.student,
        contactId: one('select max(id) from contacts'),
        relationship: 'mentor',
      }),
    ).toEqual([]);
    expect(undeclaredChanges('connections.delete', { id: one('select max(id) from connections') })).toEqual([]);
  });

  it('settings that recompute derived facts', () => {
    const windows = api.call('keepInTouch.windows', {});
    expect(
      undeclaredChanges('keepInTouch.updateWindows', {
        windows: windows.map((w) => ({ ...w, maxDays: w.maxDays + 30 })),
      }),
    ).toEqual([]);
    const rules = api.call('readiness.rules', {});
    expect(undeclaredChanges('readiness.updateRules', { ...rules, knownMonths: Number(rules.knownMonths) + 6 })).toEqual([]);
    expect(undeclaredChanges('advisors.create', { name: 'Nina Park', email: 'nina.park@example.edu' })).toEqual([]);
    expect(undeclaredChanges('views.save', { page: 'students', name: 'Mine', params: { q: 'a' } })).toEqual([]);
  });
});
