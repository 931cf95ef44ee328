import { describe, expect, it } from 'vitest';
import { procedureNames } from '../../shared/api/contract';
import { domainTableCounts } from '../../electron/core/db/bulk';
import { dispatch } from '../../electron/core/dispatch';
import { freshDbForEachTest } from './helpers';

const t = freshDbForEachTest();
const { call, fails } = t;

const malformedInputs: unknown[] = ['not an object', 42, [], { unexpectedField: 1 }, { id: -1, page: 'two', query: 123, students: 'many' }];

describe('every procedure', () => {
  it.each(procedureNames)('%s rejects malformed input with one structured error and writes nothing', (name) => {
    call('app.startEmpty', {});
    call('advisors.create', { name: 'Dana Lee', email: 'dana@example.edu' });
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
    expect(fails('students.drop', {})).toMatchObject({
      code: 'unknown_procedure',
      message: 'Unknown procedure "students.drop".',
    });
  });

  it('names the field in an invalid-input message', () => {
    expect(fails('students.create', { firstName: 'Ada', lastName: 'Lovelace', schoolEmail: 'not-an-email' })).toMatchObject({
      code: 'invalid_input',
      message: 'Invalid input for students.create: schoolEmail must be an email address like name@example.edu',
      details: { field: 'schoolEmail' },
    });
  });
});

describe('students', () => {
  const ada = {
    firstName: 'Ada',
    lastName: 'Lovelace',
    externalId: 'S1',
    schoolEmail: 'Ada@Uni.edu',
    program: 'Mathematics',
    classYear: 2027,
    labels: ['Honors', 'First-gen'],
  };

  it('creates, reads, updates and lists a student', () => {
    const created = call('students.create', { ...ada, preferredName: '  ' });
    expect(created).toMatchObject({
      displayName: 'Ada Lovelace',
      schoolEmail: 'ada@uni.edu',
      labels: ['First-gen', 'Honors'],
      status: 'active',
    });
    const updated = call('students.update', {
      id: created.id,
      ...ada,
      preferredName: 'Countess',
      program: 'Computer Science',
    });
    expect(updated).toMatchObject({
      program: 'Computer Science',
      preferredName: 'Countess',
      displayName: 'Countess Lovelace',
    });
    const list = call('students.list', { search: 'lovel' });
    expect(list.total).toBe(1);
    expect(list.rows[0]?.displayName).toBe('Countess Lovelace');
  });

  it('refuses a second student with the same student ID, saying who has it', () => {
    call('students.create', ada);
    expect(fails('students.create', { ...ada, schoolEmail: null, firstName: 'Other' })).toMatchObject({
      code: 'conflict',
      message: 'Another student (Ada Lovelace) already has the student ID S1.',
      details: { field: 'externalId' },
    });
    expect(domainTableCounts(t.db).students).toBe(1);
  });

  it('filters, sorts and pages on the server', () => {
    for (let i = 0; i < 30; i++) {
      call('students.create', {
        firstName: `Student${String(i).padStart(2, '0')}`,
        lastName: i % 2 ? 'Odd' : 'Even',
        classYear: 2026 + (i % 3),
        program: i < 10 ? 'Biology' : 'History',
      });
    }
    const page2 = call('students.list', { sort: 'name', direction: 'asc', page: 2, pageSize: 10 });
    expect(page2.total).toBe(30);
    expect(page2.rows).toHaveLength(10);
    // Last name first: the 15 "Even" students come first, so page 2 starts at the sixth of them.
    expect(page2.rows[0]?.displayName).toBe('Student20 Even');
    const filtered = call('students.list', { classYear: 2027, program: 'Biology' });
    expect(filtered.total).toBe(3);
    expect(filtered.rows.every((r) => r.classYear === 2027 && r.program === 'Biology')).toBe(true);
    const byYearDesc = call('students.list', { sort: 'classYear', direction: 'desc', pageSize: 1 });
    expect(byYearDesc.rows[0]?.classYear).toBe(2028);
  });

  it('archives with an audit entry and can be restored', () => {
    const created = call('students.create', ada);
    call('students.setStatus', { id: created.id, status: 'archived' });
    expect(call('students.list', { status: 'active' }).total).toBe(0);
    expect(call('students.list', { status: 'archived' }).total).toBe(1);
    const audit = call('audit.recent', {});
    expect(audit[0]).toMatchObject({ action: 'archive', entity: 'student', entityId: created.id });
    call('students.setStatus', { id: created.id, status: 'active' });
    expect(call('students.list', { status: 'active' }).total).toBe(1);
  });

  it('says which student does not exist', () => {
    expect(fails('students.get', { id: 999 })).toMatchObject({ code: 'not_found', message: 'No student with id 999.' });
  });

  it('finds students as you type by name, email or ID, ignoring accents and FTS syntax', () => {
    call('students.create', {
      firstName: 'José',
      lastName: "O'Brien",
      externalId: 'H-204',
      schoolEmail: 'jose.obrien@uni.edu',
    });
    for (const query of ['jos', 'jose obr', 'H-204', 'obrien@uni', '"o\'brien"', 'NEAR(']) {
      const found = call('search.quick', { query });
      if (query === 'NEAR(') expect(found.students).toEqual([]);
      else
        expect(
          found.students.map((s) => s.displayName),
          query,
        ).toEqual(["José O'Brien"]);
    }
  });
});

describe('first run and settings', () => {
  it('starts empty with the goal ladder seeded and first run done', () => {
    expect(call('app.status', {}).firstRunDone).toBe(false);
    call('app.startEmpty', {});
    expect(call('app.status', {}).firstRunDone).toBe(true);
    expect(domainTableCounts(t.db).goal_templates).toBeGreaterThanOrEqual(7);
  });

  it('refuses to load the demo office over real students', () => {
    call('students.create', { firstName: 'A', lastName: 'B' });
    expect(fails('app.loadDemo', { students: 10 })).toMatchObject({ code: 'conflict' });
    expect(domainTableCounts(t.db).students).toBe(1);
  });

  it('computes the dashboard from the data', () => {
    call('app.loadDemo', { students: 120, seed: 3 });
    const active = call('students.list', { status: 'active' }).total;
    const goals = call('dashboard.goals', {});
    const readiness = call('dashboard.readiness', {});
    expect(goals.activeStudents).toBe(active);
    expect(readiness.activeStudents).toBe(active);
    expect(readiness.byClassYear.reduce((s, r) => s + r.students, 0)).toBe(active);
    expect(call('dashboard.office', {}).funnel.invited).toBeGreaterThan(0);
  });
});
