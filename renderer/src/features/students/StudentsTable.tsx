import { Box, VisuallyHidden } from '@mantine/core';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useEffect, useId, useRef } from 'react';
import { useNavigate } from 'react-router';
import { studentSortColumns, type StudentListInput, type StudentRow, type StudentSortColumn } from '@shared/api/students';
import { pagedTableProps } from '@renderer/components/tableProps';
import type { OptionalColumn } from './columnChoice';
import { studentColumns } from './studentColumns';
import { useFillHeight } from './useFillHeight';
import { useRowKeyboard } from './useRowKeyboard';
import type { StudentSelection } from './useStudentSelection';
import { studentPath } from './studentSections';

interface StudentsTableProps {
  input: StudentListInput;
  rows: StudentRow[];
  total: number;
  fetching: boolean;
  visible: readonly OptionalColumn[];
  target: number | undefined;
  termName: string | undefined;
  onSort: (sort: StudentSortColumn, direction: 'asc' | 'desc') => void;
  onPageChange: (page: number) => void;
  /** The rows checked for a bulk action (kept across pages). */
  selection: StudentSelection;
}

/** The caseload: one server-sorted page, its columns chosen by the advisor, usable from the keyboard. */
export function StudentsTable({ input, rows, total, fetching, visible, target, termName, onSort, onPageChange, selection }: StudentsTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const height = useFillHeight(box);
  const navigate = useNavigate();
  const hintId = useId();
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  // The page last asked for: the address changes a moment after a key, so quick PageDown presses add up.
  const requested = useRef(page);
  useEffect(() => {
    requested.current = page;
  }, [page]);
  const keyboard = useRowKeyboard({
    count: rows.length,
    pageKey: `${page}:${rows[0]?.id ?? ''}`,
    ready: !fetching,
    onOpen: (index) => {
      const row = rows[index];
      if (row) void navigate(studentPath(row.id));
    },
    onTurnPage: (delta) => {
      const next = requested.current + delta;
      if (next < 1 || next > pages) return false;
      requested.current = next;
      onPageChange(next);
      return true;
    },
  });
  const sortStatus: DataTableSortStatus<StudentRow> = {
    columnAccessor: input.sort ?? 'name',
    direction: input.direction ?? 'asc',
  };

  return (
    <>
      <VisuallyHidden id={hintId}>
        Each student is one row. Tab to the table, then use the arrow keys, Home and End to move between students, Enter to open one, and Page Down or Page Up
        for the next or previous page. Column headers sort with Enter.
      </VisuallyHidden>
      <Box ref={box}>
        <DataTable<StudentRow>
          aria-label="Students"
          aria-describedby={hintId}
          {...pagedTableProps({ total, page, onPageChange, fetching, pageSize })}
          // Compact rows on one line each, in a scroll area that ends at the window's edge: the header stays in sight.
          verticalSpacing={3}
          horizontalSpacing={8}
          // The library pads the checkbox cell by 10 px all round, which alone made every row 37 px (15 in sight, not 20+).
          selectionColumnStyle={{ paddingBlock: 3 }}
          height={height}
          paginationSize="xs"
          styles={{ table: { fontSize: 'var(--mantine-font-size-sm)', lineHeight: 1.4 } }}
          records={rows}
          idAccessor="id"
          selectedRecords={rows.filter((row) => selection.has(row.id))}
          onSelectedRecordsChange={(checked) => selection.setPage(rows, checked)}
          getRecordSelectionCheckboxProps={(row) => ({ 'aria-label': `Select ${row.displayName}`, size: 'xs' })}
          allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select every student on this page', size: 'xs' }}
          // The name stays in sight when the advisor scrolls across many columns.
          pinFirstColumn
          bodyRef={keyboard.bodyRef}
          // The theme's focus ring on the row a keyboard reaches (drawn inside the row so the table edge does not clip it).
          rowClassName="mantine-focus-auto"
          rowStyle={() => ({ outlineOffset: -2 })}
          customRowAttributes={(_record, index) => keyboard.rowAttributes(index)}
          sortStatus={sortStatus}
          onSortStatusChange={(status) => onSort(studentSortColumns.find((c) => c === status.columnAccessor) ?? 'name', status.direction)}
          noRecordsText="No students on this page"
          loadingText="Loading students…"
          columns={studentColumns(visible, { target, termName })}
        />
      </Box>
    </>
  );
}
