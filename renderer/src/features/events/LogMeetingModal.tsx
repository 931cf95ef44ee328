import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Attendee } from '@shared/api/events';
import { useApiMutation } from '@renderer/api/hooks';
import {
  blankNewContact,
  chosenContactName,
  ContactChoice,
  contactChoiceErrors,
  contactChoiceInput,
  type ContactWho,
  type NewContactFields,
} from '@renderer/components/ContactChoice';
import { notify } from '@renderer/components/notify';
import type { PickerOption } from '@renderer/components/SearchSelect';
import { useWhileShown } from '@renderer/components/useWhileShown';

/** Someone an attendee met at the event: an existing contact, or a new one created on the spot. */
export function LogMeetingModal({ eventId, attendee, onClose }: { eventId: number; attendee: Attendee | null; onClose: () => void }) {
  return (
    <Modal opened={attendee !== null} onClose={onClose} title={attendee ? `Log meeting for ${attendee.studentName}` : 'Log meeting'}>
      {attendee && <LogMeetingForm eventId={eventId} attendee={attendee} onDone={onClose} />}
    </Modal>
  );
}

function LogMeetingForm({ eventId, attendee, onDone }: { eventId: number; attendee: Attendee; onDone: () => void }) {
  const close = useWhileShown(onDone);
  const [who, setWho] = useState<ContactWho>('existing');
  const [contact, setContact] = useState<PickerOption | null>(null);
  const [newContact, setNewContact] = useState<NewContactFields>(blankNewContact);
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, ReactNode>>({});
  const log = useApiMutation('events.logMeeting');
  const text = (field: keyof NewContactFields) => ({
    value: newContact[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setNewContact({ ...newContact, [field]: e.currentTarget.value }),
    error: errors[`newContact.${field}`],
  });

  const submit = () => {
    // Check what the contract would refuse first, so the message sits on the field rather than in a toast.
    const found = contactChoiceErrors(who, contact?.value ?? null, newContact);
    setErrors(found);
    const named = contactChoiceInput(who, contact?.value ?? null, newContact);
    if (Object.keys(found).length > 0 || named === null) return;
    log.mutate(
      { eventId, studentId: attendee.studentId, ...named, summary },
      {
        onSuccess: () => {
          notify.done(`Logged: ${attendee.studentName} met ${chosenContactName(who, contact, newContact)}.`);
          close();
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
      <ContactChoice
        who={who}
        onWhoChange={setWho}
        picker={{ value: contact?.value ?? null, onChange: (_id, option) => setContact(option), error: errors.contactId }}
        newContact={{ firstName: text('firstName'), lastName: text('lastName'), title: text('title') }}
      />
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
