import { Badge, Checkbox, Text } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { contactSortColumns, type ContactRow } from '../../../../shared/api/directory';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import { ListPage } from '../../components/ListPage';
import { pagedTableProps } from '../../components/tableProps';
import { SearchInput } from '../../components/SearchInput';

export function ContactsPage() {
  const [search, setSearch] = useState('');
  const [mentorsOnly, setMentorsOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<{ column: (typeof contactSortColumns)[number]; direction: 'asc' | 'desc' }>({ column: 'name', direction: 'asc' });
  const contacts = useApiQuery('contacts.list', { search: search || undefined, mentorsOnly, sort: sort.column, direction: sort.direction, page, pageSize: 50 });
  if (contacts.isError) return <ErrorNotice error={contacts.error} onRetry={() => void contacts.refetch()} />;
  const total = contacts.data?.total;

  return (
    <ListPage
      title="Contacts"
      noun="contact"
      total={total}
      filters={
        <>
          <SearchInput label="Search" placeholder="Name, email or title" onSearch={(v) => { setSearch(v); setPage(1); }} />
          <Checkbox label="Mentor volunteers only" checked={mentorsOnly} onChange={(e) => { setMentorsOnly(e.currentTarget.checked); setPage(1); }} mb={8} />
        </>
      }
      empty={
        total === 0 ? (
          <EmptyState icon={<IconAddressBook size={24} />} title={search || mentorsOnly ? 'No contacts match' : 'No contacts yet'}>
            {search || mentorsOnly ? 'Try a shorter search.' : 'The professionals students know appear here: supervisors, mentors, alumni, recruiters and faculty.'}
          </EmptyState>
        ) : null
      }
    >
      <DataTable<ContactRow>
        aria-label="Contacts"
        {...pagedTableProps({ total: total ?? 0, page, onPageChange: setPage, fetching: contacts.isFetching })}
        records={contacts.data?.rows ?? []}
        sortStatus={{ columnAccessor: sort.column, direction: sort.direction }}
        onSortStatusChange={(s) => setSort({ column: contactSortColumns.find((c) => c === s.columnAccessor) ?? 'name', direction: s.direction })}
        columns={[
          {
            accessor: 'name',
            title: 'Name',
            sortable: true,
            render: (r) => (
              <Text size="sm" fw={500}>
                {r.displayName}{' '}
                {r.isMentor && (
                  <Badge size="xs" variant="light" color="grape" ml={4}>
                    Mentor · {r.mentorCapacity}
                  </Badge>
                )}
              </Text>
            ),
          },
          { accessor: 'title', title: 'Title', sortable: true, render: (r) => r.title ?? '—' },
          { accessor: 'employer', title: 'Employer', sortable: true, render: (r) => r.employerName ?? '—' },
          { accessor: 'email', title: 'Email', render: (r) => r.email ?? '—' },
          { accessor: 'connections', title: 'Students', sortable: true, textAlign: 'right', render: (r) => r.connectionCount },
          { accessor: 'verifiedOn', title: 'Details verified', sortable: true, render: (r) => formatDate(r.verifiedOn) },
        ]}
      />
    </ListPage>
  );
}
