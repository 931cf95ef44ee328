import {
  IconAddressBook,
  IconBuilding,
  IconCalendarEvent,
  IconDatabase,
  IconFileImport,
  IconHistory,
  IconHourglassLow,
  IconLayoutDashboard,
  IconSettings,
  IconSunHigh,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { ProcedureName } from '@shared/api/contract';

export interface NavItem {
  label: string;
  path: string;
  icon: Icon;
  description: string;
  /**
   * The procedures the screen is for: it is offered to a signed-in user whose role may call any of them (their
   * declared access rules, see permissions.ts), so a front desk sees Events and a viewer no Import.
   */
  needs: readonly [ProcedureName, ...ProcedureName[]];
}

export const navItems: readonly NavItem[] = [
  { label: 'My day', path: '/my-day', icon: IconSunHigh, description: "Your caseload's work for today", needs: ['myDay.get'] },
  { label: 'Dashboard', path: '/dashboard', icon: IconLayoutDashboard, description: 'Office overview', needs: ['dashboard.office'] },
  { label: 'Students', path: '/students', icon: IconUsers, description: 'Caseload table', needs: ['students.list'] },
  {
    label: 'Losing touch',
    path: '/losing-touch',
    icon: IconHourglassLow,
    description: 'Connections past their keep-in-touch window',
    needs: ['keepInTouch.losingTouch'],
  },
  {
    label: 'Contacts',
    path: '/contacts',
    icon: IconAddressBook,
    description: 'Supervisors, mentors, alumni and faculty',
    needs: ['contacts.list'],
  },
  { label: 'Employers', path: '/employers', icon: IconBuilding, description: 'Organisations students work with', needs: ['employers.list'] },
  { label: 'Events', path: '/events', icon: IconCalendarEvent, description: 'Networking events', needs: ['events.list'] },
  {
    label: 'History',
    path: '/history',
    icon: IconHistory,
    description: 'Exports, imports and changes, from the audit log',
    needs: ['audit.list'],
  },
  {
    label: 'Import',
    path: '/import',
    icon: IconFileImport,
    description: 'Load rosters, employer contacts and event attendees from CSV',
    needs: ['imports.commit'],
  },
  {
    label: 'Backups',
    path: '/backups',
    icon: IconDatabase,
    description: 'Verified copies of the database, and restore',
    needs: ['backups.list'],
  },
  {
    label: 'Settings',
    path: '/settings',
    icon: IconSettings,
    description: 'Office, advisors, your two-step sign-in and data',
    // Every account on the office server may set up its own two-step sign-in there.
    needs: ['settings.update', 'readiness.updateRules', 'users.list', 'auth.twoStepStatus'],
  },
];
