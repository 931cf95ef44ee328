// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '@shared/api/access';
import { SessionContext, singleUser, type Session } from '@renderer/app/session';
import { DirectoryEmptyState, ListPage } from '@renderer/components/ListPage';
import { RecordHeader } from '@renderer/components/RecordPage';

// The shared record header and list frame offer Edit and "New …" only to the roles whose access rule allows the
// procedure the button calls: a viewer on the office server is not shown buttons the server would refuse.
const office = (role: Role): Session => ({ mode: 'office', caller: { userId: 1, email: `${role}@example.edu`, name: role, role, advisorId: null } });
const noop = () => undefined;

function shown(session: Session, page: ReactNode) {
  render(createElement(MantineProvider, null, createElement(MemoryRouter, null, createElement(SessionContext.Provider, { value: session }, page))));
  return (name: string) => screen.queryByRole('button', { name }) !== null;
}

const studentHeader = createElement(RecordHeader, {
  crumb: { to: '/students', label: 'Students' },
  title: 'Iris Young',
  edit: { procedure: 'students.update', onClick: noop },
});
const contactsList = (total: number) =>
  createElement(ListPage, {
    title: 'Contacts',
    noun: 'contact',
    list: { data: { total }, isError: false, error: null, refetch: noop },
    filters: null,
    create: { procedure: 'contacts.create', label: 'New contact', icon: null, onClick: noop },
    empty: createElement(DirectoryEmptyState, {
      icon: null,
      plural: 'contacts',
      filtered: false,
      onClear: noop,
      add: { procedure: 'contacts.create', label: 'Add a contact', onClick: noop },
      hint: { filtered: '', none: '' },
    }),
    children: null,
  });

afterEach(cleanup);

describe('Edit and New are offered by the declared access rules', () => {
  it('a viewer sees no Edit on a student page', () => {
    expect(shown(office('viewer'), studentHeader)('Edit')).toBe(false);
  });

  it("the student's advisor role and single-user mode see Edit", () => {
    expect(shown(office('advisor'), studentHeader)('Edit')).toBe(true);
    cleanup();
    expect(shown(singleUser, studentHeader)('Edit')).toBe(true);
  });

  it('a viewer sees no New contact, nor Add a contact on an empty list', () => {
    expect(shown(office('viewer'), contactsList(3))('New contact')).toBe(false);
    cleanup();
    const empty = shown(office('viewer'), contactsList(0));
    expect(empty('New contact')).toBe(false);
    expect(empty('Add a contact')).toBe(false);
    expect(screen.getByText('No contacts yet')).toBeDefined();
  });

  it('an advisor sees New contact and Add a contact', () => {
    const empty = shown(office('advisor'), contactsList(0));
    expect(empty('New contact')).toBe(true);
    expect(empty('Add a contact')).toBe(true);
  });
});
