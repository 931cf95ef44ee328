import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '@shared/api/contract';
import { call, type ApiError } from './client';
import { refreshAfter } from './refresh';

/** The query of one call, keyed by procedure + input: what a screen reads and what the first screen asks for early. */
export function apiQuery<K extends ProcedureName>(name: K, input: ProcedureInput<K>) {
  return { queryKey: [name, input], queryFn: (): Promise<ProcedureOutput<K>> => call(name, input) };
}

/** A query keyed by procedure + input; the previous page stays on screen while the next one loads. */
export function useApiQuery<K extends ProcedureName>(name: K, input: ProcedureInput<K>, options: { enabled?: boolean } = {}) {
  return useQuery<ProcedureOutput<K>, ApiError>({
    ...apiQuery(name, input),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/**
 * A call that may change the office; on success it refreshes what the procedure's declared effects say it
 * changed (refresh.ts), and resolves once those queries are fresh. A read run on demand (an import preview)
 * uses it too: a read declares no effects and refreshes nothing.
 */
export function useApiMutation<K extends ProcedureName>(
  name: K,
  options: {
    /** Runs before the refresh: a delete leaves the deleted record's page first, so it is not refetched into "not found". */
    beforeRefresh?: (output: ProcedureOutput<K>, input: ProcedureInput<K>) => void;
  } = {},
) {
  const queryClient = useQueryClient();
  const mutation = useMutation<ProcedureOutput<K>, ApiError, ProcedureInput<K>>({
    mutationFn: (input) => call(name, input),
    onSuccess: (output, input) => {
      options.beforeRefresh?.(output, input);
      return refreshAfter(queryClient, name);
    },
  });
  const { mutateAsync } = mutation;
  // TanStack Query drops a mutate call's own callbacks when the component that called it has unmounted, and the
  // refresh a write waits for is often what unmounts it: a My day row that is done leaves the list, a card keyed by
  // the saved name is drawn anew. The advisor would not be told the write was made. These run either way.
  const mutate = useCallback(
    (input: ProcedureInput<K>, callbacks: MutateCallbacks<K> = {}) => {
      mutateAsync(input).then(
        (output) => callbacks.onSuccess?.(output, input),
        (error: ApiError) => callbacks.onError?.(error, input),
      );
    },
    [mutateAsync],
  );
  return { ...mutation, mutate };
}

/** What to do when one call of a mutation is answered, whether or not the component that made it is still shown. */
export type MutateCallbacks<K extends ProcedureName> = {
  onSuccess?: (output: ProcedureOutput<K>, input: ProcedureInput<K>) => void;
  onError?: (error: ApiError, input: ProcedureInput<K>) => void;
};

/** A typed call that refreshes what the procedure's declared effects say it changed, as useApiMutation does. */
export type ApiRun = <K extends ProcedureName>(name: K, input: ProcedureInput<K>) => Promise<ProcedureOutput<K>>;

/**
 * The same call-then-refresh as useApiMutation, for code that picks the procedure at run time (a form that
 * creates or updates): it resolves once the refreshed queries are fresh.
 */
export function useApiRun(): ApiRun {
  const queryClient = useQueryClient();
  return useCallback<ApiRun>(
    async (name, input) => {
      const output = await call(name, input);
      await refreshAfter(queryClient, name);
      return output;
    },
    [queryClient],
  );
}
