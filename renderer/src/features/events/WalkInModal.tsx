import { Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Attendee } from '@shared/api/events';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';
import { useWhileShown } from '@renderer/components/useWhileShown';

interface Props {
  eventId: number;
  opened: boolean;
  onClose: () => void;
  onAdded: (attendee: Attendee) => void;
}

/** Someone not on the list at the door: a student already on file, or a new one (name and school email). */
export function WalkInModal({ eventId, opened, onClose, onAdded }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add a walk-in">
      {opened && <WalkInForm eventId={eventId} onDone={onClose} onAdded={onAdded} />}
    </Modal>
  );
}

type Who = 'existing' | 'new';

function WalkInForm({ eventId, onDone, onAdded }: { eventId: number; onDone: () => void; onAdded: (attendee: Attendee) => void }) {
  const close = useWhileShown(onDone);
  const [who, setWho] = useState<Who>('existing');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const [studentId, setStudentId] = useState<string | null>(null);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [schoolEmail, setSchoolEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const candidates = useApiQuery('events.walkInCandidates', { eventId, query: debounced }, { enabled: who === 'existing' && debounced !== '' });
  const walkIn = useApiMutation('events.walkIn');

  const data = (debounced === '' ? [] : (candidates.data ?? [])).map((c) => ({
    value: String(c.studentId),
    label: [c.studentName, c.externalId, c.classYear === null ? null : `Class of ${c.classYear}`].filter((p) => p !== null && p !== '').join(' · '),
  }));

  const submit = () => {
    const missing: Record<string, string> = {};
    if (who === 'existing' && studentId === null) missing.studentId = 'Find the student, or switch to “New student”.';
    if (who === 'new') {
      if (firstName.trim() === '') missing.firstName = 'Enter a first name.';
      if (lastName.trim() === '') missing.lastName = 'Enter a last name.';
      if (!/^\S+@\S+\.\S+$/.test(schoolEmail.trim())) missing.schoolEmail = 'Enter a school email like name@example.edu.';
    }
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const input =
      who === 'existing'
        ? { eventId, studentId: Number(studentId) }
        : { eventId, newStudent: { firstName: firstName.trim(), lastName: lastName.trim(), schoolEmail: schoolEmail.trim() } };
    walkIn.mutate(input, {
      onSuccess: (saved) => {
        notify.done(saved.walkIn ? `${saved.studentName} added as a walk-in and checked in.` : `${saved.studentName} was on the list: checked in.`);
        onAdded(saved);
        close();
      },
      onError: notify.failure('Walk-in not added'),
    });
  };

  return (
    <Stack gap="sm">
      <SegmentedControl
        value={who}
        onChange={(v) => setWho(v === 'new' ? 'new' : 'existing')}
        data={[
          { value: 'existing', label: 'Student on file' },
          { value: 'new', label: 'New student' },
        ]}
        aria-label="Walk-in is"
      />
      {who === 'existing' ? (
        <Select
          label="Student"
          placeholder="Type a name, email or student ID"
          searchable
          data-autofocus
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          data={data}
          value={studentId}
          onChange={setStudentId}
          nothingFoundMessage={debounced === '' ? 'Type to search the office' : 'No student off the list matches'}
          error={errors.studentId}
        />
      ) : (
        <>
          <SimpleGrid cols={2}>
            <TextInput
              label="First name"
              required
              data-autofocus
              value={firstName}
              onChange={(e) => setFirstName(e.currentTarget.value)}
              error={errors.firstName}
            />
            <TextInput label="Last name" required value={lastName} onChange={(e) => setLastName(e.currentTarget.value)} error={errors.lastName} />
          </SimpleGrid>
          <TextInput
            label="School email"
            required
            type="email"
            value={schoolEmail}
            onChange={(e) => setSchoolEmail(e.currentTarget.value)}
            error={errors.schoolEmail}
          />
          <Text size="xs" c="dimmed">
            A new active student with no advisor yet; the rest of the record can be filled in later.
          </Text>
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={submit} loading={walkIn.isPending}>
          Add and check in
        </Button>
      </Group>
    </Stack>
  );
}
