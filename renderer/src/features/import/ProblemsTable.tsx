import { Alert, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ImportReport } from '@shared/api/imports';
import { formatCount } from '@renderer/components/format';

/** Every problem with its line and column, so the user can find and fix it in the spreadsheet. */
export function ProblemsTable({ report }: { report: Pick<ImportReport, 'problems' | 'problemCount'> }) {
  if (report.problemCount === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} role="status">
        No problems found
      </Alert>
    );
  }
  const more = report.problemCount - report.problems.length;
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={520} maxHeight={420}>
        <Table aria-label="Problems" stickyHeader verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Line</Table.Th>
              <Table.Th scope="col">Column</Table.Th>
              <Table.Th scope="col">Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.problems.map((p, index) => (
              <Table.Tr key={`${p.line}:${p.column ?? ''}:${index}`}>
                <Table.Td>{formatCount(p.line)}</Table.Td>
                <Table.Td>
                  {p.column ?? (
                    <Text span c="dimmed" inherit>
                      Whole row
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {more > 0 && (
        <Text size="sm" c="dimmed">
          and {formatCount(more)} more
        </Text>
      )}
    </Stack>
  );
}
