import { Badge, Table, Text } from '@mantine/core';
import type { ImportReport } from '@shared/api/imports';
import { formatCount } from '@renderer/components/format';
import { actionColors, actionLabels, fieldLabel, previewFields } from './importFormat';

/** The first rows as the core will store them, so a wrong mapping shows before anything is written. */
export function PreviewTable({ report }: { report: ImportReport }) {
  const fields = previewFields(report);
  if (report.preview.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The file has a header but no data rows.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={Math.max(480, 160 + fields.length * 140)} maxHeight={480}>
      <Table aria-label="Preview" striped stickyHeader verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Line</Table.Th>
            <Table.Th scope="col" miw={110}>
              Action
            </Table.Th>
            {fields.map((f) => (
              <Table.Th key={f} scope="col">
                {fieldLabel(report.kind, f)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.preview.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td>{formatCount(row.line)}</Table.Td>
              <Table.Td>
                <Badge color={actionColors[row.action]} variant="light">
                  {actionLabels[row.action]}
                </Badge>
              </Table.Td>
              {fields.map((f) => (
                <Table.Td key={f} style={{ overflowWrap: 'anywhere' }}>
                  {row.values[f] ?? (
                    <Text span c="dimmed" inherit>
                      —
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
