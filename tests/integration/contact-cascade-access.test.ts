import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/access';
import type { Caller } from '../../shared/api/caller';
import { procedures } from './helpers';
import { asCaller, callerFor, seededOffice } from './support/office-callers';

// Deleting a contact deletes its connections and their interactions; merging one moves them. Both change the records
// of every student connected to the contact, so on the office server an advisor may do either only when each of
// those students is theirs to change. Each case runs in a transaction rolled back afterwards.

const office = seededOffice();

function rolledBack<T>(run: () => T): T {
  office.t.db.sqlite.exec('begin immediate');
  try {
    return run();
  } finally {
    if (office.t.db.sqlite.inTransaction) office.t.db.sqlite.exec('rollback');
  }
}

const as = (caller: Caller) => procedures(() => asCaller(office.t.db, caller));
const role = (name: Role) => as(callerFor(name, office.seed));
const connectionsOf = (contactId: number) => office.t.db.sqlite.prepare('select count(*) from connections where contact_id = ?').pluck().get(contactId);

describe('contacts.delete and contacts.merge on the office server', () => {
  it("refuses an advisor a contact connected to other advisors' students, confidential ones included, and names none of them", () => {
    // office.seed.contactId is connected to the advisor's own students, another advisor's and a confidential one.
    rolledBack(() => {
      const refused = role('advisor').fails('contacts.delete', { id: office.seed.contactId });
      expect(refused).toMatchObject({
        code: 'forbidden',
        message: 'This contact is connected to students outside your caseload; ask a director to delete it.',
      });
      expect(refused.details).not.toHaveProperty('studentId');
      expect(connectionsOf(office.seed.contactId)).toBe(4);
    });
    rolledBack(() => {
      const refused = role('advisor').fails('contacts.merge', { keepId: office.seed.otherContactId, mergeId: office.seed.contactId });
      expect(refused).toMatchObject({
        code: 'forbidden',
        message: 'The contact merged away is connected to students outside your caseload; ask a director to merge it.',
      });
      expect(connectionsOf(office.seed.otherContactId)).toBe(0);
    });
  });

  it('lets an advisor delete or merge a contact connected only to their own students, and a director any contact', () => {
    rolledBack(() => expect(role('advisor').call('contacts.delete', { id: office.seed.students.own.soleContactId })).toEqual({ deleted: true }));
    rolledBack(() => {
      const merged = role('advisor').call('contacts.merge', { keepId: office.seed.contactId, mergeId: office.seed.students.own.soleContactId });
      expect(merged.movedConnections).toBe(1);
    });
    rolledBack(() => expect(role('director').call('contacts.delete', { id: office.seed.contactId })).toEqual({ deleted: true }));
    rolledBack(() =>
      expect(role('admin').call('contacts.merge', { keepId: office.seed.otherContactId, mergeId: office.seed.contactId }).movedConnections).toBe(4),
    );
  });

  it('refuses an advisor a contact that supervises another advisor’s placement', () => {
    rolledBack(() => {
      const { call } = procedures(() => office.t.db);
      const supervisor = call('contacts.create', { firstName: 'Sam', lastName: 'Supervisor' }).id;
      office.t.db.sqlite.prepare('update placements set supervisor_contact_id = ? where id = ?').run(supervisor, office.seed.students.other.placementId);
      expect(role('advisor').fails('contacts.delete', { id: supervisor }).code).toBe('forbidden');
    });
  });

  it('leaves single-user mode unchanged', () => {
    rolledBack(() => expect(procedures(() => office.t.db).call('contacts.delete', { id: office.seed.contactId })).toEqual({ deleted: true }));
  });
});

describe('an advisor whose account is linked to no advisor record', () => {
  const unlinked = (): Caller => ({ ...callerFor('advisor', office.seed), advisorId: null });

  it('may not create a student with no advisor, nor change any student', () => {
    rolledBack(() => {
      const refused = as(unlinked()).fails('students.create', { firstName: 'Nobody', lastName: 'Assigned', advisorId: null });
      expect(refused).toMatchObject({ code: 'forbidden', message: 'Your account is not linked to an advisor record; ask an admin to link it.' });
      expect(as(unlinked()).fails('students.setStatus', { id: office.seed.students.own.studentId, status: 'archived' }).code).toBe('forbidden');
    });
  });

  it('a linked advisor still creates students in their own caseload', () => {
    rolledBack(() =>
      expect(role('advisor').call('students.create', { firstName: 'New', lastName: 'Own', advisorId: office.seed.advisorA }).id).toBeGreaterThan(0),
    );
  });
});
