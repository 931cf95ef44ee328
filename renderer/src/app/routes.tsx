import { Navigate, Route, Routes } from 'react-router';
import { BackupsPage } from '../features/backups/BackupsPage';
import { ContactPage } from '../features/contacts/ContactPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EmployerPage } from '../features/employers/EmployerPage';
import { EmployersPage } from '../features/employers/EmployersPage';
import { CheckInPage } from '../features/events/CheckInPage';
import { EventPage } from '../features/events/EventPage';
import { EventsPage } from '../features/events/EventsPage';
import { HistoryPage } from '../features/history/HistoryPage';
import { ImportPage } from '../features/import/ImportPage';
import { LosingTouchPage } from '../features/keep-in-touch/LosingTouchPage';
import { MyDayPage } from '../features/my-day/MyDayPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StudentPage } from '../features/students/StudentPage';
import { StudentsPage } from '../features/students/StudentsPage';
import { Home } from './Home';
import { Shell } from './Shell';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
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
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
