import { formatCount } from './format';

/** What every server-paged table in Rapport shares: look, loading state and paging. */
export function pagedTableProps(options: { total: number; page: number; onPageChange: (page: number) => void; fetching: boolean; pageSize?: number }) {
  return {
    minHeight: 200,
    highlightOnHover: true,
    verticalSpacing: 'sm',
    fetching: options.fetching,
    totalRecords: options.total,
    recordsPerPage: options.pageSize ?? 50,
    page: options.page,
    onPageChange: options.onPageChange,
    paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) => `${from}–${to} of ${formatCount(totalRecords)}`,
  } as const;
}

/** pagedTableProps for one page of a list query ({ total, rows }): its rows, their total and whether a page is loading. */
export function pagedListProps<Row>(
  list: { data?: { total: number; rows: Row[] } | undefined; isFetching: boolean },
  page: number,
  onPageChange: (page: number) => void,
) {
  return { ...pagedTableProps({ total: list.data?.total ?? 0, page, onPageChange, fetching: list.isFetching }), records: list.data?.rows ?? [] };
}

export interface SortState<C extends string> {
  column: C;
  direction: 'asc' | 'desc';
}

/** A server-sorted table's arrows: a click sorts by that column when the server sorts by it, else by `fallback`. */
export function sortProps<C extends string>(sort: SortState<C>, onSort: (next: SortState<C>) => void, columns: readonly C[], fallback: C) {
  return {
    sortStatus: { columnAccessor: sort.column, direction: sort.direction },
    onSortStatusChange: (s: { columnAccessor: unknown; direction: 'asc' | 'desc' }) =>
      onSort({ column: columns.find((c) => c === s.columnAccessor) ?? fallback, direction: s.direction }),
  };
}
