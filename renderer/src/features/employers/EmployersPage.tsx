import { Anchor, Button, Select } from '@mantine/core';
import { IconBuilding, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { employerSortColumns, type EmployerRow } from '@shared/api/employers';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { ExternalLink } from '@renderer/components/ExternalLink';
import { ListPage } from '@renderer/components/ListPage';
import { pagedTableProps } from '@renderer/components/tableProps';
import { SearchInput } from '@renderer/components/SearchInput';
import { EmployerFormModal } from './EmployerFormModal';

export function EmployersPage() {
  const [search, setSearch] = useState('');
  const [industry, setIndustry] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  // Remounting the search box is how "Clear filters" empties it.
  const [filtersKey, setFiltersKey] = useState(0);
  const navigate = useNavigate();
  const [sort, setSort] = useState<{ column: (typeof employerSortColumns)[number]; direction: 'asc' | 'desc' }>({
    column: 'name',
    direction: 'asc',
  });
  const industries = useApiQuery('employers.industries', {});
  const employers = useApiQuery('employers.list', {
    search: search || undefined,
    industry: industry ?? undefined,
    sort: sort.column,
    direction: sort.direction,
    page,
    pageSize: 50,
  });
  if (employers.isError) return <ErrorNotice error={employers.error} onRetry={() => void employers.refetch()} />;
  const total = employers.data?.total;
  const filtered = Boolean(search || industry);
  const clearFilters = () => {
    setSearch('');
    setIndustry(null);
    setPage(1);
    setFiltersKey((k) => k + 1);
  };

  return (
    <>
      <ListPage
        title="Employers"
        noun="employer"
        total={total}
        filters={
          <>
            <SearchInput
              key={filtersKey}
              label="Search"
              placeholder="Employer name"
              onSearch={(v) => {
                setSearch(v);
                setPage(1);
              }}
            />
            <Select
              label="Industry"
              placeholder="Any industry"
              clearable
              searchable
              data={industries.data ?? []}
              value={industry}
              onChange={(v) => {
                setIndustry(v);
                setPage(1);
              }}
              w={220}
            />
            <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New employer
            </Button>
          </>
        }
        empty={
          total === 0 ? (
            <EmptyState
              icon={<IconBuilding size={24} />}
              title={filtered ? 'No employers match' : 'No employers yet'}
              action={
                filtered ? (
                  <Button variant="light" onClick={clearFilters}>
                    Clear filters
                  </Button>
                ) : (
                  <Button onClick={() => setCreating(true)}>Add an employer</Button>
                )
              }
            >
              {filtered ? 'Try a shorter search or another industry.' : 'Organisations where students intern, work and meet people appear here.'}
            </EmptyState>
          ) : null
        }
      >
        <DataTable<EmployerRow>
          aria-label="Employers"
          {...pagedTableProps({ total: total ?? 0, page, onPageChange: setPage, fetching: employers.isFetching })}
          records={employers.data?.rows ?? []}
          sortStatus={{ columnAccessor: sort.column, direction: sort.direction }}
          onSortStatusChange={(s) =>
            setSort({
              column: employerSortColumns.find((c) => c === s.columnAccessor) ?? 'name',
              direction: s.direction,
            })
          }
          columns={[
            {
              accessor: 'name',
              title: 'Employer',
              sortable: true,
              render: (r) => (
                <Anchor component={Link} to={`/employers/${r.id}`} fw={500} size="sm">
                  {r.name}
                </Anchor>
              ),
            },
            { accessor: 'industry', title: 'Industry', sortable: true, render: (r) => r.industry ?? '—' },
            { accessor: 'location', title: 'Location', sortable: true, render: (r) => r.location ?? '—' },
            {
              accessor: 'website',
              title: 'Website',
              render: (r) => (r.website ? <ExternalLink url={r.website} /> : '—'),
            },
            {
              accessor: 'contacts',
              title: 'Contacts',
              sortable: true,
              textAlign: 'right',
              render: (r) => r.contactCount,
            },
            {
              accessor: 'placements',
              title: 'Placements',
              sortable: true,
              textAlign: 'right',
              render: (r) => r.placementCount,
            },
          ]}
        />
      </ListPage>
      {/* Outside the list frame, which swaps its children for the empty state. */}
      <EmployerFormModal opened={creating} onClose={() => setCreating(false)} onCreated={(saved) => void navigate(`/employers/${saved.id}`)} />
    </>
  );
}
