import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/access';
import { writeSetting } from '../../electron/core/db/settings';
import { advisorsSeeWholeOfficeKey } from '../../electron/core/db/visible-students';
import { freshDb, procedures, type TestDb } from './helpers';
import { asCaller, callerFor, seedOffice, type Seed } from './support/office-callers';

// The figures beside a contact or an employer count only the students the caller may see, like the lists next to
// them: a count that includes a confidential student tells a viewer that one exists. Dana (the seed's contact) is
// every student's supervisor and mentors Olive; Fox mentors only Cora (advisor B's confidential student) and
// supervises Cora's second placement (which connects him to her as supervisor too). Each student also has a mentor
// contact of their own from the seed. Single-user mode, admins and directors count everyone.

let t: TestDb;
let seed: Seed;
let fox: number;

beforeAll(async () => {
  t = await freshDb();
  seed = seedOffice(t.db);
  fox = seed.otherContactId;
  const { call } = procedures(() => t.db);
  const { own, confidential } = seed.students;
  call('connections.create', { studentId: own.studentId, contactId: seed.contactId, relationship: 'mentor' });
  call('connections.create', { studentId: confidential.studentId, contactId: fox, relationship: 'mentor' });
  call('placements.create', {
    studentId: confidential.studentId,
    employerId: seed.employerId,
    supervisorContactId: fox,
    kind: 'internship',
    role: 'Analyst',
    startOn: '2026-02-01',
  });
  // Fox has a task of his own and one about Cora: deleting him takes both, and only the first is anyone's to count.
  call('tasks.create', { title: 'Thank Fox', dueOn: '2026-02-02', studentId: null, contactId: fox });
  call('tasks.create', { title: 'Ask Fox about Cora', dueOn: '2026-02-02', studentId: confidential.studentId, contactId: fox });
});
afterAll(() => t.close());

/** Every figure about students beside a contact or an employer, as one caller sees it (no role: single-user mode). */
function figures(role?: Role) {
  const { call } = procedures(() => (role ? asCaller(t.db, callerFor(role, seed)) : t.db));
  const listed = call('contacts.list', { pageSize: 50 }).rows;
  const row = (id: number) => listed.find((contact) => contact.id === id);
  const merge = call('contacts.mergePreview', { keepId: seed.contactId, mergeId: fox });
  return {
    danaConnections: call('contacts.connections', { contactId: seed.contactId }).length,
    danaDelete: call('contacts.deletePreview', { id: seed.contactId }),
    foxDelete: call('contacts.deletePreview', { id: fox }),
    connectionCount: [row(seed.contactId)?.connectionCount, row(fox)?.connectionCount],
    mentorshipsActive: [row(seed.contactId)?.mentorshipsActive, row(fox)?.mentorshipsActive, call('contacts.get', { id: fox }).mentorshipsActive],
    mentors: call('contacts.list', { pageSize: 50, relationship: 'mentor' })
      .rows.map((contact) => contact.displayName)
      .sort(),
    mergeFox: [merge.connectionsToMove, merge.interactions],
    placementCount: call('employers.list', { pageSize: 50 }).rows.find((employer) => employer.id === seed.employerId)?.placementCount,
  };
}

/** Each figure counted over every student, then without Cora (Dana's supervisor connection and its interaction with her, Fox's two connections, Cora's placements, Fox's task about Cora). */
const expected = {
  danaConnections: [5, 4],
  danaDelete: [
    { connections: 5, interactions: 4, students: 4, placementsSupervised: 0, tasks: 0 },
    { connections: 4, interactions: 3, students: 3, placementsSupervised: 0, tasks: 0 },
  ],
  foxDelete: [
    { connections: 2, interactions: 0, students: 1, placementsSupervised: 1, tasks: 2 },
    { connections: 0, interactions: 0, students: 0, placementsSupervised: 0, tasks: 1 },
  ],
  connectionCount: [
    [5, 2],
    [4, 0],
  ],
  mentorshipsActive: [
    [1, 1, 1],
    [1, 0, 0],
  ],
  mentors: [
    ['Bea Mentor', 'Cora Mentor', 'Dana Scully', 'Fox Mulder', 'Olive Mentor', 'Otto Mentor'],
    ['Bea Mentor', 'Dana Scully', 'Olive Mentor', 'Otto Mentor'],
  ],
  mergeFox: [
    [1, 0],
    [0, 0],
  ],
  placementCount: [5, 3],
};
const column = (index: 0 | 1) => Object.fromEntries(Object.entries(expected).map(([figure, values]) => [figure, values[index]]));
const everyone = column(0);
const withoutConfidential = column(1);

describe('counts beside contacts and employers agree with the lists the caller sees', () => {
  it('single-user mode, admins and directors count every student', () => {
    expect(figures()).toEqual(everyone);
    expect(figures('admin')).toEqual(everyone);
    expect(figures('director')).toEqual(everyone);
  });

  it('viewers and advisors never count another advisor’s confidential student', () => {
    expect(figures('viewer')).toEqual(withoutConfidential);
    expect(figures('advisor')).toEqual(withoutConfidential);
  });

  it('an advisor limited to their own caseload counts only it', () => {
    writeSetting(t.db, advisorsSeeWholeOfficeKey, false);
    try {
      const seen = figures('advisor');
      expect([seen.danaConnections, seen.danaDelete, seen.connectionCount, seen.placementCount]).toEqual([
        3,
        { connections: 3, interactions: 2, students: 2, placementsSupervised: 0, tasks: 0 },
        [3, 0],
        2,
      ]);
    } finally {
      writeSetting(t.db, advisorsSeeWholeOfficeKey, true);
    }
  });

  it('a director deleting a contact is audited with everything that went', () => {
    const { call } = procedures(() => asCaller(t.db, callerFor('director', seed)));
    call('contacts.delete', { id: fox });
    const row = t.db.sqlite.prepare(`select details from audit_log where entity = 'contact' and action = 'delete' order by id desc limit 1`).pluck().get();
    expect(JSON.parse(String(row))).toMatchObject({ connections: 2, placementsSupervised: 1, tasks: 2 });
  });
});
