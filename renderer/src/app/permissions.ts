import type { Role } from '@shared/api/access';
import type { Caller } from '@shared/api/caller';
import { contract, type ProcedureName } from '@shared/api/contract';

/**
 * Whether the screens should offer what `name` does to this caller, read from the access rule the procedure
 * declares (shared/api/access.ts) — never from a list kept here. Single-user mode has no caller and may do
 * everything. Which students a call may touch is the server's business (it filters and refuses); this only
 * decides what is offered, so a role is not shown buttons and pages that would be refused — and, on a student page
 * the caller may only read (`readOnlyStudent`), no change to that student.
 */
export function mayCall(caller: Caller | null, name: ProcedureName, readOnlyStudent = false): boolean {
  // The student on screen is not the caller's to change (students.get said so): the server would refuse every
  // procedure that changes one student's record, whatever the role.
  if (readOnlyStudent && contract[name].access.students === 'caseload') return false;
  if (caller === null) return true;
  const roles: readonly Role[] = contract[name].access.roles;
  return roles.includes(caller.role);
}

/** True when the caller may call at least one of `names` (a screen usable through any of its procedures). */
export function mayCallAny(caller: Caller | null, names: readonly ProcedureName[]): boolean {
  return names.some((name) => mayCall(caller, name));
}
