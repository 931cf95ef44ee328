import { Button, List, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { plural } from '@renderer/components/format';
import { studentsPreview, type DetailsSummary } from './auditDetails';

const previewCount = 3;

/** The full list of students in an export, on demand: a bulk export can name thousands. */
function AllStudents({ students, what }: { students: readonly string[]; what: string }) {
  return (
    <Popover width={340} position="bottom-start" shadow="md" trapFocus withArrow>
      <Popover.Target>
        <Button variant="subtle" size="compact-xs" aria-label={`Show all ${plural(students.length, 'student')} in this ${what}`}>
          Show all
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={500} mb={4}>
          {plural(students.length, 'student')}
        </Text>
        <ScrollArea.Autosize mah={280} type="auto">
          <List size="sm" spacing={2} aria-label={`Students in this ${what}`}>
            {students.map((name, index) => (
              // Names can repeat (two students, one name); their place in the file cannot.
              <List.Item key={`${index}:${name}`}>{name}</List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

export function AuditDetails({ summary, what }: { summary: DetailsSummary; what: string }) {
  if (!summary.file && summary.students.length === 0 && summary.lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {summary.file && (
        <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
          {summary.file}
        </Text>
      )}
      {summary.students.length > 0 && (
        <Text size="sm" component="div">
          {studentsPreview(summary.students, previewCount)}
          {summary.students.length > previewCount && (
            <>
              {' '}
              <AllStudents students={summary.students} what={what} />
            </>
          )}
        </Text>
      )}
      {summary.lines.map((line, index) => (
        <Text key={`${index}:${line}`} size="xs" c="dimmed">
          {line}
        </Text>
      ))}
    </Stack>
  );
}
