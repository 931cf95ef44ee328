import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArchive, IconCalendarPlus, IconTag, IconUserCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { bulkSelectionLimit, type StudentListInput } from '@shared/api/students';
import { call } from '@renderer/api/client';
import { useMayCall } from '@renderer/app/session';
import { formatCount, plural } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';
import { BulkChangeModal, type BulkAction } from './BulkChangeModal';
import { BulkExportMenu } from './BulkExportMenu';
import type { StudentSelection } from './useStudentSelection';

/** The list's filters alone (no sort or page): what "select all matching" selects. */
function filterOf({ sort: _sort, direction: _direction, page: _page, pageSize: _pageSize, ...filter }: StudentListInput) {
  return filter;
}

/**
 * Above the caseload while students are selected: how many, "select all N matching", and the bulk actions — each
 * confirmed with the count in a modal (BulkChangeModal) and undone from the toast after. Export covers the filter, so
 * it is offered once every matching student is selected.
 */
export function BulkActionsBar({ selection, input, total }: { selection: StudentSelection; input: StudentListInput; total: number }) {
  const mayCall = useMayCall();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [selecting, setSelecting] = useState(false);
  if (selection.count === 0) return null;
  const allSelected = selection.count >= total;
  const selectAllMatching = () => {
    setSelecting(true);
    call('students.selection', filterOf(input))
      .then((result) => {
        selection.selectAll(result.students);
        if (result.total > result.students.length) {
          notify.warning(
            `Selected the first ${formatCount(result.students.length)} of ${formatCount(result.total)}: a bulk change takes at most ${formatCount(bulkSelectionLimit)}.`,
          );
        }
      })
      .catch(notify.failure('Not selected'))
      .finally(() => setSelecting(false));
  };
  const mayChange = mayCall('students.bulkChange');
  const actions: { kind: BulkAction; label: string; icon: React.ReactNode; allowed: boolean }[] = [
    { kind: 'assignAdvisor', label: 'Assign advisor', icon: <IconUserCheck size={16} />, allowed: mayChange },
    { kind: 'addLabel', label: 'Add label', icon: <IconTag size={16} />, allowed: mayChange },
    { kind: 'invite', label: 'Invite to event', icon: <IconCalendarPlus size={16} />, allowed: mayCall('events.invite') },
    { kind: 'archive', label: 'Archive', icon: <IconArchive size={16} />, allowed: mayChange },
  ];
  return (
    <Paper withBorder px="sm" py={6} radius="md" bg="var(--mantine-primary-color-light)" role="region" aria-label="Selected students">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs">
          <Text size="sm" fw={600} aria-live="polite">
            {plural(selection.count, 'student')} selected
          </Text>
          {!allSelected && (
            <Button size="compact-sm" variant="subtle" loading={selecting} onClick={selectAllMatching}>
              {`Select all ${formatCount(total)} matching`}
            </Button>
          )}
          <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={selection.clear}>
            Clear
          </Button>
        </Group>
        <Group gap="xs">
          {actions
            .filter((a) => a.allowed)
            .map((a) => (
              <Button
                key={a.kind}
                size="compact-sm"
                variant={a.kind === 'archive' ? 'default' : 'light'}
                leftSection={a.icon}
                onClick={() => setAction(a.kind)}
              >
                {a.label}
              </Button>
            ))}
          {allSelected && <BulkExportMenu input={input} total={total} />}
        </Group>
      </Group>
      <BulkChangeModal
        action={action}
        students={selection.list}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          selection.clear();
        }}
      />
    </Paper>
  );
}
