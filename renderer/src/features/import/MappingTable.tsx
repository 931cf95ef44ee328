import { Badge, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ImportReport } from '@shared/api/imports';
import { columnName, fieldOptions, ignoreValue } from './importFormat';

/** The user's choices: column → field, or null to ignore it. Only columns the user changed are here. */
export type MappingOverrides = ReadonlyMap<string, string | null>;

/** The core fills a field from the first of several same-named columns, and a choice names a column by its name. */
function repeated(report: ImportReport, index: number): boolean {
  const column = report.mapping[index]?.column;
  return report.mapping.findIndex((m) => m.column === column) !== index;
}

export function MappingTable({
  report,
  overrides,
  onChange,
  disabled,
}: {
  report: ImportReport;
  overrides: MappingOverrides;
  onChange: (column: string, field: string | null) => void;
  disabled: boolean;
}) {
  const data = [{ value: ignoreValue, label: 'Ignore this column' }, ...fieldOptions(report.kind)];
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label="Column mapping" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Column in the file</Table.Th>
              <Table.Th scope="col">Fills</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>How it was chosen</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.mapping.map((m, index) => {
              // The user's choice shows at once; the report catches up when the new preview arrives.
              const field = overrides.has(m.column) ? (overrides.get(m.column) ?? null) : m.field;
              const name = columnName(m.column);
              return (
                <Table.Tr key={`${index}:${m.column}`}>
                  <Table.Th scope="row" fw={500}>
                    {name}
                  </Table.Th>
                  <Table.Td>
                    {repeated(report, index) ? (
                      <Text size="sm" c="dimmed">
                        Repeated column: ignored (the first one with this name is used)
                      </Text>
                    ) : (
                      <Select
                        aria-label={`Field for ${name}`}
                        data={data}
                        value={field ?? ignoreValue}
                        onChange={(v) => onChange(m.column, v === null || v === ignoreValue ? null : v)}
                        allowDeselect={false}
                        searchable
                        disabled={disabled}
                        size="xs"
                        maw={320}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    {m.recognised && field === m.field && (
                      <Badge color="teal" variant="light">
                        Recognised
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {report.ignoredColumns.length > 0 && (
        <Text size="sm" c="dimmed">
          Ignored: {report.ignoredColumns.map(columnName).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
