import { noSession, type AccessRule } from '../../../shared/api/access';
import type { Caller } from '../../../shared/api/caller';
import { contract, type ParsedInput, type ProcedureName } from '../../../shared/api/contract';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/client';
import { touchedStudents, type TouchedStudent } from '../db/student-access';
import { AppError } from '../errors';
import { actorName } from '../office/settings';
import { enrolmentProcedures, mustEnrol } from '../auth/two-step';
import { reaches } from './touches';

/**
 * The office server's access rules, enforced for the signed-in caller before a handler runs (deny by default):
 * the role must be one the procedure's rule names, then every student the call touches must be one the caller
 * may see (`visible`) or change (`caseload`). Lists filter in SQL instead (db/visible-students.ts). Single-user
 * hosts pass no request and never get here. Every refusal with a caller is audited.
 */

const roleNames: Record<Caller['role'], string> = {
  admin: 'an admin',
  director: 'a director',
  advisor: 'an advisor',
  frontdesk: 'front desk staff',
  viewer: 'a viewer',
};

function ruleOf(name: ProcedureName): AccessRule {
  return contract[name].access;
}

/**
 * Refuses the call; a refusal with a signed-in caller goes to the audit log under their name. A call without a
 * session names nobody and is not logged (anyone who can reach the server could fill the log; the host limits
 * them). Should the log be busy, the answer is "busy, try again" — still a refusal, and never an unlogged one.
 */
function refuse(db: Db, name: ProcedureName, message: string, details: Record<string, unknown> = {}, auditOnly: Record<string, unknown> = {}): never {
  const caller = db.request?.caller;
  if (caller) {
    writeAudit(db, {
      actor: actorName(caller),
      action: 'refused',
      entity: name,
      count: 0,
      details: { reason: message, role: caller.role, address: db.request?.address, ...details, ...auditOnly },
    });
  }
  // `rule` tells a refusal by the access rules from a handler's own answer (a wrong password is unauthenticated too).
  throw new AppError('forbidden', message, { procedure: name, rule: ruleOf(name).name, ...details });
}

/** No session: the one answer a caller who has not signed in gets, whatever they call. */
export function unauthenticated(details: Record<string, unknown> = {}): AppError {
  return new AppError('unauthenticated', 'Sign in first: your session has ended or you have not signed in.', details);
}

/**
 * Before the input is read: a session, and a role the rule names. Without a session only the no-session rule
 * (signing in) answers, so nobody learns anything — not even what input a procedure takes — before signing in.
 */
export function authorizeCaller(db: Db, name: ProcedureName): void {
  if (!db.request) return;
  const rule = ruleOf(name);
  const caller = db.request.caller;
  if (rule === noSession) return;
  if (!caller) throw unauthenticated({ procedure: name, rule: rule.name });
  if (!rule.roles.includes(caller.role)) {
    refuse(db, name, `${name} is not open to ${roleNames[caller.role]} (it is for ${rule.roles.join(', ')}).`, { role: caller.role });
  }
  // The office requires admins to use two-step sign-in: one without it sets it up before anything else.
  if (!enrolmentProcedures.has(name) && mustEnrol(db, caller)) {
    refuse(db, name, 'Your office requires admins to use two-step sign-in: set it up first (Settings → Two-step sign-in).', { rule: 'twoStepRequired' });
  }
}

/** A student the caller may not see is named by neither name nor id: a refusal must not confirm who exists. */
function who(student: TouchedStudent): string {
  return student.visible ? student.name : 'That student';
}

/** After the input is read: every student the call touches is one the caller may see, or for a write to their record, change. */
export function authorizeStudents<K extends ProcedureName>(db: Db, name: K, input: ParsedInput<K>): void {
  const caller = db.request?.caller;
  if (!caller) return;
  const scope = ruleOf(name).students;
  if (scope !== 'visible' && scope !== 'caseload') return;
  const reach = reaches[name]?.(input);
  if (!reach) {
    if (scope === 'visible') return; // a list: filtered in SQL
    if (caller.role === 'admin' || caller.role === 'director') return;
    refuse(db, name, `${name} names no student to check against your caseload, so it is for admins and directors only.`);
  }
  if (caller.role === 'advisor' && scope === 'caseload' && caller.advisorId === null) {
    // No advisor record, no caseload: nothing is theirs to change, nor may they create a student with no advisor.
    refuse(db, name, 'Your account is not linked to an advisor record; ask an admin to link it.');
  }
  const assignsElsewhere = (reach.assigns ?? []).some((advisorId) => advisorId !== caller.advisorId);
  if (caller.role === 'advisor' && assignsElsewhere) {
    refuse(db, name, 'You may add or move students only into your own caseload; ask a director to assign them to another advisor.');
  }
  for (const student of touchedStudents(db, reach)) {
    // The caller learns the id of a student the refusal names; a hidden one's, or one behind a contact, goes to the audit log only.
    const named = student.visible && reach.outsideReach === undefined;
    const [shown, audited] = named ? [{ studentId: student.id }, {}] : [{}, { studentId: student.id }];
    if (!student.visible) refuse(db, name, reach.outsideReach ?? `${who(student)} is not visible to you.`, shown, audited);
    if (scope === 'caseload' && !student.changeable) {
      refuse(db, name, reach.outsideReach ?? `${who(student)} is not in your caseload.`, shown, audited);
    }
  }
}
