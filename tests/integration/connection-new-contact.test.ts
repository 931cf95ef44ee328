import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/access';
import { freshDbForEachTest, procedures } from './helpers';
import { asCaller, callerFor, seededOffice } from './support/office-callers';

// "Add connection" may create the contact on the spot, as "Log meeting" does: one write that makes both the
// contact and the connection, or neither.

describe('connections.create with a new contact', () => {
  const t = freshDbForEachTest();
  const contactCount = () => t.call('contacts.list', { pageSize: 100 }).total;

  it('creates the contact and the connection together', () => {
    t.call('app.startEmpty', {});
    const studentId = t.call('students.create', { firstName: 'Ada', lastName: 'Park' }).id;
    const employerId = t.call('employers.create', { name: 'Acme' }).id;
    const made = t.call('connections.create', {
      studentId,
      newContact: { firstName: 'Yara', lastName: 'Haddad', title: 'Recruiter', employerId },
      relationship: 'met_at_event',
      context: 'Spring fair',
    });
    expect(made).toMatchObject({ studentId, contactName: 'Yara Haddad', contactTitle: 'Recruiter', employerName: 'Acme', relationship: 'met_at_event' });
    expect(t.call('contacts.get', { id: made.contactId })).toMatchObject({ firstName: 'Yara', lastName: 'Haddad', employerId });
    expect(contactCount()).toBe(1);
  });

  it('leaves no contact behind when the connection is refused, and names the problem', () => {
    t.call('app.startEmpty', {});
    const studentId = t.call('students.create', { firstName: 'Ada', lastName: 'Park' }).id;
    const future = t.fails('connections.create', {
      studentId,
      newContact: { firstName: 'Yara', lastName: 'Haddad' },
      relationship: 'mentor',
      sinceOn: '2999-01-01',
    });
    expect(future).toMatchObject({ code: 'invalid_input', details: { field: 'sinceOn' } });
    const noEmployer = t.fails('connections.create', {
      studentId,
      newContact: { firstName: 'Yara', lastName: 'Haddad', employerId: 999 },
      relationship: 'mentor',
    });
    expect(noEmployer.details).toMatchObject({ field: 'newContact.employerId' });
    expect(contactCount()).toBe(0);
  });

  it('takes exactly one of an existing contact and a new one, and a new one needs a name', () => {
    t.call('app.startEmpty', {});
    const studentId = t.call('students.create', { firstName: 'Ada', lastName: 'Park' }).id;
    const contactId = t.call('contacts.create', { firstName: 'Fox', lastName: 'Mulder' }).id;
    expect(t.fails('connections.create', { studentId, relationship: 'mentor' }).message).toMatch(/choose a contact or enter a new one/);
    const both = t.fails('connections.create', { studentId, contactId, newContact: { firstName: 'Yara', lastName: 'Haddad' }, relationship: 'mentor' });
    expect(both.message).toMatch(/choose a contact or enter a new one/);
    expect(t.fails('connections.create', { studentId, newContact: { firstName: ' ', lastName: 'Haddad' }, relationship: 'mentor' }).code).toBe('invalid_input');
    expect(t.call('connections.create', { studentId, contactId, relationship: 'mentor' }).contactName).toBe('Fox Mulder');
    expect(contactCount()).toBe(1);
  });
});

describe('connections.create with a new contact, signed in', () => {
  const office = seededOffice();
  const as = (role: Role) => procedures(() => asCaller(office.t.db, callerFor(role, office.seed)));

  it("an advisor adds one for their own student; for someone else's student nothing is created", () => {
    const before = as('admin').call('contacts.list', { pageSize: 100 }).total;
    const own = as('advisor').call('connections.create', {
      studentId: office.seed.students.own.studentId,
      newContact: { firstName: 'Walter', lastName: 'Skinner' },
      relationship: 'faculty',
    });
    expect(own.contactName).toBe('Walter Skinner');
    const refused = as('advisor').fails('connections.create', {
      studentId: office.seed.students.other.studentId,
      newContact: { firstName: 'Alex', lastName: 'Krycek' },
      relationship: 'faculty',
    });
    expect(refused.code).toBe('forbidden');
    expect(as('admin').call('contacts.list', { pageSize: 100 }).total).toBe(before + 1);
  });
});
