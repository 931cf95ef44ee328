import { Anchor, Select } from '@mantine/core';
import { IconBuilding, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { employerSortColumns, type EmployerRow } from '@shared/api/employers';
import { useApiQuery } from '@renderer/api/hooks';
import { ExternalLink } from '@renderer/components/ExternalLink';
import { DirectoryEmptyState, ListPage } from '@renderer/components/ListPage';
import { pagedListProps, sortProps, type SortState } from '@renderer/components/tableProps';
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
  const [sort, setSort] = useState<SortState<(typeof employerSortColumns)[number]>>({
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
        list={employers}
        create={{ procedure: 'employers.create', label: 'New employer', icon: <IconPlus size={16} />, onClick: () => setCreating(true) }}
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
          </>
        }
        empty={
          <DirectoryEmptyState
            icon={<IconBuilding size={24} />}
            plural="employers"
            filtered={filtered}
            onClear={clearFilters}
            add={{ procedure: 'employers.create', label: 'Add an employer', onClick: () => setCreating(true) }}
            hint={{ filtered: 'Try a shorter search or another industry.', none: 'Organisations where students intern, work and meet people appear here.' }}
          />
        }
      >
        <DataTable<EmployerRow>
          aria-label="Employers"
          {...pagedListProps(employers, page, setPage)}
          {...sortProps(sort, setSort, employerSortColumns, 'name')}
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
