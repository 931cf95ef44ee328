import { Navigate, Route, Routes } from 'react-router';
import { Home } from './Home';
import { LazyPages, lazyPage } from './lazyPage';
import { pages } from './pages';
import { Shell } from './Shell';

// Every page is its own chunk (pages.ts): the first screen waits only for the Shell and its own page.
const BackupsPage = lazyPage(pages.BackupsPage, 'BackupsPage');
const ContactPage = lazyPage(pages.ContactPage, 'ContactPage');
const ContactsPage = lazyPage(pages.ContactsPage, 'ContactsPage');
const DashboardPage = lazyPage(pages.DashboardPage, 'DashboardPage');
const EmployerPage = lazyPage(pages.EmployerPage, 'EmployerPage');
const EmployersPage = lazyPage(pages.EmployersPage, 'EmployersPage');
const CheckInPage = lazyPage(pages.CheckInPage, 'CheckInPage');
const EventPage = lazyPage(pages.EventPage, 'EventPage');
const EventsPage = lazyPage(pages.EventsPage, 'EventsPage');
const HistoryPage = lazyPage(pages.HistoryPage, 'HistoryPage');
const ImportPage = lazyPage(pages.ImportPage, 'ImportPage');
const MyDayPage = lazyPage(pages.MyDayPage, 'MyDayPage');
const KioskPage = lazyPage(pages.KioskPage, 'KioskPage');
const LosingTouchPage = lazyPage(pages.LosingTouchPage, 'LosingTouchPage');
const SettingsPage = lazyPage(pages.SettingsPage, 'SettingsPage');
const StudentPage = lazyPage(pages.StudentPage, 'StudentPage');
const StudentsPage = lazyPage(pages.StudentsPage, 'StudentsPage');
const SetupPage = lazyPage(pages.SetupPage, 'SetupPage');

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
