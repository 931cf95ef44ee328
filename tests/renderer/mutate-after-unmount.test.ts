// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import { createElement, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProcedureOutput } from '@shared/api/contract';
import { ApiError } from '@renderer/api/client';
import { useApiMutation, type MutateCallbacks } from '@renderer/api/hooks';

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

function Row({ callbacks }: { callbacks: MutateCallbacks<'goals.delete'> }) {
  const complete = useApiMutation('goals.delete');
  const { mutate } = complete;
  useEffect(() => mutate({ id: 7 }, callbacks), [mutate, callbacks]);
  return null;
}

function mountRow(callbacks: MutateCallbacks<'goals.delete'>) {
  const client = new QueryClient();
  return render(createElement(QueryClientProvider, { client }, createElement(Row, { callbacks })));
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
});
