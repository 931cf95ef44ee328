import { Anchor, Button, Group, Select, Text } from '@mantine/core';
import { IconCheck, IconHeartHandshake } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';
import type { LosingTouchRow } from '@shared/api/keep-in-touch';
import { interactionKindLabels, relationshipKindLabels, relationshipKinds } from '@shared/domain';
import { StudentLink } from '@renderer/components/StudentLink';
import { useApiQuery } from '@renderer/api/hooks';
import { CadenceBadge } from '@renderer/components/CadenceBadge';
import { EmptyState } from '@renderer/components/EmptyState';
import { formatDate } from '@renderer/components/format';
import { ListPage } from '@renderer/components/ListPage';
import { pagedListProps } from '@renderer/components/tableProps';
import { todayIso } from '@renderer/components/dates';
import { positiveInt, useUrlParams } from '@renderer/components/useUrlParams';
import { useLogWithUndo } from '@renderer/features/connections/useLogWithUndo';
import { LabeledSegments } from '@renderer/components/LabeledSegments';

type State = 'all' | 'cooling' | 'stale';
const wholeOffice = 'office';

/** Across the caseload: connections past their keep-in-touch window, most overdue first, each with a one-click "logged". */
export function LosingTouchPage() {
  const settings = useApiQuery('settings.get', {});
  const advisors = useApiQuery('advisors.list', {});
  // In the address, so the dashboard's "losing touch" card opens the list it counted, and Back keeps it.
  const { params, update } = useUrlParams();
  // Not in the address until chosen: the core then uses the advisor this computer acts as.
  const advisor = params.get('advisor');
  const stateParam = params.get('state');
  const state: State = stateParam === 'cooling' || stateParam === 'stale' ? stateParam : 'all';
  const relationship = relationshipKinds.find((k) => k === params.get('relationship')) ?? null;
  const page = positiveInt(params.get('page')) ?? 1;
  const setPage = (next: number) => update({ page: String(next) }, false);
  const students = {
    cohort: params.get('cohort') ?? undefined,
    program: params.get('program') ?? undefined,
    classYear: positiveInt(params.get('year')),
  };
  const studentScope = [
    students.cohort === undefined ? null : `Cohort ${students.cohort}`,
    students.program === undefined ? null : `Program ${students.program}`,
    students.classYear === undefined ? null : `Class of ${students.classYear}`,
  ].filter((part) => part !== null);
  const advisorId = advisor === null ? undefined : advisor === wholeOffice ? null : positiveInt(advisor);
  const list = useApiQuery('keepInTouch.losingTouch', {
    advisorId,
    state,
    relationship: relationship ?? undefined,
    ...students,
    page,
    pageSize: 50,
  });
  const { log, pending } = useLogWithUndo();

  const shownAdvisor =
    advisor ?? (settings.data?.currentAdvisorId === null || settings.data === undefined ? wholeOffice : String(settings.data.currentAdvisorId));

  const markLogged = (row: LosingTouchRow) =>
    log(
      // Whether a thank-you email carried personal details is recorded from the student page, where they can be checked.
      { connectionId: row.connectionId, kind: row.suggestedKind, occurredOn: todayIso(), sharedContactDetails: false },
      {
        title: `${interactionKindLabels[row.suggestedKind]} logged`,
        message: `${row.studentName} → ${row.contactName}, today.`,
      },
    );

  return (
    <ListPage
      title="Losing touch"
      noun="connection"
      list={list}
      filters={
        <>
          <Select
            label="Caseload"
            allowDeselect={false}
            data={[{ value: wholeOffice, label: 'Whole office' }, ...(advisors.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))]}
            value={shownAdvisor}
            onChange={(v) => update({ advisor: v ?? wholeOffice })}
            w={220}
          />
          <LabeledSegments
            label="Show"
            aria-label="Show connections"
            value={state}
            onChange={(v) => update({ state: v === 'cooling' || v === 'stale' ? v : null })}
            data={[
              { value: 'all', label: 'Cooling and stale' },
              { value: 'cooling', label: 'Cooling' },
              { value: 'stale', label: 'Stale' },
            ]}
          />
          <Select
            label="Relationship"
            placeholder="Any relationship"
            clearable
            data={relationshipKinds.filter((k) => k !== 'personal').map((k) => ({ value: k, label: relationshipKindLabels[k] }))}
            value={relationship}
            onChange={(v) => update({ relationship: v })}
            w={220}
          />
          {studentScope.length > 0 && (
            <Group gap="xs" align="flex-end">
              <Text size="sm" c="dimmed" pb={6}>
                Students: {studentScope.join(' · ')}
              </Text>
              <Button variant="subtle" color="gray" size="xs" mb={4} onClick={() => update({ cohort: null, program: null, year: null })}>
                All students
              </Button>
            </Group>
          )}
        </>
      }
      empty={
        <EmptyState icon={<IconHeartHandshake size={24} />} title="Everyone is in touch">
          No connection in this caseload is past its keep-in-touch window. Windows per relationship are set in Settings.
        </EmptyState>
      }
    >
      <DataTable<LosingTouchRow>
        aria-label="Losing touch"
        {...pagedListProps(list, page, setPage)}
        idAccessor="connectionId"
        columns={[
          {
            accessor: 'studentName',
            title: 'Student',
            render: (r) => <StudentLink row={r} section="connections" />,
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
            render: (r) => (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconCheck size={14} />}
                loading={pending?.connectionId === r.connectionId}
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
