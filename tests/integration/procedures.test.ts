import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedureNames } from '../../shared/api/contract';
import { domainTableCounts } from '../../electron/core/db/bulk';
import { dispatch } from '../../electron/core/dispatch';
import { freshDb, type TestDb } from './helpers';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(() => t.close());

function ok<T = unknown>(name: string, input: unknown): T {
  const result = dispatch(t.db, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  // The dispatcher returns unknown data; tests read it through the shape they expect.
  return result.data as T;
}

const malformedInputs: unknown[] = ['not an object', 42, [], { unexpectedField: 1 }, { id: -1, page: 'two', query: 123, students: 'many' }];

describe('every procedure', () => {
  it.each(procedureNames)('%s rejects malformed input with one structured error and writes nothing', (name) => {
    ok('app.startEmpty', {});
    ok('advisors.create', { name: 'Dana Lee', email: 'dana@example.edu' });
    const before = domainTableCounts(t.db);
    for (const input of malformedInputs) {
      const result = dispatch(t.db, name, input);
      expect(result.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toContain(name);
      expect(typeof result.error.details?.field).toBe('string');
      expect(JSON.stringify(result.error)).not.toMatch(/\bat .*\.ts:\d+/);
    }
    expect(domainTableCounts(t.db)).toEqual(before);
  });

  it('answers an unknown procedure with a clear error', () => {
    const result = dispatch(t.db, 'students.drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_procedure', message: 'Unknown procedure "students.drop".' } });
  });

  it('names the field in an invalid-input message', () => {
    const result = dispatch(t.db, 'students.create', { firstName: 'Ada', lastName: 'Lovelace', schoolEmail: 'not-an-email' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input for students.create: schoolEmail must be an email address like name@example.edu', details: { field: 'schoolEmail' } },
    });
  });
});

describe('students', () => {
  const ada = { firstName: 'Ada', lastName: 'Lovelace', externalId: 'S1', schoolEmail: 'Ada@Uni.edu', program: 'Mathematics', classYear: 2027, labels: ['Honors', 'First-gen'] };

  it('creates, reads, updates and lists a student', () => {
    const created = ok<{ id: number; displayName: string; schoolEmail: string; labels: string[]; status: string }>('students.create', { ...ada, preferredName: '  ' });
    expect(created).toMatchObject({ displayName: 'Ada Lovelace', schoolEmail: 'ada@uni.edu', labels: ['First-gen', 'Honors'], status: 'active' });
    const updated = ok<{ program: string; preferredName: string | null; displayName: string }>('students.update', { id: created.id, ...ada, preferredName: 'Countess', program: 'Computer Science' });
    expect(updated).toMatchObject({ program: 'Computer Science', preferredName: 'Countess', displayName: 'Countess Lovelace' });
    const list = ok<{ total: number; rows: { displayName: string }[] }>('students.list', { search: 'lovel' });
    expect(list.total).toBe(1);
    expect(list.rows[0]?.displayName).toBe('Countess Lovelace');
  });

  it('refuses a second student with the same student ID, saying who has it', () => {
    ok('students.create', ada);
    const result = dispatch(t.db, 'students.create', { ...ada, schoolEmail: null, firstName: 'Other' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', details: { field: 'externalId' } } });
    if (!result.ok) expect(result.error.message).toBe('Another student (Ada Lovelace) already has the student ID S1.');
    expect(domainTableCounts(t.db).students).toBe(1);
  });

  it('filters, sorts and pages on the server', () => {
    for (let i = 0; i < 30; i++) {
      ok('students.create', { firstName: `Student${String(i).padStart(2, '0')}`, lastName: i % 2 ? 'Odd' : 'Even', classYear: 2026 + (i % 3), program: i < 10 ? 'Biology' : 'History' });
    }
    const page2 = ok<{ total: number; rows: { displayName: string }[] }>('students.list', { sort: 'name', direction: 'asc', page: 2, pageSize: 10 });
    expect(page2.total).toBe(30);
    expect(page2.rows).toHaveLength(10);
    // Last name first: the 15 "Even" students come first, so page 2 starts at the sixth of them.
    expect(page2.rows[0]?.displayName).toBe('Student20 Even');
    const filtered = ok<{ total: number; rows: { classYear: number; program: string }[] }>('students.list', { classYear: 2027, program: 'Biology' });
    expect(filtered.total).toBe(3);
    expect(filtered.rows.every((r) => r.classYear === 2027 && r.program === 'Biology')).toBe(true);
    const byYearDesc = ok<{ rows: { classYear: number }[] }>('students.list', { sort: 'classYear', direction: 'desc', pageSize: 1 });
    expect(byYearDesc.rows[0]?.classYear).toBe(2028);
  });

  it('archives with an audit entry and can be restored', () => {
    const created = ok<{ id: number }>('students.create', ada);
    ok('students.setStatus', { id: created.id, status: 'archived' });
    expect(ok<{ total: number }>('students.list', { status: 'active' }).total).toBe(0);
    expect(ok<{ total: number }>('students.list', { status: 'archived' }).total).toBe(1);
    const audit = ok<{ action: string; entity: string; entityId: number }[]>('audit.recent', {});
    expect(audit[0]).toMatchObject({ action: 'archive', entity: 'student', entityId: created.id });
    ok('students.setStatus', { id: created.id, status: 'active' });
    expect(ok<{ total: number }>('students.list', { status: 'active' }).total).toBe(1);
  });

  it('says which student does not exist', () => {
    expect(dispatch(t.db, 'students.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'No student with id 999.' } });
  });

  it('finds students as you type by name, email or ID, ignoring accents and FTS syntax', () => {
    ok('students.create', { firstName: 'José', lastName: "O'Brien", externalId: 'H-204', schoolEmail: 'jose.obrien@uni.edu' });
    for (const query of ['jos', 'jose obr', 'H-204', 'obrien@uni', '"o\'brien"', 'NEAR(']) {
      const found = ok<{ students: { displayName: string }[] }>('search.quick', { query });
      if (query === 'NEAR(') expect(found.students).toEqual([]);
      else expect(found.students.map((s) => s.displayName), query).toEqual(["José O'Brien"]);
    }
  });
});

describe('first run and settings', () => {
  it('starts empty with the goal ladder seeded and first run done', () => {
    expect(ok<{ firstRunDone: boolean }>('app.status', {}).firstRunDone).toBe(false);
    ok('app.startEmpty', {});
    expect(ok<{ firstRunDone: boolean }>('app.status', {}).firstRunDone).toBe(true);
    expect(domainTableCounts(t.db).goal_templates).toBeGreaterThanOrEqual(7);
  });

  it('refuses to load the demo office over real students', () => {
    ok('students.create', { firstName: 'A', lastName: 'B' });
    expect(dispatch(t.db, 'app.loadDemo', { students: 10 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(domainTableCounts(t.db).students).toBe(1);
  });

  it('computes the dashboard from the data', () => {
    ok('app.loadDemo', { students: 120, seed: 3 });
    const active = ok<{ total: number }>('students.list', { status: 'active' }).total;
    const goals = ok<{ activeStudents: number }>('dashboard.goals', {});
    const readiness = ok<{ activeStudents: number; byClassYear: { students: number }[] }>('dashboard.readiness', {});
    expect(goals.activeStudents).toBe(active);
    expect(readiness.activeStudents).toBe(active);
    expect(readiness.byClassYear.reduce((s, r) => s + r.students, 0)).toBe(active);
    expect(ok<{ funnel: { invited: number } }>('dashboard.office', {}).funnel.invited).toBeGreaterThan(0);
  });
});
