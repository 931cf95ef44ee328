import { Anchor, Select } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { employerSortColumns, type EmployerRow } from '../../../../shared/api/directory';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ListPage } from '../../components/ListPage';
import { pagedTableProps } from '../../components/tableProps';
import { SearchInput } from '../../components/SearchInput';

export function EmployersPage() {
  const [search, setSearch] = useState('');
  const [industry, setIndustry] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<{ column: (typeof employerSortColumns)[number]; direction: 'asc' | 'desc' }>({ column: 'name', direction: 'asc' });
  const industries = useApiQuery('employers.industries', {});
  const employers = useApiQuery('employers.list', { search: search || undefined, industry: industry ?? undefined, sort: sort.column, direction: sort.direction, page, pageSize: 50 });
  if (employers.isError) return <ErrorNotice error={employers.error} onRetry={() => void employers.refetch()} />;
  const total = employers.data?.total;

  return (
    <ListPage
      title="Employers"
      noun="employer"
      total={total}
      filters={
        <>
          <SearchInput label="Search" placeholder="Employer name" onSearch={(v) => { setSearch(v); setPage(1); }} />
          <Select label="Industry" placeholder="Any industry" clearable searchable data={industries.data ?? []} value={industry} onChange={(v) => { setIndustry(v); setPage(1); }} w={220} />
        </>
      }
      empty={
        total === 0 ? (
          <EmptyState icon={<IconBuilding size={24} />} title={search || industry ? 'No employers match' : 'No employers yet'}>
            {search || industry ? 'Try a shorter search or another industry.' : 'Organisations where students intern, work and meet people appear here.'}
          </EmptyState>
        ) : null
      }
    >
      <DataTable<EmployerRow>
        aria-label="Employers"
        {...pagedTableProps({ total: total ?? 0, page, onPageChange: setPage, fetching: employers.isFetching })}
        records={employers.data?.rows ?? []}
        sortStatus={{ columnAccessor: sort.column, direction: sort.direction }}
        onSortStatusChange={(s) => setSort({ column: employerSortColumns.find((c) => c === s.columnAccessor) ?? 'name', direction: s.direction })}
        columns={[
          { accessor: 'name', title: 'Employer', sortable: true },
          { accessor: 'industry', title: 'Industry', sortable: true, render: (r) => r.industry ?? '—' },
          { accessor: 'location', title: 'Location', sortable: true, render: (r) => r.location ?? '—' },
          {
            accessor: 'website',
            title: 'Website',
            render: (r) =>
              r.website ? (
                <Anchor href={r.website} target="_blank" rel="noreferrer" size="sm">
                  {hostOf(r.website)}
                </Anchor>
              ) : (
                '—'
              ),
          },
          { accessor: 'contacts', title: 'Contacts', sortable: true, textAlign: 'right', render: (r) => r.contactCount },
          { accessor: 'placements', title: 'Placements', sortable: true, textAlign: 'right', render: (r) => r.placementCount },
        ]}
      />
    </ListPage>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
