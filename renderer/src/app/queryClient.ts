import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

function isRefusal(error: Error): boolean {
  return error instanceof ApiError && (error.code === 'unauthenticated' || error.code === 'forbidden');
}

/** The app's one query cache: made before React renders, so the first screen's calls can start while the code loads. */
export const queryClient = new QueryClient({
  defaultOptions: {
    // The database is local: no refetch storms on focus. Changes by other writers arrive through useOutsideChanges.
    // A refusal for who the caller is (no session, a role without the right) answers the same the second time.
    queries: { refetchOnWindowFocus: false, retry: (failures, error) => failures < 1 && !isRefusal(error), staleTime: 10_000 },
  },
});
