import { Anchor, Card, Skeleton, Text, Title } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import type { ContactRow } from '@shared/api/contacts';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { formatDate } from '@renderer/components/format';
import { pagedTableProps } from '@renderer/components/tableProps';
import { ContactNameCell } from '@renderer/features/contacts/ContactNameCell';
import { Offered } from '@renderer/components/Offered';

const pageSize = 25;

/** The people the office knows at this employer. */
export function EmployerContacts({ employerId, onAddContact }: { employerId: number; onAddContact: () => void }) {
  const [page, setPage] = useState(1);
  const contacts = useApiQuery('contacts.list', { employerId, page, pageSize });
  const total = contacts.data?.total ?? 0;

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        Contacts
      </Title>
      {contacts.isError ? (
        <ErrorNotice error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : !contacts.data || (contacts.isPlaceholderData && page === 1) ? (
        <Skeleton h={120} />
      ) : total === 0 ? (
        <EmptyState
          icon={<IconAddressBook size={24} />}
          title="No contacts here yet"
          action={
            <Offered procedure="contacts.create">
              <Anchor component="button" type="button" onClick={onAddContact}>
                Add a contact
              </Anchor>
            </Offered>
          }
        >
          Supervisors, recruiters and alumni who work here appear once they are added as contacts.
        </EmptyState>
      ) : (
        <DataTable<ContactRow>
          aria-label="Contacts at this employer"
          withTableBorder={false}
          {...pagedTableProps({ total, page, onPageChange: setPage, fetching: contacts.isFetching, pageSize })}
          minHeight={undefined}
          records={contacts.data.rows}
          columns={[
            {
              accessor: 'displayName',
              title: 'Name',
              render: (r) => <ContactNameCell contact={r} />,
            },
            { accessor: 'title', title: 'Title', render: (r) => r.title ?? '—' },
            { accessor: 'email', title: 'Email', render: (r) => r.email ?? '—' },
            { accessor: 'connectionCount', title: 'Students', textAlign: 'right' },
            {
              accessor: 'verifiedOn',
              title: 'Details verified',
              render: (r) => <Text size="sm">{formatDate(r.verifiedOn)}</Text>,
            },
          ]}
        />
      )}
    </Card>
  );
}
