import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/access';
import { writeSetting } from '../../electron/core/db/settings';
import { advisorsSeeWholeOfficeKey } from '../../electron/core/db/visible-students';
import { freshDb, procedures, type TestDb } from './helpers';
import { asCaller, callerFor, seedOffice, targets, type Seed, type Target } from './support/office-callers';

// students.get says whether the caller may change the student (the page offers Edit, New and Log only then), and
// that answer agrees with what the core does when the caller tries: students.setStatus on the same student.

let t: TestDb;
let seed: Seed;

beforeAll(async () => {
  t = await freshDb();
  seed = seedOffice(t.db);
});
afterAll(() => t.close());

const as = (role: Role) => procedures(() => asCaller(t.db, callerFor(role, seed)));
const idOf = (target: Target) => seed.students[target].studentId;

/** What students.get answers for each student the role may see (absent: refused), and whether a write went through. */
function mayChangeBy(role: Role) {
  const answers: Partial<Record<Target, { mayChange: boolean; writes: boolean }>> = {};
  for (const target of targets) {
    const caller = as(role);
    let mayChange: boolean;
    try {
      mayChange = caller.call('students.get', { id: idOf(target) }).mayChange;
    } catch {
      continue;
    }
    const status = caller.call('students.get', { id: idOf(target) }).status;
    let writes = true;
    try {
      caller.call('students.setStatus', { id: idOf(target), status });
    } catch {
      writes = false;
    }
    answers[target] = { mayChange, writes };
  }
  return answers;
}

const both = (value: boolean) => ({ mayChange: value, writes: value });

describe('students.get mayChange', () => {
  it('is true in single-user mode', () => {
    const { call } = procedures(() => t.db);
    for (const target of targets) expect(call('students.get', { id: idOf(target) }).mayChange).toBe(true);
  });

  it('is true for admins and directors on every student', () => {
    for (const role of ['admin', 'director'] as const) expect(mayChangeBy(role)).toEqual({ own: both(true), other: both(true), confidential: both(true) });
  });

  it("is true for an advisor on their own caseload only, false on another advisor's student they may read", () => {
    expect(mayChangeBy('advisor')).toEqual({ own: both(true), other: both(false) });
  });

  it('is false for viewers; front desk may not load a student page at all', () => {
    expect(mayChangeBy('viewer')).toEqual({ own: both(false), other: both(false) });
    expect(mayChangeBy('frontdesk')).toEqual({});
  });

  it('follows the office setting: with "advisors see the whole office" off, the other student is not loaded', () => {
    writeSetting(t.db, advisorsSeeWholeOfficeKey, false);
    try {
      expect(mayChangeBy('advisor')).toEqual({ own: both(true) });
    } finally {
      writeSetting(t.db, advisorsSeeWholeOfficeKey, true);
    }
  });
});
