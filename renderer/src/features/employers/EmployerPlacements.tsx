import { IconBriefcase } from '@tabler/icons-react';
import { SectionCard } from '@renderer/components/SectionCard';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { QueryTable } from '@renderer/components/QueryList';
import { placementColumns } from '@renderer/features/placements/placementColumns';

/** Internships, co-ops and jobs students have held here, newest first as the core orders them. */
export function EmployerPlacements({ employerId }: { employerId: number }) {
  const placements = useApiQuery('employers.placements', { employerId });

  return (
    <SectionCard title="Placements">
      <QueryTable
        query={placements}
        label="Placements at this employer"
        columns={[placementColumns.student, placementColumns.role, placementColumns.kind, placementColumns.supervisor, placementColumns.dates]}
        skeleton={120}
        empty={
          <EmptyState icon={<IconBriefcase size={24} />} title="No placements yet">
            Internships, co-ops and jobs are added from a student’s page; they appear here once a student is placed with this employer.
          </EmptyState>
        }
      />
    </SectionCard>
  );
}
