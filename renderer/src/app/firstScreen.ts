import type { QueryClient } from '@tanstack/react-query';
import type { Caller } from '@shared/api/caller';
import { apiQuery } from '../api/hooks';
import { isSingleUserBrowser } from '../api/transport';
import { dashboardFilterStorageKey, readDashboardFilter } from '../features/dashboard/dashboardFilter';
import { homePath } from './home-path';
import { hashPath, openingCalls } from './opening-calls';
import { pageAt, pages } from './pages';
import { mayCall } from './permissions';

function loadPage(path: string): void {
  const page = pageAt(path);
  if (page) void pages[page]();
}

/** The Shell's and the screen's calls, as this caller may make them, into the cache the components read. */
function askForCaller(client: QueryClient, path: string, caller: Caller | null): void {
  const screen = path === '/' ? homePath(caller) : path;
  if (screen !== path) loadPage(screen);
  // As DashboardPage reads it (useLocalStorage with the same key and reader).
  const filter = readDashboardFilter(localStorage.getItem(dashboardFilterStorageKey) ?? undefined);
  for (const call of openingCalls(screen)) {
    if (!mayCall(caller, call.name)) continue;
    if (call.input === 'none') void client.prefetchQuery(apiQuery(call.name, {}));
    else void client.prefetchQuery(apiQuery(call.name, filter));
  }
}

/**
 * Starts, at once and side by side, what the screen the app opens on waits for — its page's code, who is signed in,
 * then the office's status and settings (the gates and the Shell) and the screen's own data — instead of one after
 * the other as each component mounts. The components then find these calls in flight or answered in the cache.
 * Browser mode on this computer has one user who may do everything: boot.ts has already sent these calls, and the
 * transport takes its answers over. Office server with nobody signed in: only `auth.me` is asked (everything else
 * would be refused).
 */
export function startFirstScreen(client: QueryClient, hash: string): void {
  const path = hashPath(hash);
  // Asked before the page's code: a browser opens six connections to a host, and the page's dozen files would
  // otherwise queue the one call everything else waits for.
  const me = client.fetchQuery(apiQuery('auth.me', {}));
  loadPage(path);
  if (isSingleUserBrowser()) {
    askForCaller(client, path, null);
    return;
  }
  me.then(
    (me) => {
      if (me.mode === 'office' && me.caller === null) return;
      askForCaller(client, path, me.caller);
    },
    // The session gate asks again and shows what went wrong.
    () => undefined,
  );
}
