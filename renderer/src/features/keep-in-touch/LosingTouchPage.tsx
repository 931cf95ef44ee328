import { IconHeartHandshake } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useNavigate } from 'react-router';
import type { LosingTouchRow } from '@shared/api/keep-in-touch';
import { useApiQuery } from '@renderer/api/hooks';
import { EmptyState } from '@renderer/components/EmptyState';
import { ListPage } from '@renderer/components/ListPage';
import { pagedListProps } from '@renderer/components/tableProps';
import { studentPath } from '@renderer/features/students/studentSections';
import { LosingTouchFilters } from './LosingTouchFilters';
import { losingTouchColumns } from './losingTouchColumns';
import { useLosingTouchParams } from './useLosingTouchParams';

/**
 * Across the caseload: connections losing touch — stale, past their keep-in-touch maximum, the figure the dashboard,
 * My day, the caseload filter and the navigation badge count — and, said apart, those cooling (past the ideal window
 * only). Most overdue first; each row logs the touch with the kind chosen, in place.
 */
export function LosingTouchPage() {
  const choices = useLosingTouchParams();
  const { advisorId, state, relationship, students, page, setPage } = choices;
  const list = useApiQuery('keepInTouch.losingTouch', {
    advisorId,
    state,
    relationship: relationship ?? undefined,
    ...students,
    page,
    pageSize: 50,
  });
  const navigate = useNavigate();

  return (
    <ListPage
      title="Losing touch"
      noun="connection"
      list={list}
      filters={<LosingTouchFilters choices={choices} />}
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
        columns={losingTouchColumns((r) => void navigate(studentPath(r.studentId, 'connections')))}
      />
    </ListPage>
  );
}
