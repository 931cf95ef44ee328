// Each page's code, loaded on the first visit to its route (routes.tsx) or, for the screen the app opens on, as soon
// as the app starts (firstScreen.ts): one import per page, so both load the same chunk once.
export const pages = {
  BackupsPage: () => import('../features/backups/BackupsPage'),
  ContactPage: () => import('../features/contacts/ContactPage'),
  ContactsPage: () => import('../features/contacts/ContactsPage'),
  DashboardPage: () => import('../features/dashboard/DashboardPage'),
  EmployerPage: () => import('../features/employers/EmployerPage'),
  EmployersPage: () => import('../features/employers/EmployersPage'),
  CheckInPage: () => import('../features/events/CheckInPage'),
  EventPage: () => import('../features/events/EventPage'),
  EventsPage: () => import('../features/events/EventsPage'),
  HistoryPage: () => import('../features/history/HistoryPage'),
  ImportPage: () => import('../features/import/ImportPage'),
  MyDayPage: () => import('../features/my-day/MyDayPage'),
  KioskPage: () => import('../features/events/kiosk/KioskPage'),
  LosingTouchPage: () => import('../features/keep-in-touch/LosingTouchPage'),
  SettingsPage: () => import('../features/settings/SettingsPage'),
  StudentPage: () => import('../features/students/StudentPage'),
  StudentsPage: () => import('../features/students/StudentsPage'),
  SetupPage: () => import('../features/first-run/SetupChecklist'),
};

type PageName = keyof typeof pages;

/** The page an address opens (`/students/12/references` → StudentPage), for loading its code early; null for `/`. */
export function pageAt(path: string): PageName | null {
  const [first, id, sub] = path.split('/').filter(Boolean);
  if (first === undefined) return null;
  const lists: Record<string, PageName> = {
    'my-day': 'MyDayPage',
    dashboard: 'DashboardPage',
    students: 'StudentsPage',
    'losing-touch': 'LosingTouchPage',
    contacts: 'ContactsPage',
    employers: 'EmployersPage',
    events: 'EventsPage',
    history: 'HistoryPage',
    import: 'ImportPage',
    backups: 'BackupsPage',
    settings: 'SettingsPage',
    setup: 'SetupPage',
  };
  const records: Record<string, PageName> = { students: 'StudentPage', contacts: 'ContactPage', employers: 'EmployerPage', events: 'EventPage' };
  if (first === 'events' && sub === 'kiosk') return 'KioskPage';
  if (first === 'events' && sub === 'check-in') return 'CheckInPage';
  return (id === undefined ? lists[first] : records[first]) ?? null;
}
