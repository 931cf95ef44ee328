import { Alert, Autocomplete, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BulkChange, BulkResult } from '@shared/api/students';
import type { ApiError } from '@renderer/api/client';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { plural } from '@renderer/components/format';
import { notify } from '@renderer/components/notify';
import { useBulkUndo } from './useBulkUndo';
import type { SelectedStudent } from './useStudentSelection';
import { useWhileShown } from '@renderer/components/useWhileShown';

export type BulkAction = BulkChange['kind'] | 'invite';

const titles: Record<BulkAction, string> = {
  assignAdvisor: 'Assign an advisor',
  addLabel: 'Add a label',
  archive: 'Archive students',
  invite: 'Invite to an event',
};

const noAdvisor = 'none';

/** What a done change says, and what its Undo toast says after. */
function doneMessage(kind: BulkChange['kind'], result: BulkResult, target: string): string {
  const changed = plural(result.changed, 'student');
  const unchanged = result.unchanged > 0 ? ` (${plural(result.unchanged, 'student')} already ${kind === 'archive' ? 'archived' : 'had it'})` : '';
  if (kind === 'assignAdvisor') return `${changed} assigned to ${target}${unchanged}.`;
  if (kind === 'addLabel') return `Label “${target}” added to ${changed}${unchanged}.`;
  return `${changed} archived${unchanged}.`;
}

/** The change the form describes so far; null while it lacks its advisor or label (and for an invitation). */
function bulkChangeOf(action: BulkAction, advisor: string | null, label: string): BulkChange | null {
  if (action === 'assignAdvisor') return advisor === null ? null : { kind: 'assignAdvisor', advisorId: advisor === noAdvisor ? null : Number(advisor) };
  if (action === 'addLabel') return label.trim() === '' ? null : { kind: 'addLabel', label: label.trim() };
  return action === 'archive' ? { kind: 'archive' } : null;
}

/**
 * Confirms a bulk action with its count, runs it, and offers Undo in the toast after: Undo puts back each student's
 * own previous advisor, labels or status (students.bulkUndo), unless one was changed since.
 */
export function BulkChangeModal({
  action,
  students,
  onClose,
  onDone,
}: {
  action: BulkAction | null;
  students: readonly SelectedStudent[];
  onClose: () => void;
  onDone: () => void;
}) {
  return (
    <Modal opened={action !== null} onClose={onClose} title={action ? titles[action] : ''}>
      {action && <BulkChangeForm action={action} students={students} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function BulkChangeForm({
  action,
  students,
  onClose,
  onDone,
}: {
  action: BulkAction;
  students: readonly SelectedStudent[];
  onClose: () => void;
  onDone: () => void;
}) {
  const close = useWhileShown(onDone);
  const advisors = useApiQuery('advisors.list', {}, { enabled: action === 'assignAdvisor' });
  const events = useApiQuery('events.list', { when: 'upcoming', pageSize: 100 }, { enabled: action === 'invite' });
  const change = useApiMutation('students.bulkChange');
  const undo = useBulkUndo();
  const invite = useApiMutation('events.invite');
  const [advisor, setAdvisor] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [eventId, setEventId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const count = plural(students.length, 'student');
  const ids = students.map((s) => s.id);

  const advisorName = advisor === noAdvisor ? 'no advisor' : (advisors.data?.find((a) => String(a.id) === advisor)?.name ?? '');
  const bulk = bulkChangeOf(action, advisor, label);

  const confirm = () => {
    setError(null);
    if (action === 'invite') {
      if (eventId === null) return;
      invite.mutate(
        { eventId: Number(eventId), studentIds: ids },
        {
          onSuccess: (r) => {
            notify.done(`${plural(r.invited, 'student')} invited (recorded; nothing is emailed).`);
            close();
          },
          onError: setError,
        },
      );
      return;
    }
    if (bulk === null) return;
    change.mutate(
      { students: [...students], change: bulk },
      {
        onSuccess: (result) => {
          const target = bulk.kind === 'assignAdvisor' ? advisorName : bulk.kind === 'addLabel' ? bulk.label : '';
          notify.undoable({
            id: `bulk-${result.changeId}`,
            title: 'Done',
            message: doneMessage(bulk.kind, result, target),
            onUndo: () => undo(result.changeId, ids),
          });
          close();
        },
        onError: setError,
      },
    );
  };

  const pending = change.isPending || invite.isPending;
  const ready = action === 'invite' ? eventId !== null : bulk !== null;
  const verb = { assignAdvisor: 'Assign', addLabel: 'Label', archive: 'Archive', invite: 'Invite' }[action];
  return (
    <Stack gap="sm">
      {action === 'assignAdvisor' && (
        <Select
          label="Advisor"
          placeholder="Choose an advisor"
          data={[
            ...(advisors.data ?? []).filter((a) => a.active).map((a) => ({ value: String(a.id), label: a.name })),
            { value: noAdvisor, label: 'No advisor' },
          ]}
          value={advisor}
          onChange={setAdvisor}
          searchable
          data-autofocus
        />
      )}
      {action === 'addLabel' && (
        <Autocomplete label="Label" placeholder="e.g. First-gen" value={label} onChange={setLabel} maxLength={60} data={[]} data-autofocus />
      )}
      {action === 'invite' && (
        <Select
          label="Event"
          placeholder={events.isLoading ? 'Loading events…' : 'Choose an upcoming event'}
          data={(events.data?.rows ?? []).map((e) => ({ value: String(e.id), label: e.title }))}
          value={eventId}
          onChange={setEventId}
          searchable
          nothingFoundMessage="No upcoming event"
          data-autofocus
        />
      )}
      <Text size="sm">
        {action === 'archive'
          ? `Archive ${count}? Archived students leave the active caseload; Undo puts back each one’s status.`
          : action === 'invite'
            ? `Invite ${count} to this event? Students already invited are left as they are.`
            : `This changes ${count}. You can undo it from the message that follows.`}
      </Text>
      {error && (
        <Alert color="red" title={error.details?.reason === 'stale' ? 'Changed since you selected them' : 'Nothing was changed'}>
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={pending}>
          Cancel
        </Button>
        <Button onClick={confirm} loading={pending} disabled={!ready} color={action === 'archive' ? 'red' : undefined}>
          {`${verb} ${count}`}
        </Button>
      </Group>
    </Stack>
  );
}
