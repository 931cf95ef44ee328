import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/api/contract';
import { call, type ApiError } from './client';

/** A query keyed by procedure + input; the previous page stays on screen while the next one loads. */
export function useApiQuery<K extends ProcedureName>(name: K, input: ProcedureInput<K>, options: { enabled?: boolean } = {}) {
  return useQuery<ProcedureOutput<K>, ApiError>({
    queryKey: [name, input],
    queryFn: () => call(name, input),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/**
 * A mutation that refreshes what it changes: `invalidates` lists procedure-name prefixes
 * ("students." refreshes every students query).
 */
export function useApiMutation<K extends ProcedureName>(name: K, invalidates: readonly string[]) {
  const queryClient = useQueryClient();
  return useMutation<ProcedureOutput<K>, ApiError, ProcedureInput<K>>({
    mutationFn: (input) => call(name, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        predicate: (query) => {
          const [key] = query.queryKey;
          return typeof key === 'string' && invalidates.some((prefix) => key.startsWith(prefix));
        },
      });
    },
  });
}
