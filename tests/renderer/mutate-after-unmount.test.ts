// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import { createElement, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProcedureOutput } from '@shared/api/contract';
import { ApiError } from '@renderer/api/client';
import { useApiMutation, type MutateCallbacks } from '@renderer/api/hooks';
import { useWhileShown } from '@renderer/components/useWhileShown';

// The call answers when the test says so: the caller can be unmounted while the write is in flight, as a My day row
// is when the refresh its own write waits for takes it off the list.
const pending: { resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
vi.mock('@renderer/api/client', async (original) => ({
  ...(await original<typeof import('@renderer/api/client')>()),
  call: () => new Promise((resolve, reject) => pending.push({ resolve, reject })),
}));

function answer(index: number) {
  const call = pending[index];
  if (!call) throw new Error(`call ${index} was never made`);
  return call;
}

afterEach(() => {
  cleanup();
  pending.length = 0;
});

type Done = ProcedureOutput<'goals.delete'>;

/** A row that deletes goal 7 as it mounts; `onClosed` is the screen change its answer makes (closing a dialog), guarded. */
function Row({ callbacks, onClosed = () => {} }: { callbacks: MutateCallbacks<'goals.delete'>; onClosed?: () => void }) {
  const { mutate } = useApiMutation('goals.delete');
  const close = useWhileShown(onClosed);
  const { onSuccess } = callbacks;
  useEffect(
    () =>
      mutate(
        { id: 7 },
        {
          ...callbacks,
          onSuccess: (output, input) => {
            onSuccess?.(output, input);
            close();
          },
        },
      ),
    [], // one call, as the row mounts
  );
  return null;
}

function mountRow(callbacks: MutateCallbacks<'goals.delete'>, onClosed?: () => void) {
  const client = new QueryClient();
  return render(createElement(QueryClientProvider, { client }, createElement(Row, { callbacks, onClosed })));
}

describe('useApiMutation: a call’s own callbacks run after its caller has left the screen', () => {
  it('onSuccess runs although the row that made the call was unmounted before the answer', async () => {
    const onSuccess = vi.fn();
    const row = mountRow({ onSuccess });
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    row.unmount();
    const output: Done = { deleted: true };
    await act(async () => answer(0).resolve(output));
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledWith(output, { id: 7 }));
  });

  it('onError runs after unmount too, with the refusal', async () => {
    const onError = vi.fn();
    const onSuccess = vi.fn();
    const row = mountRow({ onSuccess, onError });
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    row.unmount();
    const refusal = new ApiError({ code: 'not_found', message: 'Goal 7 was deleted by someone else.' });
    await act(async () => answer(0).reject(refusal));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(refusal, { id: 7 }));
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('a call without onError that is refused leaves no unhandled rejection', async () => {
    const row = mountRow({});
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    row.unmount();
    // Vitest fails the run on an unhandled rejection; give it the turns it needs to see one.
    await act(async () => answer(0).reject(new ApiError({ code: 'not_found', message: 'Goal 7 was deleted by someone else.' })));
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('while the caller is shown, its callbacks run once, and the screen change it guards runs too', async () => {
    const onSuccess = vi.fn();
    const onClosed = vi.fn();
    mountRow({ onSuccess }, onClosed);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => answer(0).resolve({ deleted: true }));
    await vi.waitFor(() => expect(onClosed).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('after the caller left, the toast still runs but the guarded screen change does not (a dialog reopened for someone else stays open)', async () => {
    const onSuccess = vi.fn();
    const onClosed = vi.fn();
    const row = mountRow({ onSuccess }, onClosed);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    row.unmount();
    await act(async () => answer(0).resolve({ deleted: true }));
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onClosed).not.toHaveBeenCalled();
  });
});
