import { Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { columnLabels, defaultColumns, knownColumns, optionalColumns, type OptionalColumn } from './columnChoice';

/** "Columns": which optional columns the table shows (the name always is). */
export function ColumnChooser({ visible, onChange }: { visible: readonly OptionalColumn[]; onChange: (next: OptionalColumn[]) => void }) {
  return (
    <Popover position="bottom-end" shadow="md" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Checkbox.Group label="Columns shown" description="The name is always shown." value={[...visible]} onChange={(next) => onChange(knownColumns(next))}>
            <Stack gap={6} mt="xs">
              {optionalColumns.map((column) => (
                <Checkbox key={column} value={column} label={columnLabels[column]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              Remembered on this computer
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => onChange([...defaultColumns])}>
              Reset
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
