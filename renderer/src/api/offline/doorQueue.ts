import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { procedureSchemas, type ProcedureInput, type ProcedureOutput } from '@shared/api/contract';
import type { QueuedProcedure } from '@shared/api/offline';
import { ApiError } from '../client';
import { refreshAfter } from '../refresh';
import { send } from '../transport';
import { indexedDbStore } from './indexedDbStore';
import { desktopStore } from '@shared/offline-desktop-store';
import { OfflineQueue, type QueueState } from '@shared/offline-queue';

/** How often waiting items are tried again while there are any (also at once when the browser says it is online). */
const retryMs = 15_000;

/**
 * This tab's queue, kept in the browser's IndexedDB for this office's address; in the desktop app, in main's file for
 * the office the window has open (the app's own pages share one address whatever office they work on).
 */
export const doorQueue = new OfflineQueue(
  window.rapport ? desktopStore((procedure, input) => send(procedure, input)) : indexedDbStore(),
  (procedure, input, key) => send(procedure, input, { idempotencyKey: key }),
  () => `door-${crypto.randomUUID()}`,
);

const empty: QueueState = { waiting: [], notSent: [] };

/** The queue's state for a component, re-rendered as items are queued, sent or refused. */
export function useDoorQueue(): QueueState {
  return useSyncExternalStore(
    (onChange) => doorQueue.subscribe(onChange),
    () => doorQueue.snapshot(),
    () => empty,
  );
}

/**
 * Loads what an earlier visit left, then sends what waits: now, every 15 s while anything waits, and when the
 * browser comes back online; each item sent refreshes what it changed. Mounted once, in the Shell.
 */
export function useDoorQueueReplay(): void {
  const queryClient = useQueryClient();
  const { waiting } = useDoorQueue();
  const count = waiting.length;
  useEffect(() => {
    const replay = () => {
      const before = doorQueue.snapshot().waiting;
      void doorQueue.replay().then(() => {
        const sent = new Set(before.map((i) => i.procedure));
        for (const name of sent) void refreshAfter(queryClient, name);
      });
    };
    if (count === 0) {
      void doorQueue.load();
      return;
    }
    replay();
    const timer = window.setInterval(replay, retryMs);
    window.addEventListener('online', replay);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', replay);
    };
  }, [count, queryClient]);
}

/** What the door was told: done (with the server's answer), or kept on this device to send later. */
export type DoorOutcome<K extends QueuedProcedure> = { queued: false; output: ProcedureOutput<K> } | { queued: true };

/**
 * A check-in or touchpoint that survives bad Wi-Fi: sent at once, or kept on this device when the office server
 * cannot be reached; a refusal throws ApiError as any call does. Refreshes what the write changed.
 */
export function useQueuedWrite<K extends QueuedProcedure>(name: K) {
  const queryClient = useQueryClient();
  return useCallback(
    async (input: ProcedureInput<K>, label: string): Promise<DoorOutcome<K>> => {
      const outcome = await doorQueue.send(name, input, label);
      if (outcome.queued) return { queued: true };
      if (!outcome.result.ok) throw new ApiError(outcome.result.error);
      const output: ProcedureOutput<K> = procedureSchemas[name].output.parse(outcome.result.data);
      await refreshAfter(queryClient, name);
      return { queued: false, output };
    },
    [name, queryClient],
  );
}

export const savedOnDevice = 'Saved on this device; will send when the office server is back.';
