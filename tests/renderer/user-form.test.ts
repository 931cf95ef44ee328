import { describe, expect, it } from 'vitest';
import type { User } from '@shared/api/users';
import { userChanges, userToForm, validateUserForm } from '@renderer/features/users/userFormValues';

const ada: User = {
  id: 7,
  email: 'ada@example.edu',
  name: 'Ada Lovelace',
  role: 'advisor',
  advisorId: 3,
  advisorName: 'Ada Lovelace',
  disabled: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  changedAt: '2026-01-01T00:00:00.000Z',
  lastSeenAt: null,
  twoStep: false,
};

describe('Settings → Users form', () => {
  it('a new account is checked by the contract: a bad email and a missing password are named', () => {
    const errors = validateUserForm({ ...userToForm(), name: 'Grace', email: 'grace', password: '' }, true);
    expect(errors.email).toBe('Email must be an email address like name@example.edu.');
    expect(errors.password).toBe('Enter a password for the new account.');
    expect(errors.name).toBeUndefined();
  });

  it('a complete new account passes (the strength rules are the core’s)', () => {
    expect(validateUserForm({ ...userToForm(), name: 'Grace Hopper', email: 'grace@example.edu', password: 'a long passphrase' }, true)).toEqual({});
  });

  it('an edit sends only what changed: nothing, the role, the advisor, or both', () => {
    expect(userChanges(ada, userToForm(ada))).toEqual({});
    expect(userChanges(ada, { ...userToForm(ada), role: 'director' })).toEqual({ setRole: { userId: 7, role: 'director' } });
    expect(userChanges(ada, { ...userToForm(ada), advisorId: null })).toEqual({ linkAdvisor: { userId: 7, advisorId: null } });
    expect(userChanges(ada, { ...userToForm(ada), role: 'viewer', advisorId: '4' })).toEqual({
      setRole: { userId: 7, role: 'viewer' },
      linkAdvisor: { userId: 7, advisorId: 4 },
    });
  });
});
