import type { Role } from '@shared/api/access';

/** Each role's name on screen, in the office's words. */
export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  director: 'Director',
  advisor: 'Advisor',
  frontdesk: 'Front desk',
  viewer: 'Viewer',
};

/** What each role may do, in one line, for the role picker (the rules themselves are in shared/api/access.ts). */
export const roleDescriptions: Record<Role, string> = {
  admin: 'Everything, plus accounts, settings, backups and imports',
  director: 'Reads and changes everything in the office, confidential students included',
  advisor: 'Their own caseload; the shared contacts, employers and events',
  frontdesk: 'Events and the check-in desk only',
  viewer: 'Dashboards and lists, read-only; no exports',
};
