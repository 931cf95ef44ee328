import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { liveChangeEvent, liveChangeSchema, liveHelloEvent, liveHelloSchema } from '@shared/api/live';
import { refreshAreas } from './refresh';
import { setLiveStream } from './transport';

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
      const parsed = liveChangeSchema.safeParse(parseJson(event.data));
      if (parsed.success) void refreshAreas(queryClient, parsed.data.areas);
    };
    // Every (re)connection names the stream anew; our calls carry the name so our own writes are not echoed.
    const onHello = (event: MessageEvent<string>) => {
      const parsed = liveHelloSchema.safeParse(parseJson(event.data));
      setLiveStream(parsed.success ? parsed.data.stream : null);
    };
    source.addEventListener(liveChangeEvent, onChange);
    source.addEventListener(liveHelloEvent, onHello);
    return () => {
      source.removeEventListener(liveChangeEvent, onChange);
      source.removeEventListener(liveHelloEvent, onHello);
      source.close();
      setLiveStream(null);
    };
  }, [enabled, queryClient]);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
