import { Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypeCsv, IconFileZip } from '@tabler/icons-react';
import type { ProcedureInput } from '@shared/api/contract';
import type { ExportResult } from '@shared/api/exports';
import type { StudentListInput } from '@shared/api/students';
import { useApiMutation } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { downloadFile } from '@renderer/components/download';
import { ExportFilesMenu } from '@renderer/components/ExportFilesMenu';
import { plural } from '@renderer/components/format';
import { savedNotice } from '@renderer/components/notify';

type StudentFilter = Omit<ProcedureInput<'exports.readinessReport'>, 'format'>;

/**
 * The list's filters without its sort and page (an export covers every student the filters select, not
 * one page), and only the ones set, so the audit entry names exactly the filter the advisor used.
 */
function exportFilter({ search, classYear, program, cohort, advisorId, status, readiness, goals, term, losingTouch }: StudentListInput): StudentFilter {
  return {
    ...(search ? { search } : {}),
    ...(classYear !== undefined ? { classYear } : {}),
    ...(program !== undefined ? { program } : {}),
    ...(cohort !== undefined ? { cohort } : {}),
    ...(advisorId !== undefined ? { advisorId } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(readiness !== undefined ? { readiness } : {}),
    ...(goals !== undefined ? { goals } : {}),
    ...(term !== undefined ? { term } : {}),
    ...(losingTouch === true ? { losingTouch } : {}),
  };
}

/** "Export" on the Students page: the references and the readiness report of the students the current filters select. */
export function BulkExportMenu({ input, total }: { input: StudentListInput; total: number | undefined }) {
  const references = useApiMutation('exports.references');
  const report = useApiMutation('exports.readinessReport');
  const busy = references.isPending || report.isPending;
  const filter = exportFilter(input);
  // No export is offered to a role that may not take files out of the office (a viewer, say).
  const mayExport = useMayCall()('exports.readinessReport');

  // These can take seconds on a large caseload: a progress notification says so until the file arrives,
  // then turns into the result. Promises rather than mutate callbacks, so leaving the page mid-export
  // still saves the file and settles the notification.
  const run = (start: () => Promise<ExportResult>, what: (rows: number) => string) => {
    const id = notifications.show({
      loading: true,
      autoClose: false,
      withCloseButton: false,
      title: 'Exporting…',
      message: total === undefined ? 'Preparing the file.' : `Preparing the file for ${plural(total, 'student')}.`,
    });
    start().then(
      (file) => {
        downloadFile(file);
        notifications.update({ ...savedNotice(file, `${what(file.rows)}.`), id, loading: false });
      },
      (error: unknown) =>
        notifications.update({
          id,
          loading: false,
          autoClose: false,
          withCloseButton: true,
          color: 'red',
          title: 'Export failed',
          message: error instanceof Error ? error.message : 'The export did not finish.',
        }),
    );
  };

  const exportReferences = (format: 'csv' | 'xlsx' | 'zip') =>
    run(
      () => references.mutateAsync({ ...filter, format, includeNotAgreed: false }),
      (rows) => (format === 'zip' ? plural(rows, 'reference list') : plural(rows, 'reference')),
    );
  const exportReport = (format: 'csv' | 'xlsx') =>
    run(
      () => report.mutateAsync({ ...filter, format }),
      (rows) => plural(rows, 'student'),
    );

  if (!mayExport) return null;
  return (
    <ExportFilesMenu busy={busy}>
      <Menu.Label>{total === undefined ? 'The students these filters select' : `The ${plural(total, 'student')} these filters select`}</Menu.Label>
      <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => exportReferences('csv')}>
        References (CSV)
      </Menu.Item>
      <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => exportReferences('xlsx')}>
        References (Excel)
      </Menu.Item>
      <Menu.Item leftSection={<IconFileZip size={16} />} onClick={() => exportReferences('zip')}>
        Reference lists (ZIP of PDFs)
      </Menu.Item>
      <Menu.Divider />
      <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => exportReport('csv')}>
        Readiness report (CSV)
      </Menu.Item>
      <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => exportReport('xlsx')}>
        Readiness report (Excel)
      </Menu.Item>
      <Menu.Divider />
      <Menu.Label>References: agreed ones only. Confidential students are never exported.</Menu.Label>
    </ExportFilesMenu>
  );
}
