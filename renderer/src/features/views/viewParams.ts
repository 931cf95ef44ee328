import { studentViewParamKeys, type ViewParams } from '@shared/api/views';

// A view is the Students page's own address parameters (filters, sort, columns), never its page number:
// applying one is opening /students with them.

/** What "Save current view…" stores: the address's view parameters, with the columns on screen. */
export function viewParamsOf(params: URLSearchParams, columns: string): ViewParams {
  const kept = studentViewParamKeys
    .filter((key) => key !== 'cols')
    .flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value] as const] : [];
    });
  return { ...Object.fromEntries(kept), cols: columns };
}

/** The address that applies a view. */
export function viewSearch(view: ViewParams): string {
  return new URLSearchParams(Object.entries(view)).toString();
}

/** Whether the list shows this view now: the same filters and sort (columns aside, which the chooser may change). */
export function showsView(params: URLSearchParams, view: ViewParams): boolean {
  const keys = studentViewParamKeys.filter((key) => key !== 'cols');
  return keys.every((key) => (params.get(key) ?? '') === (view[key] ?? ''));
}

export interface BuiltInView {
  key: string;
  name: string;
  description: string;
  params: ViewParams;
}

/**
 * Views every office has: the graduating class still short of references, and — once this computer knows
 * which advisor uses it (Settings) — the same for that advisor's own students.
 */
export function builtInViews(graduating: number, currentAdvisorId: number | null): BuiltInView[] {
  const notReady = { readiness: 'not_ready', year: String(graduating) };
  const views: BuiltInView[] = [
    {
      key: 'not-ready-graduating',
      name: 'Not ready, graduating this year',
      description: `Readiness: not ready · Class of ${graduating}`,
      params: notReady,
    },
  ];
  if (currentAdvisorId !== null) {
    views.push({
      key: 'my-seniors-not-ready',
      name: 'My seniors not ready',
      description: `My students · Readiness: not ready · Class of ${graduating}`,
      params: { advisor: String(currentAdvisorId), ...notReady },
    });
  }
  return views;
}
