import { Skeleton } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiError } from '@renderer/api/client';
import { ErrorNotice } from './ErrorNotice';

/**
 * A list inside a section: the error with a retry, a placeholder while it loads (never the previous record's
 * rows, still cached under another input), what to say when it is empty, else the rows.
 */
export function QueryList<T>({
  query,
  skeleton = 120,
  empty,
  children,
}: {
  query: {
    data: T[] | undefined;
    error: ApiError | null;
    isError: boolean;
    isPlaceholderData: boolean;
    refetch: () => unknown;
  };
  /** Height of the loading placeholder. */
  skeleton?: number;
  empty: ReactNode;
  children: (rows: T[]) => ReactNode;
}) {
  if (query.isError && query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined || query.isPlaceholderData) return <Skeleton h={skeleton} />;
  if (query.data.length === 0) return empty;
  return children(query.data);
}
