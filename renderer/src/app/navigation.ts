import { IconLayoutDashboard, IconSettings, IconUsers, type Icon } from '@tabler/icons-react';

export interface NavItem {
  label: string;
  path: string;
  icon: Icon;
  description: string;
}

export const navItems: readonly NavItem[] = [
  { label: 'Dashboard', path: '/', icon: IconLayoutDashboard, description: 'Office overview' },
  { label: 'Students', path: '/students', icon: IconUsers, description: 'Caseload table' },
  { label: 'Settings', path: '/settings', icon: IconSettings, description: 'Office, advisors and data' },
];
