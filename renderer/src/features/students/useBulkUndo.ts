import { useApiMutation } from '@renderer/api/hooks';
import { plural } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';

/**
 * The Undo of a bulk change's toast (caseload bar, import result): students.bulkUndo puts back each student's own
 * previous advisor, labels or status, unless one was changed since.
 */
export function useBulkUndo(): (changeId: number, studentIds: readonly number[], onUndone?: () => void) => void {
  const undo = useApiMutation('students.bulkUndo');
  return (changeId, studentIds, onUndone) =>
    undo.mutate(
      { changeId, studentIds: [...studentIds] },
      {
        onSuccess: (r) => {
          onUndone?.();
          notify.removed(`Undone: ${plural(r.changed, 'student')} back as they were.`);
        },
        onError: notify.failure('Not undone'),
      },
    );
}
