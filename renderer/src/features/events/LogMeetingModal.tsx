import { Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Attendee } from '@shared/api/events';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { notify } from '@renderer/components/notify';

/** Someone an attendee met at the event: an existing contact, or a new one created on the spot. */
export function LogMeetingModal({ eventId, attendee, onClose }: { eventId: number; attendee: Attendee | null; onClose: () => void }) {
  return (
    <Modal opened={attendee !== null} onClose={onClose} title={attendee ? `Log meeting for ${attendee.studentName}` : 'Log meeting'}>
      {attendee && <LogMeetingForm eventId={eventId} attendee={attendee} onDone={onClose} />}
    </Modal>
  );
}

type Who = 'existing' | 'new';

function LogMeetingForm({ eventId, attendee, onDone }: { eventId: number; attendee: Attendee; onDone: () => void }) {
  const [who, setWho] = useState<Who>('existing');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [contact, setContact] = useState<{ value: number; label: string } | null>(null);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const query = debounced === contact?.label ? '' : debounced;
  const options = useApiQuery('contacts.options', { search: query, limit: 20 }, { enabled: who === 'existing' });
  const log = useApiMutation('events.logMeeting');

  const data = (options.data ?? []).map((o) => ({
    value: o.id,
    label: [o.displayName, o.title, o.employerName].filter((part) => part !== null && part !== '').join(' · '),
  }));
  if (contact && !data.some((o) => o.value === contact.value)) data.unshift(contact);

  const submit = () => {
    // Check what the contract would refuse first, so the message sits on the field rather than in a toast.
    const found: Record<string, string> = {};
    if (who === 'existing' && contact === null) found.contactId = 'Choose a contact, or switch to "New contact"';
    if (who === 'new' && firstName.trim() === '') found.firstName = 'This is required';
    if (who === 'new' && lastName.trim() === '') found.lastName = 'This is required';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    log.mutate(
      {
        eventId,
        studentId: attendee.studentId,
        ...(who === 'existing' && contact ? { contactId: contact.value } : { newContact: { firstName, lastName, title } }),
        summary,
      },
      {
        onSuccess: () => {
          const name = who === 'existing' && contact ? contact.label.split(' · ')[0] : `${firstName.trim()} ${lastName.trim()}`;
          notify.done(`Logged: ${attendee.studentName} met ${name}.`);
          onDone();
        },
        onError: (error) => {
          if (error.field) setErrors({ [error.field]: error.message });
          else notify.failed('Not logged', error.message);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Who they met"
        value={who}
        onChange={(v) => setWho(v === 'new' ? 'new' : 'existing')}
        data={[
          { value: 'existing', label: 'Existing contact' },
          { value: 'new', label: 'New contact' },
        ]}
      />
      {who === 'existing' ? (
        <Select<number>
          label="Contact"
          placeholder="Search contacts by name"
          searchable
          data-autofocus
          data={data}
          value={contact?.value ?? null}
          onChange={(id, option) => setContact(id === null || option === null ? null : { value: id, label: option.label })}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={options.isFetching ? 'Searching…' : 'No contact matches: switch to "New contact"'}
          error={errors.contactId}
        />
      ) : (
        <SimpleGrid cols={2}>
          <TextInput
            label="First name"
            withAsterisk
            value={firstName}
            onChange={(e) => setFirstName(e.currentTarget.value)}
            error={errors.firstName ?? errors.newContact}
          />
          <TextInput label="Last name" withAsterisk value={lastName} onChange={(e) => setLastName(e.currentTarget.value)} error={errors.lastName} />
          <TextInput label="Title" placeholder="Recruiter" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        </SimpleGrid>
      )}
      <Textarea
        label="Summary"
        placeholder="What they talked about"
        autosize
        minRows={2}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        error={errors.summary}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={log.isPending}>
          Cancel
        </Button>
        <Button onClick={submit} loading={log.isPending}>
          Log meeting
        </Button>
      </Group>
    </Stack>
  );
}
