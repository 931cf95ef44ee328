import type { Caller } from '../../../shared/api/caller';
import type { Db } from './client';
import { readSetting } from './settings';

/**
 * Which students the signed-in caller may see and change, as SQL over a students alias — the one place the
 * office server's student scopes (shared/api/access.ts) become conditions. Lists, search, counts and exports add
 * `visibleStudentsSql` to their where clause so paging and totals already leave out what the caller may not see.
 * Single-user mode (no request) and admins and directors get no condition at all: their query plans are unchanged.
 */

/** The office setting "advisors see the whole office" (JSON boolean; absent = on). */
export const advisorsSeeWholeOfficeKey = 'office.advisorsSeeWholeOffice';

export function advisorsSeeWholeOffice(db: Db): boolean {
  return readSetting(db, advisorsSeeWholeOfficeKey) !== false;
}

/** The caller's own caseload: students whose advisor the caller's account is linked to. Ids are zod integers, safe inline. */
function ownCaseload(caller: Caller, alias: string): string {
  return caller.advisorId === null ? '0' : `${alias}.advisor_id = ${caller.advisorId}`;
}

/**
 * The students the caller may see, or null for "every student" (single-user mode, admins, directors).
 * Confidential students only to their advisor; advisors see the rest of the office when the setting is on;
 * front desk and viewers never see confidential students. A request without a caller sees nobody.
 */
export function visibleStudentsSql(db: Db, alias = 's'): string | null {
  const request = db.request;
  if (!request) return null;
  const caller = request.caller;
  if (!caller) return '0';
  const open = `${alias}.confidential = 0`;
  switch (caller.role) {
    case 'admin':
    case 'director':
      return null;
    case 'advisor':
      return advisorsSeeWholeOffice(db) ? `(${ownCaseload(caller, alias)} or ${open})` : ownCaseload(caller, alias);
    case 'frontdesk':
    case 'viewer':
      return open;
  }
}

/** `and <condition>` to append to a where clause, or nothing when every student is visible. */
export function andVisible(db: Db, alias = 's'): string {
  const condition = visibleStudentsSql(db, alias);
  return condition === null ? '' : ` and ${condition}`;
}

/**
 * ` and <column> in (the students the caller may see)`, for a count over rows that name their student (connections,
 * placements, attendance): a figure next to a filtered list counts what the list shows. Nothing when every student
 * is visible, so single-user queries are unchanged.
 */
export function andStudentVisible(db: Db, column: string): string {
  const condition = visibleStudentsSql(db);
  return condition === null ? '' : ` and ${column} in (select s.id from students s where ${condition})`;
}

/**
 * The students the caller may change (a `caseload` write), or null for "every student" (single-user mode, admins,
 * directors): an advisor their own caseload, nobody else.
 */
export function changeableStudentsSql(db: Db, alias = 's'): string | null {
  const request = db.request;
  if (!request) return null;
  const caller = request.caller;
  if (!caller) return '0';
  if (caller.role === 'admin' || caller.role === 'director') return null;
  return caller.role === 'advisor' ? ownCaseload(caller, alias) : '0';
}
