import type { Role } from '@shared/api/access';
import type { ProcedureInput } from '@shared/api/contract';
import { usersProcedures, type User } from '@shared/api/users';
import { fieldErrors } from '@renderer/components/serverErrors';

/** What the account form edits; the advisor is a Select's value (an id as text, or null for none). */
export interface UserFormValues {
  name: string;
  email: string;
  role: Role;
  advisorId: string | null;
  password: string;
}

export const userFormLabels: Record<keyof UserFormValues, string> = {
  name: 'Name',
  email: 'Email',
  role: 'Role',
  advisorId: 'Linked advisor',
  password: 'Password',
};

export function userToForm(user?: User): UserFormValues {
  return {
    name: user?.name ?? '',
    email: user?.email ?? '',
    role: user?.role ?? 'advisor',
    advisorId: user?.advisorId === undefined || user.advisorId === null ? null : String(user.advisorId),
    password: '',
  };
}

function advisorIdOf(values: UserFormValues): number | null {
  return values.advisorId === null ? null : Number(values.advisorId);
}

export function formToNewUser(values: UserFormValues): ProcedureInput<'users.add'> {
  return { name: values.name, email: values.email.trim(), role: values.role, advisorId: advisorIdOf(values), password: values.password };
}

/** A new account is checked by the contract's own schema; an edited one only changes its role and advisor. */
export function validateUserForm(values: UserFormValues, isNew: boolean): Record<string, string> {
  if (!isNew) return {};
  const result = usersProcedures['users.add'].input.safeParse(formToNewUser(values));
  const errors = result.success ? {} : fieldErrors(result.error.issues, userFormLabels);
  return values.password === '' ? { ...errors, password: 'Enter a password for the new account.' } : errors;
}

/** The calls an edit needs, in order: only what changed (a role change signs the user out everywhere). */
export function userChanges(
  user: User,
  values: UserFormValues,
): { setRole?: ProcedureInput<'users.setRole'>; linkAdvisor?: ProcedureInput<'users.linkAdvisor'> } {
  const advisorId = advisorIdOf(values);
  return {
    ...(values.role !== user.role ? { setRole: { userId: user.id, role: values.role } } : {}),
    ...(advisorId !== user.advisorId ? { linkAdvisor: { userId: user.id, advisorId } } : {}),
  };
}
