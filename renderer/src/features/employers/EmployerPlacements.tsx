import { Card, Title } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import type { Placement } from '@shared/api/placements';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { QueryList } from '@renderer/components/QueryList';
import { placementColumns } from '@renderer/features/placements/placementColumns';

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
            columns={[placementColumns.student, placementColumns.role, placementColumns.kind, placementColumns.supervisor, placementColumns.dates]}
          />
        )}
      </QueryList>
    </Card>
  );
}
