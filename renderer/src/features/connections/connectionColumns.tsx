import { Badge, Group, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { Connection } from '@shared/api/connections';
import { referenceStatusLabels, type ReferenceStatus } from '@shared/domain';
import { CadenceBadge } from '@renderer/components/CadenceBadge';
import { formatDate } from '@renderer/components/format';
import { RelationshipCell } from './RelationshipCell';

const referenceColors: Record<ReferenceStatus, string> = {
  not_asked: 'gray',
  asked: 'blue',
  agreed: 'teal',
  declined: 'red',
};

/**
 * The columns a connection shows from either side (the student's Connections, the contact's Connected
 * students): everything but who is on the other end, which each table names in its own first column.
 */
export const connectionColumns: DataTableColumn<Connection>[] = [
  { accessor: 'relationship', title: 'Relationship', render: (c) => <RelationshipCell connection={c} /> },
  { accessor: 'sinceOn', title: 'Since', noWrap: true, render: (c) => formatDate(c.sinceOn) },
  {
    accessor: 'referenceStatus',
    title: 'Reference',
    noWrap: true,
    render: (c) => (
      <Group gap={6} wrap="nowrap">
        {/* Not shrunk: in a narrow column the badge was clipped to "AGRE…" beside the date. */}
        <Badge size="sm" variant="light" color={referenceColors[c.referenceStatus]} style={{ flexShrink: 0 }}>
          {referenceStatusLabels[c.referenceStatus]}
        </Badge>
        {c.referenceStatusOn && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDate(c.referenceStatusOn)}
          </Text>
        )}
      </Group>
    ),
  },
  { accessor: 'lastTouchOn', title: 'Last touch', noWrap: true, render: (c) => (c.lastTouchOn ? formatDate(c.lastTouchOn) : 'Never') },
  { accessor: 'cadence', title: 'Keep in touch', render: (c) => <CadenceBadge tie={c} /> },
];
