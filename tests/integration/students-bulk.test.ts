import { describe, expect, it } from 'vitest';
import { lastAuditId, writeAudit } from '../../electron/core/db/audit';
import { freshDbForEachTest, procedures, studentOnFile } from './helpers';
import { asCaller, callerFor, seedOffice } from './support/office-callers';

const t = freshDbForEachTest();
const { call, fails } = t;

function office() {
  const ada = call('advisors.create', { name: 'Ada Advisor', email: 'ada@example.edu' }).id;
  const ben = call('advisors.create', { name: 'Ben Advisor', email: 'ben@example.edu' }).id;
  const ids = ['Ann', 'Bob', 'Cat', 'Dan'].map((first, i) =>
    studentOnFile(call, first, 'Lee', { advisorId: i < 2 ? ada : null, labels: i === 0 ? ['Honors'] : [] }),
  );
  return { ada, ben, ids };
}
const selected = (ids: readonly number[]) => ids.map((id) => ({ id, version: call('students.get', { id }).version }));
const state = (id: number) => {
  const s = call('students.get', { id });
  return { advisorId: s.advisorId, labels: s.labels, status: s.status, version: s.version };
};

describe('bulk changes from the caseload table', () => {
  it('assigns an advisor to many students in one entry, and Undo puts back each one’s own advisor', () => {
    const { ada, ben, ids } = office();
    const before = ids.map(state);
    const result = call('students.bulkChange', { students: selected(ids), change: { kind: 'assignAdvisor', advisorId: ben } });
    expect(result).toMatchObject({ changed: 4, unchanged: 0 });
    expect(ids.map((id) => state(id).advisorId)).toEqual([ben, ben, ben, ben]);
    expect(ids.map((id) => state(id).version)).toEqual(before.map((b) => b.version + 1));
    expect(call('students.list', { advisorId: ben }).total).toBe(4);
    call('students.bulkUndo', { changeId: result.changeId, studentIds: ids });
    expect(ids.map((id) => state(id).advisorId)).toEqual([ada, ada, null, null]);
    expect(fails('students.bulkUndo', { changeId: result.changeId, studentIds: ids })).toMatchObject({
      code: 'conflict',
      message: 'This change was undone already.',
    });
  });

  it('adds a label and archives, each undone exactly', () => {
    const { ids } = office();
    const label = call('students.bulkChange', { students: selected(ids), change: { kind: 'addLabel', label: 'Spring fair' } });
    expect(label).toMatchObject({ changed: 4 });
    expect(state(ids[0] ?? 0).labels).toEqual(['Honors', 'Spring fair']);
    call('students.bulkUndo', { changeId: label.changeId, studentIds: ids });
    expect(ids.map((id) => state(id).labels)).toEqual([['Honors'], [], [], []]);
    const archive = call('students.bulkChange', { students: selected(ids.slice(0, 2)), change: { kind: 'archive' } });
    expect(ids.map((id) => state(id).status)).toEqual(['archived', 'archived', 'active', 'active']);
    call('students.bulkUndo', { changeId: archive.changeId, studentIds: ids.slice(0, 2) });
    expect(ids.map((id) => state(id).status)).toEqual(['active', 'active', 'active', 'active']);
  });

  it('refuses a student changed since the selection, naming them, and changes nobody', () => {
    const { ben, ids } = office();
    const picked = selected(ids);
    const { id, displayName: _d, advisorName: _a, status: _s, createdAt: _c, updatedAt: _u, mayChange: _m, ...s } = call('students.get', { id: ids[1] ?? 0 });
    call('students.update', { ...s, id, phone: '555-0100' });
    const refused = fails('students.bulkChange', { students: picked, change: { kind: 'assignAdvisor', advisorId: ben } });
    expect(refused).toMatchObject({ code: 'conflict', details: { reason: 'stale', students: [{ id: ids[1], displayName: 'Bob Lee' }] } });
    expect(refused.message).toContain('1 of the 4 students was changed since you selected them (Bob Lee)');
    expect(call('students.list', { advisorId: ben }).total).toBe(0);
  });

  it('names the students it changed in the history, as exports do, and so does its undo', () => {
    const { ben, ids } = office();
    const names = ['Ann Lee', 'Bob Lee', 'Cat Lee', 'Dan Lee'];
    const latest = () => call('audit.list', { pageSize: 1 }).rows[0];
    const change = call('students.bulkChange', { students: selected(ids), change: { kind: 'assignAdvisor', advisorId: ben } });
    expect(latest()).toMatchObject({ id: change.changeId, entity: 'student', count: 4, details: { bulk: 'assignAdvisor', students: names } });
    call('students.bulkUndo', { changeId: change.changeId, studentIds: ids });
    expect(latest()).toMatchObject({ entity: 'student', count: 4, details: { undoes: change.changeId, students: names } });
  });

  it('undoes a change recorded before names were (previous values under `students`)', () => {
    const { ben, ids } = office();
    call('students.bulkChange', { students: selected(ids.slice(2)), change: { kind: 'assignAdvisor', advisorId: ben } });
    // The history is append-only: the old-style entry is written beside the new one, holding the same values.
    const previous: unknown = call('audit.list', { pageSize: 1 }).rows[0]?.details?.previous;
    writeAudit(t.db, { actor: 'Before names', action: 'update', entity: 'student', count: 2, details: { bulk: 'assignAdvisor', students: previous } });
    call('students.bulkUndo', { changeId: lastAuditId(t.db), studentIds: ids.slice(2) });
    expect(ids.slice(2).map((id) => state(id).advisorId)).toEqual([null, null]);
  });

  it('refuses an undo when a student was changed after the bulk change', () => {
    const { ben, ids } = office();
    const result = call('students.bulkChange', { students: selected(ids), change: { kind: 'assignAdvisor', advisorId: ben } });
    call('students.setStatus', { id: ids[2] ?? 0, status: 'alumnus' });
    expect(fails('students.bulkUndo', { changeId: result.changeId, studentIds: ids })).toMatchObject({ code: 'conflict', details: { reason: 'stale' } });
    expect(call('students.list', { advisorId: ben }).total).toBe(4);
  });

  it('selects every student a filter matches with their versions', () => {
    const { ada, ids } = office();
    expect(call('students.selection', { advisorId: ada })).toEqual({ students: selected(ids.slice(0, 2)), total: 2 });
  });
});

describe('bulk changes on the office server', () => {
  it('refuses an advisor who selects a student outside their caseload, and changes nobody', () => {
    const seed = seedOffice(t.db);
    const advisor = procedures(() => asCaller(t.db, callerFor('advisor', seed)));
    const own = seed.students.own.studentId;
    const other = seed.students.other.studentId;
    const refused = advisor.fails('students.bulkChange', { students: [{ id: own }, { id: other }], change: { kind: 'addLabel', label: 'Mine' } });
    expect(refused).toMatchObject({ code: 'forbidden' });
    expect(call('students.get', { id: own }).labels).not.toContain('Mine');
    expect(advisor.call('students.bulkChange', { students: [{ id: own }], change: { kind: 'addLabel', label: 'Mine' } })).toMatchObject({ changed: 1 });
  });
});
