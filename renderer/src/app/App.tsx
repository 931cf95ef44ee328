import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { isDesktop } from '../api/desktopOffice';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { useOutsideChanges } from '../api/useOutsideChanges';
import { FirstRunGate } from './FirstRunGate';
import { ScreenFailed } from './GateScreens';
import { SessionGate } from './SessionGate';
import { queryClient } from './queryClient';
import { useSession } from './session';
import { AppRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';

/**
 * Refreshes open screens when another writer changed the office: single-user mode polls the file's data version
 * (the CLI, another window or tab, a restore); the office server pushes other users' changes (live updates).
 */
function OutsideChanges() {
  const { mode } = useSession();
  useOutsideChanges(mode === 'single');
  // The desktop app on an office server has no same-origin stream to open (its page is app://): not yet pushed there.
  useLiveUpdates(mode === 'office' && !isDesktop());
  return null;
}

/** Everything under the router: the session and first-run gates, then the screens (routes.tsx). */
function Routed() {
  return (
    // Office server: nothing is asked of the core until someone has signed in.
    <SessionGate>
      <OutsideChanges />
      <FirstRunGate>
        <AppRoutes />
      </FirstRunGate>
    </SessionGate>
  );
}

// A data router (not <HashRouter>): only it lets useBlocker hold the browser's Back and Forward and every link while a
// form has unsaved changes (UnsavedChangesGuard). One splat route: the screens stay declared as <Routes> in routes.tsx.
// A student's phone after scanning the desk's QR code: no account, so outside the session gate (and the Shell).
const SelfCheckInPage = lazy(() => import('../features/events/self-check-in/SelfCheckInPage'));
const router = createHashRouter([
  {
    path: '/check-in/:token',
    element: (
      <Suspense>
        <SelfCheckInPage />
      </Suspense>
    ),
    errorElement: <ScreenFailed />,
  },
  { path: '*', element: <Routed />, errorElement: <ScreenFailed /> },
]);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          {/* Mantine clips a toast at 200 px; an export's warnings (names of who was left out) need more (notify.savedNotice scrolls past this). */}
          <Notifications position="bottom-right" notificationMaxHeight={480} />
          <RouterProvider router={router} />
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
