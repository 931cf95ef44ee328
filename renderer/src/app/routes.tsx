import { Navigate, Route, Routes } from 'react-router';
import { Home } from './Home';
import { LazyPages, lazyPage } from './lazyPage';
import { Shell } from './Shell';

// Every page is its own chunk (loaded on first visit): the first screen waits only for the Shell and its own page.
const BackupsPage = lazyPage(() => import('../features/backups/BackupsPage'), 'BackupsPage');
const ContactPage = lazyPage(() => import('../features/contacts/ContactPage'), 'ContactPage');
const ContactsPage = lazyPage(() => import('../features/contacts/ContactsPage'), 'ContactsPage');
const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const EmployerPage = lazyPage(() => import('../features/employers/EmployerPage'), 'EmployerPage');
const EmployersPage = lazyPage(() => import('../features/employers/EmployersPage'), 'EmployersPage');
const CheckInPage = lazyPage(() => import('../features/events/CheckInPage'), 'CheckInPage');
const EventPage = lazyPage(() => import('../features/events/EventPage'), 'EventPage');
const EventsPage = lazyPage(() => import('../features/events/EventsPage'), 'EventsPage');
const HistoryPage = lazyPage(() => import('../features/history/HistoryPage'), 'HistoryPage');
const ImportPage = lazyPage(() => import('../features/import/ImportPage'), 'ImportPage');
const MyDayPage = lazyPage(() => import('../features/my-day/MyDayPage'), 'MyDayPage');
const KioskPage = lazyPage(() => import('../features/events/kiosk/KioskPage'), 'KioskPage');
const LosingTouchPage = lazyPage(() => import('../features/keep-in-touch/LosingTouchPage'), 'LosingTouchPage');
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const StudentPage = lazyPage(() => import('../features/students/StudentPage'), 'StudentPage');
const StudentsPage = lazyPage(() => import('../features/students/StudentsPage'), 'StudentsPage');
const SetupPage = lazyPage(() => import('../features/first-run/SetupChecklist'), 'SetupPage');

export function AppRoutes() {
  return (
    <Routes>
      {/* The self check-in kiosk: full screen, no navigation (the Shell's menus would let a student leave). */}
      <Route element={<LazyPages />}>
        <Route path="events/:id/kiosk" element={<KioskPage />} />
      </Route>
      <Route element={<Shell />}>
        <Route element={<LazyPages />}>
          <Route index element={<Home />} />
          <Route path="my-day" element={<MyDayPage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="students" element={<StudentsPage />} />
          {/* One route for the record and its sections (/students/12/references): the page stays mounted across tabs. */}
          <Route path="students/:id/:section?" element={<StudentPage />} />
          <Route path="losing-touch" element={<LosingTouchPage />} />
          <Route path="contacts" element={<ContactsPage />} />
          <Route path="contacts/:id" element={<ContactPage />} />
          <Route path="employers" element={<EmployersPage />} />
          <Route path="employers/:id" element={<EmployerPage />} />
          <Route path="events" element={<EventsPage />} />
          <Route path="events/:id" element={<EventPage />} />
          <Route path="events/:id/check-in" element={<CheckInPage />} />
          <Route path="history" element={<HistoryPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="backups" element={<BackupsPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="setup" element={<SetupPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Route>
    </Routes>
  );
}
