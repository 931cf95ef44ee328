import type { QueryClient } from '@tanstack/react-query';
import type { ProcedureInput, ProcedureName } from '@shared/api/contract';
import { apiQuery } from '../api/hooks';
import { dashboardFilterStorageKey, readDashboardFilter } from '../features/dashboard/dashboardFilter';
import { homePath } from './home-path';
import { pageAt, pages } from './pages';
import { mayCall } from './permissions';

type Ask = <K extends ProcedureName>(name: K, input: ProcedureInput<K>) => void;

/** What the screens people open the app on read first, with the inputs (so the cache keys) their pages use. */
function askForScreen(ask: Ask, path: string): void {
  if (path === '/my-day') {
    ask('myDay.get', {});
    ask('tasks.mine', {});
  }
  if (path === '/dashboard') {
    // As DashboardPage reads it (useLocalStorage with the same key and reader).
    const filter = readDashboardFilter(localStorage.getItem(dashboardFilterStorageKey) ?? undefined);
    ask('dashboard.goals', filter);
    ask('dashboard.readiness', filter);
    ask('dashboard.office', filter);
    ask('students.facets', {});
    ask('advisors.list', {});
  }
}

function loadPage(path: string): void {
  const page = pageAt(path);
  if (page) void pages[page]();
}

/**
 * Starts, at once and side by side, what the screen the app opens on waits for — its page's code, who is signed in,
 * then the office's status and settings (the gates and the Shell) and the screen's own data — instead of one after
 * the other as each component mounts. The components then find these calls in flight or answered in the cache.
 * Office server with nobody signed in: only `auth.me` is asked (everything else would be refused).
 */
export function startFirstScreen(client: QueryClient, hash: string): void {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  // Asked before the page's code: a browser opens six connections to a host, and the page's dozen files would
  // otherwise queue the one call everything else waits for.
  const me = client.fetchQuery(apiQuery('auth.me', {}));
  loadPage(path);
  me.then(
    (me) => {
      if (me.mode === 'office' && me.caller === null) return;
      const screen = path === '/' ? homePath(me.caller) : path;
      if (screen !== path) loadPage(screen);
      const ask: Ask = (name, input) => {
        if (mayCall(me.caller, name)) void client.prefetchQuery(apiQuery(name, input));
      };
      ask('app.status', {});
      ask('settings.get', {});
      ask('keepInTouch.staleCount', {});
      askForScreen(ask, screen);
    },
    // The session gate asks again and shows what went wrong.
    () => undefined,
  );
}
