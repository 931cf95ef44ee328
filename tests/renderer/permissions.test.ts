import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@shared/api/access';
import type { Caller } from '@shared/api/caller';
import { procedureNames } from '@shared/api/contract';
import { navItems } from '@renderer/app/navigation';
import { mayCall, mayCallAny } from '@renderer/app/permissions';

// What the screens offer is read from the access rules the contract declares: these pin what that means for each
// role, so a rule changed in shared/api shows up here as a changed menu rather than a screen full of refusals.
const as = (role: Role): Caller => ({ userId: 1, email: `${role}@example.edu`, name: role, role, advisorId: null });
const offered = (caller: Caller | null) => navItems.filter((item) => mayCallAny(caller, item.needs)).map((item) => item.label);
const exportsOf = procedureNames.filter(
  (name) => name.startsWith('exports.') || name === 'dashboard.export' || name.startsWith('events.export') || name === 'events.checkInSheet',
);

describe('screens offered by role, from the declared access rules', () => {
  it('single-user mode (no caller) offers every screen and every procedure, as before', () => {
    expect(offered(null)).toEqual(navItems.map((item) => item.label));
    expect(procedureNames.every((name) => mayCall(null, name))).toBe(true);
  });

  it('an admin is offered every screen', () => {
    expect(offered(as('admin'))).toEqual(navItems.map((item) => item.label));
  });

  it('a director: everything but imports and backups (admin only)', () => {
    expect(offered(as('director'))).toEqual(['My day', 'Dashboard', 'Students', 'Losing touch', 'Contacts', 'Employers', 'Events', 'History', 'Settings']);
  });

  it('an advisor: their work and Settings for their own two-step sign-in; no history, imports or backups', () => {
    expect(offered(as('advisor'))).toEqual(['My day', 'Dashboard', 'Students', 'Losing touch', 'Contacts', 'Employers', 'Events', 'Settings']);
  });

  it('a front desk sees Events (and its check-in desk), and Settings for its own two-step sign-in', () => {
    expect(offered(as('frontdesk'))).toEqual(['Events', 'Settings']);
    expect(mayCall(as('frontdesk'), 'attendance.checkIn')).toBe(true);
    expect(mayCall(as('frontdesk'), 'readiness.student')).toBe(false);
    // Not the event's calendar file or check-in sheet either: the Export menu and "Upcoming (.ics)" are not shown.
    expect(exportsOf.filter((name) => mayCall(as('frontdesk'), name))).toEqual([]);
  });

  it('a viewer reads dashboards and lists but is offered no export, no change and no My day (an advisor’s own work)', () => {
    expect(offered(as('viewer'))).toEqual(['Dashboard', 'Students', 'Losing touch', 'Contacts', 'Employers', 'Events', 'Settings']);
    expect(exportsOf.length).toBeGreaterThanOrEqual(5);
    expect(exportsOf.filter((name) => mayCall(as('viewer'), name))).toEqual([]);
    expect(mayCall(as('viewer'), 'students.update')).toBe(false);
  });

  it('only admins are offered Settings → Users', () => {
    expect(roles.filter((role) => mayCall(as(role), 'users.add'))).toEqual(['admin']);
  });
});

describe('a student page the caller may only read (students.get mayChange false)', () => {
  it("offers none of the student's changes, even to a role that may make them elsewhere; reads stay offered", () => {
    const advisor = as('advisor');
    for (const name of ['students.update', 'students.setStatus', 'goals.create', 'connections.create', 'interactions.create', 'milestones.create'] as const) {
      expect([name, mayCall(advisor, name, true)]).toEqual([name, false]);
      expect([name, mayCall(advisor, name, false)]).toEqual([name, true]);
    }
    expect(mayCall(advisor, 'students.timeline', true)).toBe(true);
    expect(mayCall(advisor, 'contacts.create', true)).toBe(true);
  });
});
