import { Button, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { invitationRecorded, inviteMessage } from './inviteMessage';
import { notify } from '@renderer/components/notify';

/** Invite one student found by name or student ID; the search runs in the core (caseloads reach 50,000). */
export function InviteStudent({ eventId, goalTemplateId }: { eventId: number; goalTemplateId: number | null }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [chosen, setChosen] = useState<{ value: number; label: string } | null>(null);
  const studentId = chosen?.value ?? null;
  // Once chosen, the box shows the student's label; searching for that text would hide the choice itself.
  const query = debounced === chosen?.label ? '' : debounced;
  const students = useApiQuery('students.list', { search: query, status: 'active', pageSize: 20 }, { enabled: query.length > 0 });
  const invite = useApiMutation('events.invite');

  const data =
    query.length > 0
      ? (students.data?.rows ?? []).map((s) => ({
          value: s.id,
          label: `${s.displayName}${s.externalId ? ` (${s.externalId})` : ''}`,
        }))
      : [];
  if (chosen && !data.some((o) => o.value === chosen.value)) data.unshift(chosen);

  const submit = () => {
    if (studentId === null) return;
    invite.mutate(
      { eventId, studentIds: [studentId], goalTemplateId: goalTemplateId ?? undefined },
      {
        onSuccess: (result) => {
          notify.done(result.invited === 1 ? invitationRecorded : inviteMessage(result));
          setChosen(null);
          setSearch('');
        },
        onError: notify.failure('Not invited'),
      },
    );
  };

  return (
    <Group align="flex-end" gap="xs">
      <Select<number>
        label="Invite a student"
        placeholder="Type a name or student ID"
        searchable
        clearable
        data={data}
        value={studentId}
        onChange={(id, option) => setChosen(id === null || option === null ? null : { value: id, label: option.label })}
        searchValue={search}
        onSearchChange={setSearch}
        // The core already matched the search; filtering again here would hide ID matches.
        filter={({ options }) => options}
        nothingFoundMessage={query.length === 0 ? 'Start typing to search' : students.isFetching ? 'Searching…' : 'No active student matches'}
        w={320}
      />
      <Button onClick={submit} disabled={studentId === null} loading={invite.isPending}>
        Invite
      </Button>
    </Group>
  );
}
