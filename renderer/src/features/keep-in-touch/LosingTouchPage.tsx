import { Anchor, Button, Group, Select, Text } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { Link, useNavigate } from 'react-router';
import type { LosingTouchRow } from '@shared/api/keep-in-touch';
import { relationshipKindLabels, relationshipKinds } from '@shared/domain';
import { StudentLink } from '@renderer/components/StudentLink';
import { useApiQuery } from '@renderer/api/hooks';
import { CadenceBadge } from '@renderer/components/CadenceBadge';
import { EmptyState } from '@renderer/components/EmptyState';
import { formatDate } from '@renderer/components/format';
import { ListPage } from '@renderer/components/ListPage';
import { pagedListProps } from '@renderer/components/tableProps';
import { positiveInt, useUrlParams } from '@renderer/components/useUrlParams';
import { LogInteractionMenu } from '@renderer/features/connections/LogInteractionMenu';
import { studentPath } from '@renderer/features/students/studentSections';
import { LabeledSegments } from '@renderer/components/LabeledSegments';

type State = 'all' | 'cooling' | 'stale';
const wholeOffice = 'office';

/**
 * Across the caseload: connections losing touch — stale, past their keep-in-touch maximum, the figure the dashboard,
 * My day, the caseload filter and the navigation badge count — and, said apart, those cooling (past the ideal window
 * only). Most overdue first; each row logs the touch with the kind chosen, in place.
 */
export function LosingTouchPage() {
  const settings = useApiQuery('settings.get', {});
  const advisors = useApiQuery('advisors.list', {});
  // In the address, so the dashboard's "losing touch" card opens the list it counted, and Back keeps it.
  const { params, update } = useUrlParams();
  // Not in the address until chosen: the core then uses the advisor this computer acts as.
  const advisor = params.get('advisor');
  const stateParam = params.get('state');
  // Stale by default: "losing touch" means the same everywhere; cooling is one choice away.
  const state: State = stateParam === 'cooling' || stateParam === 'all' ? stateParam : 'stale';
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
  const navigate = useNavigate();

  const shownAdvisor =
    advisor ?? (settings.data?.currentAdvisorId === null || settings.data === undefined ? wholeOffice : String(settings.data.currentAdvisorId));

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
            onChange={(v) => update({ state: v === 'cooling' || v === 'all' ? v : null })}
            data={[
              { value: 'stale', label: 'Losing touch (stale)' },
              { value: 'cooling', label: 'Cooling' },
              { value: 'all', label: 'Both' },
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
        <EmptyState icon={<IconHeartHandshake size={24} />} title={state === 'cooling' ? 'Nothing is cooling' : 'Everyone is in touch'}>
          {state === 'stale'
            ? 'No connection in this caseload is past its keep-in-touch maximum (stale). Cooling ones — past the ideal window only — are one choice away.'
            : 'No connection in this caseload is past its ideal keep-in-touch window.'}{' '}
          Windows per relationship are set in Settings.
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
              <LogInteractionMenu
                connection={{ id: r.connectionId, contactName: r.contactName, studentId: r.studentId }}
                onDetails={() => void navigate(studentPath(r.studentId, 'connections'))}
              />
            ),
          },
        ]}
      />
    </ListPage>
  );
}
