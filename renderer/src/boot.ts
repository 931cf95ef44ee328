import { sendEarly } from './api/early-calls';
import { singleUserToken } from './api/run-token';
import { advisorHome, hashPath, openingCalls } from './app/opening-calls';
import { dashboardFilterStorageKey } from './features/dashboard/filterStorageKey';

// index.html runs this first, while the app's code (866 kB for the first screen) is still being read: in browser mode on this computer
// (one user, who may ask everything: singleUserToken) the opening screen's calls go out now, and the server answers
// them while the browser evaluates the app. The transport takes the answers over (early-calls.ts). The desktop
// answers through its own invoke, and the office server must first learn who is signed in: neither is started here
// (firstScreen.ts does it). The page's own code is not fetched from here: importing the pages from a second entry
// split the app's code into twice as many files, and the first visit took longer.
function sendOpeningCalls(): void {
  const token = singleUserToken();
  if (!token) return;
  const path = hashPath(window.location.hash);
  const screen = path === '/' ? advisorHome : path;
  // The filter as DashboardPage will send it (it stores what it sends); a hand-edited one just goes unused.
  const filter = localStorage.getItem(dashboardFilterStorageKey) ?? '{}';
  sendEarly('auth.me', '{}', token);
  for (const call of openingCalls(screen)) sendEarly(call.name, call.input === 'none' ? '{}' : filter, token);
}

sendOpeningCalls();
