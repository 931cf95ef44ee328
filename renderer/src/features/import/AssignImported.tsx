import { Button, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { bulkSelectionLimit } from '@shared/api/students';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { useMayCall } from '@renderer/app/session';
import { formatCount, plural } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';
import { useBulkUndo } from '@renderer/features/students/useBulkUndo';

/**
 * After a students import: "Assign these N students to [advisor]" in one action (students.bulkChange), with Undo in
 * the toast, which puts back each student's previous advisor (an updated student may have had one).
 */
export function AssignImported({ studentIds }: { studentIds: readonly number[] }) {
  const mayAssign = useMayCall()('students.bulkChange');
  const advisors = useApiQuery('advisors.list', {}, { enabled: mayAssign && studentIds.length > 0 });
  const change = useApiMutation('students.bulkChange');
  const undo = useBulkUndo();
  const [advisor, setAdvisor] = useState<string | null>(null);
  const [assigned, setAssigned] = useState(false);
  if (!mayAssign || studentIds.length === 0) return null;
  if (studentIds.length > bulkSelectionLimit) {
    return (
      <Text size="sm">{`To assign these ${formatCount(studentIds.length)} students, filter the caseload and select them there (at most ${formatCount(bulkSelectionLimit)} at once).`}</Text>
    );
  }
  const count = plural(studentIds.length, 'student');
  const ids = [...studentIds];
  const assign = () => {
    if (advisor === null) return;
    const name = advisors.data?.find((a) => String(a.id) === advisor)?.name ?? 'the advisor';
    change.mutate(
      { students: ids.map((id) => ({ id })), change: { kind: 'assignAdvisor', advisorId: Number(advisor) } },
      {
        onSuccess: (result) => {
          setAssigned(true);
          notify.undoable({
            id: `import-assign-${result.changeId}`,
            title: 'Assigned',
            message: `${plural(result.changed, 'student')} assigned to ${name}.`,
            onUndo: () => undo(result.changeId, ids, () => setAssigned(false)),
          });
        },
        onError: notify.failure('Not assigned'),
      },
    );
  };
  return (
    <Group gap="xs" align="flex-end">
      <Select
        label={`Assign these ${count} to`}
        placeholder="Choose an advisor"
        data={(advisors.data ?? []).filter((a) => a.active).map((a) => ({ value: String(a.id), label: a.name }))}
        value={advisor}
        onChange={setAdvisor}
        searchable
        w={260}
      />
      <Button onClick={assign} loading={change.isPending} disabled={advisor === null || assigned}>
        {assigned ? 'Assigned' : `Assign ${count}`}
      </Button>
    </Group>
  );
}
