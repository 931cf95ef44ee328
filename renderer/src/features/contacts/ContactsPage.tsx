import { IconAddressBook, IconUserPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { contactSortColumns, type ContactRow } from '@shared/api/contacts';
import { useApiQuery } from '@renderer/api/hooks';
import { formatDate } from '@renderer/components/format';
import { DirectoryEmptyState, ListPage } from '@renderer/components/ListPage';
import { pagedListProps, sortProps, type SortState } from '@renderer/components/tableProps';
import { ContactFilters, hasContactFilters, noContactFilters, type ContactFilterValues } from './ContactFilters';
import { ContactFormModal } from './ContactFormModal';
import { MentorCapacity } from './MentorCapacity';
import { ContactNameCell } from './ContactNameCell';

export function ContactsPage() {
  const [filters, setFilters] = useState<ContactFilterValues>(noContactFilters);
  // Remounting the filters is how "Clear filters" empties the search box, which keeps its own text.
  const [filtersKey, setFiltersKey] = useState(0);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [sort, setSort] = useState<SortState<(typeof contactSortColumns)[number]>>({
    column: 'name',
    direction: 'asc',
  });
  const contacts = useApiQuery('contacts.list', {
    search: filters.search || undefined,
    employerId: filters.employerId ?? undefined,
    industry: filters.industry ?? undefined,
    relationship: filters.relationship ?? undefined,
    mentorsOnly: filters.mentorsOnly,
    sort: sort.column,
    direction: sort.direction,
    page,
    pageSize: 50,
  });
  const filtered = hasContactFilters(filters);
  const changeFilters = (next: ContactFilterValues) => {
    if (next === noContactFilters) setFiltersKey((k) => k + 1);
    setFilters(next);
    setPage(1);
  };

  return (
    <>
      <ListPage
        title="Contacts"
        noun="contact"
        list={contacts}
        create={{ procedure: 'contacts.create', label: 'New contact', icon: <IconUserPlus size={16} />, onClick: () => setCreating(true) }}
        filters={<ContactFilters key={filtersKey} value={filters} onChange={changeFilters} />}
        empty={
          <DirectoryEmptyState
            icon={<IconAddressBook size={24} />}
            plural="contacts"
            filtered={filtered}
            onClear={() => changeFilters(noContactFilters)}
            add={{ procedure: 'contacts.create', label: 'Add a contact', onClick: () => setCreating(true) }}
            hint={{
              filtered: 'Try a shorter search or fewer filters.',
              none: 'The professionals students know appear here: supervisors, mentors, alumni, recruiters and faculty.',
            }}
          />
        }
      >
        <DataTable<ContactRow>
          aria-label="Contacts"
          {...pagedListProps(contacts, page, setPage)}
          {...sortProps(sort, setSort, contactSortColumns, 'name')}
          columns={[
            {
              accessor: 'name',
              title: 'Name',
              sortable: true,
              render: (r) => <ContactNameCell contact={r} />,
            },
            { accessor: 'title', title: 'Title', sortable: true, render: (r) => r.title ?? '—' },
            { accessor: 'employer', title: 'Employer', sortable: true, render: (r) => r.employerName ?? '—' },
            { accessor: 'email', title: 'Email', render: (r) => r.email ?? '—' },
            {
              accessor: 'connections',
              title: 'Students',
              sortable: true,
              textAlign: 'right',
              render: (r) => r.connectionCount,
            },
            {
              accessor: 'mentorCapacity',
              title: 'Mentor capacity',
              render: (r) => (r.isMentor ? <MentorCapacity active={r.mentorshipsActive} capacity={r.mentorCapacity} /> : '—'),
            },
            {
              accessor: 'verifiedOn',
              title: 'Details verified',
              sortable: true,
              render: (r) => formatDate(r.verifiedOn),
            },
          ]}
        />
      </ListPage>
      {/* Outside the list frame, which swaps its children for the empty state. */}
      <ContactFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
