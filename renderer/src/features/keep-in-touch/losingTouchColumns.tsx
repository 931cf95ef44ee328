import { Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { LosingTouchRow } from '@shared/api/keep-in-touch';
import { relationshipKindLabels } from '@shared/domain';
import { CadenceBadge } from '@renderer/components/CadenceBadge';
import { formatDate } from '@renderer/components/format';
import { LinkCell } from '@renderer/components/LinkCell';
import { StudentLink } from '@renderer/components/StudentLink';
import { LogInteractionMenu } from '@renderer/features/connections/LogInteractionMenu';

/** The losing-touch table: who, with whom, how long since, and Log ▾ in place (`onDetails` opens the student's connections). */
export function losingTouchColumns(onDetails: (row: LosingTouchRow) => void): DataTableColumn<LosingTouchRow>[] {
  return [
    {
      accessor: 'studentName',
      title: 'Student',
      render: (r) => <StudentLink row={r} section="connections" />,
    },
    {
      accessor: 'contactName',
      title: 'Contact',
      render: (r) => (
        <LinkCell to={`/contacts/${r.contactId}`} meta={`${relationshipKindLabels[r.relationship]}${r.employerName ? ` · ${r.employerName}` : ''}`}>
          {r.contactName}
        </LinkCell>
      ),
    },
    {
      accessor: 'lastTouchOn',
      title: 'Last contact',
      render: (r) => (
        <div>
          <Text size="sm">{formatDate(r.lastTouchOn)}</Text>
          <Text size="xs" c="dimmed">
            {r.daysSinceTouch} days ago · {r.overdueDays > 0 ? `${r.overdueDays} days overdue` : `stale in ${1 - r.overdueDays} days`}
          </Text>
        </div>
      ),
    },
    {
      accessor: 'cadence',
      title: 'State',
      width: 110,
      render: (r) => <CadenceBadge tie={r} />,
    },
    { accessor: 'suggestion', title: 'Next touch', render: (r) => <Text size="sm">{r.suggestion}</Text> },
    {
      accessor: 'actions',
      title: '',
      textAlign: 'right',
      // Log ▾ with the kind chosen (the suggestion beside it names the one that would help most).
      render: (r) => (
        <LogInteractionMenu connection={{ id: r.connectionId, contactName: r.contactName, studentId: r.studentId }} onDetails={() => onDetails(r)} />
      ),
    },
  ];
}
