import { sendEarly } from './api/early-calls';
import { browserToken } from './api/run-token';
import { advisorHome, hashPath, openingCalls } from './app/opening-calls';
import { dashboardFilterStorageKey } from './features/dashboard/filterStorageKey';

// index.html runs this first, while the app's 1.5 MB of code is still being read: in browser mode on this computer
// (the page came with the run's token: one user, who may ask everything) the opening screen's calls go out now, and
// the server answers them while the browser evaluates the app. The transport takes the answers over (early-calls.ts).
// The desktop answers through its own invoke, and the office server must first learn who is signed in: neither is
// started here (firstScreen.ts does it).
function sendOpeningCalls(): void {
  if (window.rapport) return;
  const token = browserToken();
  if (!token) return;
  const path = hashPath(window.location.hash);
  const screen = path === '/' ? advisorHome : path;
  // The filter as DashboardPage will send it (it stores what it sends); a hand-edited one just goes unused.
  const filter = localStorage.getItem(dashboardFilterStorageKey) ?? '{}';
  sendEarly('auth.me', '{}', token);
  for (const call of openingCalls(screen)) sendEarly(call.name, call.input === 'none' ? '{}' : filter, token);
}

sendOpeningCalls();
