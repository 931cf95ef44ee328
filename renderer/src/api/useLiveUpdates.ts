import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { liveChangeEvent, liveChangeSchema } from '@shared/api/live';
import { refreshAreas } from './refresh';

/**
 * Office server: another user's write reaches this tab as the areas it changed (GET /api/live, server-sent
 * events, same origin with the session cookie; no token in the address), and the queries of those areas are
 * refreshed — within a second or two of the write. The browser reconnects by itself after a drop; when the
 * session ends the server closes the stream and refuses the reconnect, and the next call shows the sign-in page.
 */
export function useLiveUpdates(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/live');
    const onChange = (event: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      const parsed = liveChangeSchema.safeParse(data);
      if (parsed.success) void refreshAreas(queryClient, parsed.data.areas);
    };
    source.addEventListener(liveChangeEvent, onChange);
    return () => {
      source.removeEventListener(liveChangeEvent, onChange);
      source.close();
    };
  }, [enabled, queryClient]);
}
