import type { QueryClient } from '@tanstack/react-query';
import { areaOf } from '@shared/api/areas';
import { effectsOf, type ProcedureName } from '@shared/api/contract';

/**
 * After a write, refreshes every query of the areas the procedure declares it changes (its effects in
 * shared/api): a query keyed ['goals.forStudent', …] is refreshed by any write whose effects name 'goals'.
 * Screens never list what to refresh themselves, so none can forget one.
 */
export function refreshAfter(queryClient: QueryClient, name: ProcedureName): Promise<void> {
  return refreshAreas(queryClient, effectsOf(name));
}

/** Refreshes every query of these areas: after our own write, or when the office server says another user wrote. */
export function refreshAreas(queryClient: QueryClient, areas: Iterable<string>): Promise<void> {
  const changed = new Set<string>(areas);
  if (changed.size === 0) return Promise.resolve();
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const [key] = query.queryKey;
      return typeof key === 'string' && changed.has(areaOf(key));
    },
  });
}
