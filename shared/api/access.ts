/**
 * Who may call a procedure once there are signed-in users (the office server), and which students' data it
 * touches. Every procedure declares one of the rules below beside its schemas; nothing enforces them in
 * single-user mode (one implicit caller), the office server will, deny by default. The whole policy is one
 * page: docs/access-policy.md (`npm run policy`).
 */

/** The roles of a career office (issue 15): admin > director > advisor; front desk and viewer are narrow. */
export const roles = ['admin', 'director', 'advisor', 'frontdesk', 'viewer'] as const;
export type Role = (typeof roles)[number];

/**
 * How the students a procedure touches are scoped for the caller:
 * - `none`: no student data (office settings, the shared directory of contacts and employers, templates).
 * - `visible`: the students the caller may see — their own caseload, the whole office when "advisors see the
 *   whole office" is on; confidential students only to their advisor, directors and admins. Lists and counts
 *   filter in SQL, before paging.
 * - `caseload`: changes one student's record: only that student's advisor, a director or an admin.
 * - `office`: every student of the office, with no per-student filter (admin and oversight work).
 */
export const studentScopes = ['none', 'visible', 'caseload', 'office'] as const;
export type StudentScope = (typeof studentScopes)[number];

export interface AccessRule {
  /** The preset's name, as the policy page prints it. */
  readonly name: string;
  readonly roles: readonly [Role, ...Role[]];
  readonly students: StudentScope;
  /** One sentence for the policy page: what the rule means to a reviewer. */
  readonly summary: string;
}

function rule(name: string, roleList: readonly [Role, ...Role[]], students: StudentScope, summary: string): AccessRule {
  return { name, roles: roleList, students, summary };
}

const staff = ['admin', 'director', 'advisor'] as const;

/**
 * No session needed: signing in, signing out, asking who is signed in (`auth.*`). The only rule that admits a
 * caller without a session; every other rule needs one (deny by default).
 */
export const noSession = rule(
  'noSession',
  [...roles],
  'none',
  'No session needed: sign in, sign out, who is signed in; a student checking in on a phone with the event QR code.',
);
/** Any signed-in user; reads no student data (app status, settings, the advisors, office-wide rules). */
export const anyone = rule('anyone', [...roles], 'none', 'Every signed-in user; no student data.');
/** The caller's own things (saved views): every signed-in user, each sees only their own. */
export const personal = rule('personal', [...roles], 'none', 'Every signed-in user, on their own records only (their saved views).');
/** Reads the shared directory (contacts, employers): shared across the office. */
export const directory = rule('directory', [...staff, 'viewer'], 'none', 'Read the shared directory of contacts and employers.');
/** Changes the shared directory or the events calendar: shared across the office, not per caseload. */
export const directoryEdit = rule('directoryEdit', [...staff], 'none', 'Change the shared directory or calendar (contacts, employers, events).');
/**
 * Deletes or merges a contact of the shared directory: the contact's connections and their interactions go with
 * it (or move to the kept contact), so the call changes the records of every student connected to that contact.
 * Allowed only when the caller may change every one of those students; directors and admins always.
 */
export const directoryCascade = rule(
  'directoryCascade',
  [...staff],
  'caseload',
  "Delete or merge a contact: its connections go with it, so only when every student connected to it is in the caller's caseload (directors, admins always).",
);
/**
 * The events calendar (titles, times, places, capacity and places taken): every signed-in user, read only. Places
 * taken are the event's own figure (capacity is held against every attendee), never a list of students.
 */
export const calendar = rule('calendar', [...roles], 'none', 'Read the events calendar: every signed-in user; no student is named.');
/** Events and the check-in desk; front desk sees a student's name, ID and class year only. */
export const frontDesk = rule(
  'frontDesk',
  [...staff, 'frontdesk'],
  'visible',
  "Events and the check-in desk; front desk sees a student's name, ID and class year only.",
);
/** Reads students' records or lists of them, scoped to the students the caller may see. */
export const caseloadRead = rule(
  'caseloadRead',
  [...staff, 'viewer'],
  'visible',
  'Read the students the caller may see (own caseload or whole office; confidential only to their advisor, directors, admins).',
);
/**
 * The caller's own caseload as work to do (My day): the students whose advisor the caller is, within those they may
 * see. Staff only — a viewer or the front desk has no caseload of their own to work through.
 */
export const ownCaseload = rule(
  'ownCaseload',
  [...staff],
  'visible',
  "The caller's own caseload as a to-do list (My day): students whose advisor the caller is; no viewer or front desk.",
);
/** Changes one student's record (or something hanging off it): their advisor, a director or an admin. */
export const caseload = rule('caseload', [...staff], 'caseload', "Change a student's record: the student's advisor, a director or an admin.");
/** Dashboards: aggregates over the students the caller may see (confidential ones counted only for those who may see them). */
export const dashboards = rule('dashboards', [...staff, 'viewer'], 'visible', 'Figures over the students the caller may see; drill-downs list only those.');
/** Files leaving the office: only of the students the caller may see; confidential holds withheld. */
export const exportFiles = rule('exportFiles', [...staff], 'visible', 'Export files of the students the caller may see; no viewer or front desk exports.');
/** Office-wide rules every advisor works by (readiness rules, keep-in-touch windows, templates). */
export const officeRules = rule(
  'officeRules',
  ['admin', 'director'],
  'none',
  'Change the office-wide rules (readiness, keep-in-touch, templates, goal ladder).',
);
/** The audit history: who did what, across the whole office. */
export const oversight = rule('oversight', ['admin', 'director'], 'office', 'Read the audit history of the whole office.');
/** Settings, advisors, backups and restore, imports, demo data: the office admin only. */
export const adminOnly = rule('adminOnly', ['admin'], 'office', 'Office admin only: settings, advisors, backups and restore, imports, demo data.');

/** Every preset, in the order the policy page explains them. */
export const accessRules = [
  noSession,
  anyone,
  personal,
  directory,
  directoryEdit,
  directoryCascade,
  calendar,
  frontDesk,
  caseloadRead,
  ownCaseload,
  caseload,
  dashboards,
  exportFiles,
  officeRules,
  oversight,
  adminOnly,
] as const;
