import { Anchor, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconHeartHandshake } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import type { LosingTouchRow } from '../../../../shared/api/network';
import { interactionKindLabels, relationshipKindLabels, relationshipKinds, type RelationshipKind } from '../../../../shared/domain';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { relationshipInvalidates } from '../../api/invalidation';
import { CadenceBadge } from '../../components/CadenceBadge';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import { ListPage } from '../../components/ListPage';
import { pagedTableProps } from '../../components/tableProps';
import { todayIso } from '../../components/dates';

type State = 'all' | 'cooling' | 'stale';
const wholeOffice = 'office';
const invalidates = relationshipInvalidates;

/** Across the caseload: connections past their keep-in-touch window, most overdue first, each with a one-click "logged". */
export function LosingTouchPage() {
  const settings = useApiQuery('settings.get', {});
  const advisors = useApiQuery('advisors.list', {});
  // Undefined until chosen: the core then uses the advisor this computer acts as.
  const [advisor, setAdvisor] = useState<string | null>(null);
  const [state, setState] = useState<State>('all');
  const [relationship, setRelationship] = useState<RelationshipKind | null>(null);
  const [page, setPage] = useState(1);
  const advisorId = advisor === null ? undefined : advisor === wholeOffice ? null : Number(advisor);
  const list = useApiQuery('keepInTouch.losingTouch', { advisorId, state, relationship: relationship ?? undefined, page, pageSize: 50 });
  const log = useApiMutation('interactions.create', invalidates);
  const undo = useApiMutation('interactions.delete', invalidates);

  if (list.isError) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  const total = list.data?.total;
  const shownAdvisor = advisor ?? (settings.data?.currentAdvisorId === null || settings.data === undefined ? wholeOffice : String(settings.data.currentAdvisorId));

  const markLogged = (row: LosingTouchRow) =>
    log.mutate(
      // Whether a thank-you email carried personal details is recorded from the student page, where they can be checked.
      { connectionId: row.connectionId, kind: row.suggestedKind, occurredOn: todayIso(), sharedContactDetails: false },
      {
        onSuccess: (interaction) => {
          const id = `logged-${interaction.id}`;
          notifications.show({
            id,
            color: 'teal',
            title: `${interactionKindLabels[row.suggestedKind]} logged`,
            message: (
              <Group gap="xs">
                <Text size="sm">
                  {row.studentName} → {row.contactName}, today.
                </Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => {
                    undo.mutate({ id: interaction.id }, { onError: (error) => notifications.show({ color: 'red', title: 'Not undone', message: error.message }) });
                    notifications.hide(id);
                  }}
                >
                  Undo
                </Button>
              </Group>
            ),
          });
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Not logged', message: error.message }),
      },
    );

  return (
    <ListPage
      title="Losing touch"
      noun="connection"
      total={total}
      filters={
        <>
          <Select
            label="Caseload"
            allowDeselect={false}
            data={[{ value: wholeOffice, label: 'Whole office' }, ...(advisors.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))]}
            value={shownAdvisor}
            onChange={(v) => {
              setAdvisor(v ?? wholeOffice);
              setPage(1);
            }}
            w={220}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Show
            </Text>
            <SegmentedControl
              aria-label="Show connections"
              value={state}
              onChange={(v) => {
                setState(v === 'cooling' || v === 'stale' ? v : 'all');
                setPage(1);
              }}
              data={[
                { value: 'all', label: 'Cooling and stale' },
                { value: 'cooling', label: 'Cooling' },
                { value: 'stale', label: 'Stale' },
              ]}
            />
          </Stack>
          <Select
            label="Relationship"
            placeholder="Any relationship"
            clearable
            data={relationshipKinds.filter((k) => k !== 'personal').map((k) => ({ value: k, label: relationshipKindLabels[k] }))}
            value={relationship}
            onChange={(v) => {
              setRelationship(relationshipKinds.find((k) => k === v) ?? null);
              setPage(1);
            }}
            w={220}
          />
        </>
      }
      empty={
        total === 0 ? (
          <EmptyState icon={<IconHeartHandshake size={24} />} title="Everyone is in touch">
            No connection in this caseload is past its keep-in-touch window. Windows per relationship are set in Settings.
          </EmptyState>
        ) : null
      }
    >
      <DataTable<LosingTouchRow>
        aria-label="Losing touch"
        {...pagedTableProps({ total: total ?? 0, page, onPageChange: setPage, fetching: list.isFetching })}
        records={list.data?.rows ?? []}
        idAccessor="connectionId"
        columns={[
          {
            accessor: 'studentName',
            title: 'Student',
            render: (r) => (
              <Anchor component={Link} to={`/students/${r.studentId}`} fw={500} size="sm">
                {r.studentName}
              </Anchor>
            ),
          },
          {
            accessor: 'contactName',
            title: 'Contact',
            render: (r) => (
              <div>
                <Anchor component={Link} to={`/contacts/${r.contactId}`} size="sm">
                  {r.contactName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {relationshipKindLabels[r.relationship]}
                  {r.employerName ? ` · ${r.employerName}` : ''}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'lastTouchOn',
            title: 'Last contact',
            render: (r) => (
              <div>
                <Text size="sm">{formatDate(r.lastTouchOn)}</Text>
                <Text size="xs" c="dimmed">
                  {r.daysSinceTouch} days · {r.overdueDays} overdue
                </Text>
              </div>
            ),
          },
          { accessor: 'cadence', title: 'State', width: 110, render: (r) => <CadenceBadge cadence={r.cadence} daysSinceTouch={r.daysSinceTouch} lastTouchOn={r.lastTouchOn} idealDays={r.idealDays} maxDays={r.maxDays} /> },
          { accessor: 'suggestion', title: 'Next touch', render: (r) => <Text size="sm">{r.suggestion}</Text> },
          {
            accessor: 'actions',
            title: '',
            textAlign: 'right',
            render: (r) => (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconCheck size={14} />}
                loading={log.isPending && log.variables?.connectionId === r.connectionId}
                onClick={() => markLogged(r)}
                aria-label={`Logged: ${interactionKindLabels[r.suggestedKind]} for ${r.contactName} (${r.studentName})`}
              >
                Logged
              </Button>
            ),
          },
        ]}
      />
    </ListPage>
  );
}
