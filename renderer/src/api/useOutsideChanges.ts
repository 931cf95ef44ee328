import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from './client';

const versionKey = ['office.dataVersion', {}] as const;
/** How often an open screen asks whether someone else changed the office file. */
export const outsideChangePollMs = 2_000;

/**
 * Writes made here refresh their own areas at once (refresh.ts). Another writer — the CLI, another window or
 * tab, a restore — is noticed by polling one tiny query, the file's data version; when it moves, every cached
 * query is refreshed. The poll pauses while the tab is hidden and checks again as soon as it is back.
 * Single-user mode only; the office server pushes changes instead (useLiveUpdates.ts).
 */
export function useOutsideChanges(enabled = true): void {
  const queryClient = useQueryClient();
  const version = useQuery({
    // Off on the office server: live updates tell of other users' writes, and a poll every 2 s would count as
    // use and keep an unattended tab's session from ever reaching its idle timeout.
    enabled,
    queryKey: versionKey,
    queryFn: () => call('office.dataVersion', {}),
    refetchInterval: outsideChangePollMs,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 0,
    retry: false,
  });
  const seen = useRef<number | null>(null);
  const current = version.data?.version;
  useEffect(() => {
    if (current === undefined) return;
    const previous = seen.current;
    seen.current = current;
    if (previous === null || previous === current) return;
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== versionKey[0] });
  }, [current, queryClient]);
}
