import { Skeleton } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import type { ReactNode } from 'react';
import type { ApiError } from '@renderer/api/client';
import { ErrorNotice } from './ErrorNotice';

/**
 * A list inside a section: the error with a retry, a placeholder while it loads (never the previous record's
 * rows, still cached under another input), what to say when it is empty, else the rows.
 */
interface ListQuery<T> {
  data: T[] | undefined;
  error: ApiError | null;
  isError: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

export function QueryList<T>({
  query,
  skeleton = 120,
  empty,
  children,
}: {
  query: ListQuery<T>;
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

/** A QueryList shown as a borderless table (a section of a record's page), named `label` for screen readers. */
export function QueryTable<T>({
  query,
  label,
  columns,
  skeleton,
  empty,
}: {
  query: ListQuery<T>;
  label: string;
  columns: DataTableColumn<T>[];
  skeleton?: number;
  empty: ReactNode;
}) {
  return (
    <QueryList query={query} skeleton={skeleton} empty={empty}>
      {(rows) => <DataTable<T> aria-label={label} withTableBorder={false} highlightOnHover records={rows} columns={columns} />}
    </QueryList>
  );
}
