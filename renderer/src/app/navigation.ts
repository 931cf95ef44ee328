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
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  label: string;
  path: string;
  icon: Icon;
  description: string;
}

export const navItems: readonly NavItem[] = [
  { label: 'Dashboard', path: '/', icon: IconLayoutDashboard, description: 'Office overview' },
  { label: 'Students', path: '/students', icon: IconUsers, description: 'Caseload table' },
  {
    label: 'Losing touch',
    path: '/losing-touch',
    icon: IconHourglassLow,
    description: 'Connections past their keep-in-touch window',
  },
  {
    label: 'Contacts',
    path: '/contacts',
    icon: IconAddressBook,
    description: 'Supervisors, mentors, alumni and faculty',
  },
  { label: 'Employers', path: '/employers', icon: IconBuilding, description: 'Organisations students work with' },
  { label: 'Events', path: '/events', icon: IconCalendarEvent, description: 'Networking events' },
  {
    label: 'History',
    path: '/history',
    icon: IconHistory,
    description: 'Exports, imports and changes, from the audit log',
  },
  {
    label: 'Import',
    path: '/import',
    icon: IconFileImport,
    description: 'Load rosters, employer contacts and event attendees from CSV',
  },
  {
    label: 'Backups',
    path: '/backups',
    icon: IconDatabase,
    description: 'Verified copies of the database, and restore',
  },
  { label: 'Settings', path: '/settings', icon: IconSettings, description: 'Office, advisors and data' },
];
