import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { Link } from 'react-router';
import type { StudentRow } from '@shared/api/students';
import { formatCount, formatDate } from '@renderer/components/format';
import { StudentStatusBadge } from '@renderer/components/StatusBadge';
import { columnLabels, type OptionalColumn } from './columnChoice';
import { ReadinessLevelBadge } from '@renderer/features/readiness/readinessBadges';
import { studentPath } from './studentSections';

interface ColumnContext {
  /** The office's target of ready references, for "2 of 3". */
  target: number | undefined;
  /** The term the goals column counts ("Fall 2026"). */
  termName: string | undefined;
}

const dimmed = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

// Every column is sortable on the server under its own key; each shows the value its sort orders by.
function optionalColumn(column: OptionalColumn, { target, termName }: ColumnContext): DataTableColumn<StudentRow> {
  // One line per row: long text is cut with an ellipsis (its whole value in the cell's title), the rest never wraps.
  const plain = { accessor: column, title: columnLabels[column], sortable: true };
  const base = { ...plain, noWrap: true };
  const cut = (width: number) => ({ ...plain, ellipsis: true, width });
  switch (column) {
    case 'externalId':
      return { ...base, render: (row) => row.externalId ?? '—' };
    case 'program':
      return { ...cut(180), render: (row) => <span title={row.program ?? undefined}>{row.program ?? '—'}</span> };
    case 'classYear':
      return { ...base, title: 'Class', render: (row) => row.classYear ?? '—' };
    case 'cohort':
      return { ...cut(160), render: (row) => <span title={row.cohort ?? undefined}>{row.cohort ?? '—'}</span> };
    case 'advisor':
      return {
        ...cut(150),
        render: (row) =>
          row.advisorName ?? (
            <Badge variant="outline" color="gray" size="xs">
              Unassigned
            </Badge>
          ),
      };
    case 'status':
      return { ...base, render: (row) => <StudentStatusBadge status={row.status} /> };
    case 'readiness':
      return { ...base, render: (row) => <ReadinessLevelBadge level={row.readinessLevel} size="xs" /> };
    case 'readyCount':
      return {
        ...base,
        title: 'Ready refs',
        textAlign: 'right',
        render: (row) => (
          <Text size="sm" c={row.readyReferences === 0 ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
            {target === undefined ? row.readyReferences : `${row.readyReferences} of ${target}`}
          </Text>
        ),
      };
    case 'goals':
      return {
        ...base,
        // Sorted by the latest goal met, which the second line shows.
        title: termName ? `Goals (${termName})` : 'Goals',
        // One line: the day the latest goal was met (what the sort orders by) is the cell's title.
        render: (row) => (
          /* Dimmed when there is nothing yet, so students without goals stand out on a scan. */
          <Text
            size="sm"
            c={row.goalsMetThisTerm === 0 && row.goalsActive === 0 ? 'dimmed' : undefined}
            title={row.goalLastMetOn ? `Last met ${formatDate(row.goalLastMetOn)}` : 'No goal met yet'}
          >
            {formatCount(row.goalsMetThisTerm)} met · {formatCount(row.goalsActive)} active
          </Text>
        ),
      };
    case 'lastActivity':
      return {
        ...base,
        render: (row) => (row.lastActivityOn ? <span style={{ whiteSpace: 'nowrap' }}>{formatDate(row.lastActivityOn)}</span> : dimmed('None yet')),
      };
    case 'losingTouch':
      return {
        ...base,
        textAlign: 'right',
        render: (row) =>
          row.staleConnections > 0 ? (
            <Badge color="red" variant="light" size="xs" aria-label={`${row.staleConnections} stale connection${row.staleConnections === 1 ? '' : 's'}`}>
              {row.staleConnections} stale
            </Badge>
          ) : (
            dimmed('In touch')
          ),
      };
  }
}

/** The table's columns: the name (always), then the chosen optional columns in their usual order. */
export function studentColumns(visible: readonly OptionalColumn[], context: ColumnContext): DataTableColumn<StudentRow>[] {
  const name: DataTableColumn<StudentRow> = {
    accessor: 'name',
    title: 'Name',
    sortable: true,
    noWrap: true,
    render: (row) => (
      // Positioned so it paints above the library's selection tint, an absolutely placed layer over the pinned cell of a
      // selected row that otherwise hid every selected student's name.
      <Group gap={6} wrap="nowrap" pos="relative">
        {/* Out of the tab order: the row itself is the tab stop, and Enter on it opens the student. */}
        <Anchor component={Link} to={studentPath(row.id)} fw={500} size="sm" tabIndex={-1}>
          {row.displayName}
        </Anchor>
        {row.confidential && (
          <Tooltip label="Confidential (FERPA hold): never exported">
            <IconLock size={14} aria-label="Confidential" />
          </Tooltip>
        )}
      </Group>
    ),
  };
  return [name, ...visible.map((column) => optionalColumn(column, context))];
}
