import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/access';
import type { Caller } from '../../shared/api/caller';
import { freshDb, procedures, type TestDb } from './helpers';
import { asCaller, callerFor, seedOffice, type Seed } from './support/office-callers';

// Deleting a contact deletes its connections and their interactions; merging one moves them. Both change the records
// of every student connected to the contact, so on the office server an advisor may do either only when each of
// those students is theirs to change. Each case runs in a transaction rolled back afterwards.

let t: TestDb;
let seed: Seed;

beforeAll(async () => {
  t = await freshDb();
  seed = seedOffice(t.db);
});
afterAll(() => t.close());

function rolledBack<T>(run: () => T): T {
  t.db.sqlite.exec('begin immediate');
  try {
    return run();
  } finally {
    if (t.db.sqlite.inTransaction) t.db.sqlite.exec('rollback');
  }
}

const as = (caller: Caller) => procedures(() => asCaller(t.db, caller));
const role = (name: Role) => as(callerFor(name, seed));
const connectionsOf = (contactId: number) => t.db.sqlite.prepare('select count(*) from connections where contact_id = ?').pluck().get(contactId);

describe('contacts.delete and contacts.merge on the office server', () => {
  it("refuses an advisor a contact connected to other advisors' students, confidential ones included, and names none of them", () => {
    // seed.contactId is connected to the advisor's own students, another advisor's and a confidential one.
    rolledBack(() => {
      const refused = role('advisor').fails('contacts.delete', { id: seed.contactId });
      expect(refused).toMatchObject({
        code: 'forbidden',
        message: 'This contact is connected to students outside your caseload; ask a director to delete it.',
      });
      expect(refused.details).not.toHaveProperty('studentId');
      expect(connectionsOf(seed.contactId)).toBe(4);
    });
    rolledBack(() => {
      const refused = role('advisor').fails('contacts.merge', { keepId: seed.otherContactId, mergeId: seed.contactId });
      expect(refused).toMatchObject({
        code: 'forbidden',
        message: 'The contact merged away is connected to students outside your caseload; ask a director to merge it.',
      });
      expect(connectionsOf(seed.otherContactId)).toBe(0);
    });
  });

  it('lets an advisor delete or merge a contact connected only to their own students, and a director any contact', () => {
    rolledBack(() => expect(role('advisor').call('contacts.delete', { id: seed.students.own.soleContactId })).toEqual({ deleted: true }));
    rolledBack(() => {
      const merged = role('advisor').call('contacts.merge', { keepId: seed.contactId, mergeId: seed.students.own.soleContactId });
      expect(merged.movedConnections).toBe(1);
    });
    rolledBack(() => expect(role('director').call('contacts.delete', { id: seed.contactId })).toEqual({ deleted: true }));
    rolledBack(() => expect(role('admin').call('contacts.merge', { keepId: seed.otherContactId, mergeId: seed.contactId }).movedConnections).toBe(4));
  });

  it('refuses an advisor a contact that supervises another advisor’s placement', () => {
    rolledBack(() => {
      const { call } = procedures(() => t.db);
      const supervisor = call('contacts.create', { firstName: 'Sam', lastName: 'Supervisor' }).id;
      t.db.sqlite.prepare('update placements set supervisor_contact_id = ? where id = ?').run(supervisor, seed.students.other.placementId);
      expect(role('advisor').fails('contacts.delete', { id: supervisor }).code).toBe('forbidden');
    });
  });

  it('leaves single-user mode unchanged', () => {
    rolledBack(() => expect(procedures(() => t.db).call('contacts.delete', { id: seed.contactId })).toEqual({ deleted: true }));
  });
});

describe('an advisor whose account is linked to no advisor record', () => {
  const unlinked = (): Caller => ({ ...callerFor('advisor', seed), advisorId: null });

  it('may not create a student with no advisor, nor change any student', () => {
    rolledBack(() => {
      const refused = as(unlinked()).fails('students.create', { firstName: 'Nobody', lastName: 'Assigned', advisorId: null });
      expect(refused).toMatchObject({ code: 'forbidden', message: 'Your account is not linked to an advisor record; ask an admin to link it.' });
      expect(as(unlinked()).fails('students.setStatus', { id: seed.students.own.studentId, status: 'archived' }).code).toBe('forbidden');
    });
  });

  it('a linked advisor still creates students in their own caseload', () => {
    rolledBack(() => expect(role('advisor').call('students.create', { firstName: 'New', lastName: 'Own', advisorId: seed.advisorA }).id).toBeGreaterThan(0));
  });
});
