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
