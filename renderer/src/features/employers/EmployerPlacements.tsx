import { Anchor, Badge, Card, Title } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';
import type { Placement } from '@shared/api/placements';
import { placementKindLabels } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { formatDate } from '@renderer/components/format';
import { QueryList } from '@renderer/components/QueryList';

/** Internships, co-ops and jobs students have held here, newest first as the core orders them. */
export function EmployerPlacements({ employerId }: { employerId: number }) {
  const placements = useApiQuery('employers.placements', { employerId });

  return (
    <Card withBorder padding="lg">
      <Title order={4} mb="sm">
        Placements
      </Title>
      <QueryList
        query={placements}
        skeleton={120}
        empty={
          <EmptyState icon={<IconBriefcase size={24} />} title="No placements yet">
            Internships, co-ops and jobs are added from a student’s page; they appear here once a student is placed with this employer.
          </EmptyState>
        }
      >
        {(rows) => (
          <DataTable<Placement>
            aria-label="Placements at this employer"
            withTableBorder={false}
            highlightOnHover
            records={rows}
            columns={[
              {
                accessor: 'studentId',
                title: 'Student',
                render: (p) => (
                  <Anchor component={Link} to={`/students/${p.studentId}`} fw={500} size="sm">
                    {p.studentName}
                  </Anchor>
                ),
              },
              { accessor: 'role', title: 'Role' },
              {
                accessor: 'kind',
                title: 'Kind',
                render: (p) => (
                  <Badge variant="light" size="sm">
                    {placementKindLabels[p.kind]}
                  </Badge>
                ),
              },
              {
                accessor: 'supervisorName',
                title: 'Supervisor',
                render: (p) =>
                  p.supervisorContactId === null ? (
                    '—'
                  ) : (
                    <Anchor component={Link} to={`/contacts/${p.supervisorContactId}`} size="sm">
                      {p.supervisorName ?? 'Supervisor'}
                    </Anchor>
                  ),
              },
              {
                accessor: 'startOn',
                title: 'Dates',
                render: (p) => `${formatDate(p.startOn)} – ${p.endOn ? formatDate(p.endOn) : 'ongoing'}`,
              },
            ]}
          />
        )}
      </QueryList>
    </Card>
  );
}
