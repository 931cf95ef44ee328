import { Anchor, Badge } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { Link } from 'react-router';
import type { Placement } from '@shared/api/placements';
import { placementKindLabels } from '@shared/domain';
import { StudentLink } from '@renderer/components/StudentLink';
import { formatDate } from '@renderer/components/format';

/** The columns a placement shows wherever it is listed from the other side (a contact's or an employer's page). */
export const placementColumns = {
  employer: {
    accessor: 'employerName',
    title: 'Employer',
    render: (p) => (
      <Anchor component={Link} to={`/employers/${p.employerId}`} size="sm">
        {p.employerName}
      </Anchor>
    ),
  },
  student: {
    accessor: 'studentId',
    title: 'Student',
    render: (p) => <StudentLink row={p} section="placements" />,
  },
  supervisor: {
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
  role: { accessor: 'role', title: 'Role' },
  kind: {
    accessor: 'kind',
    title: 'Kind',
    render: (p) => (
      <Badge variant="light" size="sm">
        {placementKindLabels[p.kind]}
      </Badge>
    ),
  },
  dates: {
    accessor: 'startOn',
    title: 'Dates',
    render: (p) => `${formatDate(p.startOn)} – ${p.endOn ? formatDate(p.endOn) : 'ongoing'}`,
  },
} satisfies Record<string, DataTableColumn<Placement>>;
