import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { InviteFilter } from '@shared/api/events';
import { StudentFacetSelect } from '@renderer/features/students/StudentFacetSelect';
import { CountInput } from '@renderer/components/CountInput';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatCount, plural } from '@renderer/components/format';
import { GoalTemplateSelect } from './GoalTemplateSelect';
import { invitationsRecorded, inviteMessage } from './inviteMessage';
import { notify } from '@renderer/components/notify';
import { useWhileShown } from '@renderer/components/useWhileShown';

interface FilterValues {
  classYear: number | null;
  program: string | null;
  label: string;
  noGoalMetThisTerm: boolean;
  fewerReferencesThan: number | string;
}

const emptyFilter: FilterValues = {
  classYear: null,
  program: null,
  label: '',
  noGoalMetThisTerm: false,
  fewerReferencesThan: '',
};

/** Blank choices are left out, so "no class year" means any class year rather than none. */
function toFilter(v: FilterValues): InviteFilter {
  const references = v.fewerReferencesThan === '' ? undefined : Number(v.fewerReferencesThan);
  return {
    classYear: v.classYear ?? undefined,
    program: v.program ?? undefined,
    label: v.label.trim() === '' ? undefined : v.label.trim(),
    noGoalMetThisTerm: v.noGoalMetThisTerm,
    fewerReferencesThan: references !== undefined && Number.isInteger(references) && references >= 1 && references <= 10 ? references : undefined,
  };
}

export function InviteByFilterModal({ eventId, opened, onClose }: { eventId: number; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Invite by filter" size="lg">
      {opened && <InviteByFilterForm eventId={eventId} onDone={onClose} />}
    </Modal>
  );
}

function InviteByFilterForm({ eventId, onDone }: { eventId: number; onDone: () => void }) {
  const close = useWhileShown(onDone);
  const [values, setValues] = useState<FilterValues>(emptyFilter);
  const [goalTemplateId, setGoalTemplateId] = useState<number | null>(null);
  const facets = useApiQuery('students.facets', {});
  const filter = toFilter(values);
  // Count once the advisor pauses, not on every keystroke in "Label".
  const [settled] = useDebouncedValue(filter, 250);
  const count = useApiQuery('events.inviteCount', { eventId, filter: settled });
  const invite = useApiMutation('events.invite');
  const set = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  // While the count catches up with the latest change it describes the previous filter: don't offer it.
  const counting = count.isFetching || JSON.stringify(filter) !== JSON.stringify(settled);
  const newInvites = count.data ? count.data.matching - count.data.alreadyInvited : 0;
  const submit = () =>
    invite.mutate(
      { eventId, filter, goalTemplateId: goalTemplateId ?? undefined },
      {
        onSuccess: (result) => {
          notify.done(inviteMessage(result), invitationsRecorded);
          close();
        },
        onError: notify.failure('Not invited'),
      },
    );

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select<number>
          label="Class year"
          placeholder="Any class year"
          clearable
          data={(facets.data?.classYears ?? []).map((y) => ({ value: y, label: String(y) }))}
          value={values.classYear}
          onChange={(v) => set('classYear', v)}
        />
        <StudentFacetSelect facet="programs" label="Program" placeholder="Any program" value={values.program} onChange={(v) => set('program', v)} />
        <TextInput label="Label" placeholder="Any label, e.g. First-gen" value={values.label} onChange={(e) => set('label', e.currentTarget.value)} />
        <CountInput
          label="Fewer than N agreed references"
          description="Blank for any number"
          min={1}
          max={10}
          value={values.fewerReferencesThan}
          onChange={(v) => set('fewerReferencesThan', v)}
        />
      </SimpleGrid>
      <Switch label="No goal met this term" checked={values.noGoalMetThisTerm} onChange={(e) => set('noGoalMetThisTerm', e.currentTarget.checked)} />
      <GoalTemplateSelect
        label="Goal for each invitee"
        description="Optional: a rung of the goal ladder, linked to this event"
        value={goalTemplateId}
        onChange={setGoalTemplateId}
      />
      {count.isError ? (
        <Alert color="red">Could not count matching students: {count.error.message}</Alert>
      ) : (
        <Text size="sm" aria-live="polite" fw={500}>
          {count.data
            ? `${plural(count.data.matching, 'student')} ${count.data.matching === 1 ? 'matches' : 'match'}; ${formatCount(count.data.alreadyInvited)} already invited`
            : 'Counting matching students…'}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={invite.isPending}>
          Cancel
        </Button>
        <Button onClick={submit} loading={invite.isPending} disabled={!count.data || newInvites <= 0 || counting}>
          {`Invite ${plural(newInvites, 'student')}`}
        </Button>
      </Group>
    </Stack>
  );
}
