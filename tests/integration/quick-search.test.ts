import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/access';
import { writeSetting } from '../../electron/core/db/settings';
import { advisorsSeeWholeOfficeKey } from '../../electron/core/db/visible-students';
import { procedures } from './helpers';
import { asCaller, callerFor, seededOffice } from './support/office-callers';

// The command palette (search.quick) finds the four kinds of record, each the way its own list would: students only
// when the caller may see them (a confidential student never reaches someone who may not), the shared directory and
// the calendar for every role that may call it. Students: Olive and Bea (advisor A's), Otto and Cora (advisor B's,
// Cora confidential); contacts Dana Scully (Initech), Fox Mulder and one "<first name> Mentor" per student.

const office = seededOffice();
const as = (role: Role) => procedures(() => asCaller(office.t.db, callerFor(role, office.seed)));
const quick = (role: Role, query: string, limit?: number) => as(role).call('search.quick', { query, limit });

describe('search.quick', () => {
  it('finds students, contacts, employers and events by what is typed', () => {
    expect(quick('admin', 'scul').contacts).toEqual([{ id: office.seed.contactId, displayName: 'Dana Scully', title: null, employerName: 'Initech' }]);
    expect(quick('admin', 'inite').employers).toEqual([{ id: office.seed.employerId, name: 'Initech', industry: 'Software', location: null }]);
    expect(quick('admin', 'spring').events).toEqual([
      { id: office.seed.eventId, title: 'Spring fair', kind: 'career_fair', startsAt: '2026-04-01T17:00:00.000Z' },
    ]);
    expect(quick('admin', 'olive').students.map((s) => s.id)).toEqual([office.seed.students.own.studentId]);
    // "Fair" is part of an event title only: nothing else matches it.
    const fair = quick('admin', 'fair');
    expect([fair.students, fair.contacts, fair.employers, fair.events.length]).toEqual([[], [], [], 1]);
  });

  it('a confidential student is found by their advisor and directors, never by anyone else; their mentor contact stays in the directory', () => {
    const cora = office.seed.students.confidential.studentId;
    expect(quick('director', 'cora student').students.map((s) => s.id)).toEqual([cora]);
    expect(quick('admin', 'cora student').students.map((s) => s.id)).toEqual([cora]);
    // Advisor A may see the whole office (the default), but not someone else's confidential student.
    expect(quick('advisor', 'cora student').students).toEqual([]);
    expect(quick('viewer', 'cora').students).toEqual([]);
    // The directory is the office's: the contact named after her is found (no student is named by it).
    expect(quick('viewer', 'cora').contacts.map((c) => c.displayName)).toEqual(['Cora Mentor']);
  });

  it('an advisor limited to their own caseload finds only their students, and still the whole directory and calendar', () => {
    writeSetting(office.t.db, advisorsSeeWholeOfficeKey, false);
    try {
      const found = quick('advisor', 'student');
      expect(found.students.map((s) => s.displayName.split(' ')[0]).sort()).toEqual(['Bea', 'Olive']);
      expect(quick('advisor', 'otto').students).toEqual([]);
      expect(
        quick('advisor', 'mentor')
          .contacts.map((c) => c.displayName)
          .sort(),
      ).toEqual(['Bea Mentor', 'Cora Mentor', 'Olive Mentor', 'Otto Mentor']);
      expect(quick('advisor', 'spring').events).toHaveLength(1);
    } finally {
      writeSetting(office.t.db, advisorsSeeWholeOfficeKey, true);
    }
  });

  it('the limit applies to each kind, and text with no words or FTS syntax finds nothing rather than failing', () => {
    expect(quick('admin', 'mentor', 2).contacts).toHaveLength(2);
    expect(quick('admin', 'student', 3).students).toHaveLength(3);
    expect(quick('admin', '')).toEqual({ students: [], contacts: [], employers: [], events: [] });
    expect(quick('admin', '"*')).toEqual({ students: [], contacts: [], employers: [], events: [] });
    expect(quick('admin', 'AND OR').contacts).toEqual([]);
  });

  it('the front desk may not call it', () => {
    expect(as('frontdesk').fails('search.quick', { query: 'olive' }).code).toBe('forbidden');
  });
});
