import { Button, Group, Popover, TextInput } from '@mantine/core';
import { IconCheck, IconFileText, IconMail, IconMessageQuestion, IconPhone } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { connectionChange } from '@shared/api/connections';
import { contactDetailsChange } from '@shared/api/contacts';
import type { ReadinessItem, ReferenceStatus } from '@shared/domain';
import { call } from '@renderer/api/client';
import { useApiRun } from '@renderer/api/hooks';
import { refreshAfter } from '@renderer/api/refresh';
import { Offered } from '@renderer/components/Offered';
import { todayIso } from '@renderer/components/dates';
import { notify } from '@renderer/components/notify';
import { LogInteractionMenu } from '@renderer/features/connections/LogInteractionMenu';
import { studentPath } from '@renderer/features/students/studentSections';
import { useReferenceStatus } from './useReferenceStatus';

/** The reference a next step is about: enough to do it without opening the student's record. */
export interface StepTarget {
  studentId: number;
  connectionId: number;
  contactId: number;
  contactName: string;
  referenceStatus: ReferenceStatus;
  /** The detail the contact lacks (null: on file, to confirm); the readiness answer says, so nothing is read to draw the button. */
  missingDetail: 'email' | 'phone' | null;
}

/**
 * A readiness "Next:" line as a button that does it in place (the readiness panel, the dashboard's closest-to-ready
 * rows): log the touch with its kind, record the ask or the agreement, send the resume, add the missing email or
 * confirm the details. Waiting (known long enough) and eligibility have no button: nothing can be done today.
 */
export function NextStepButton({ target, item }: { target: StepTarget; item: ReadinessItem }) {
  const navigate = useNavigate();
  switch (item) {
    case 'inTouch':
    case 'thanked':
    case 'detailsShared':
      return (
        <LogInteractionMenu
          connection={{ id: target.connectionId, contactName: target.contactName, studentId: target.studentId }}
          onDetails={() => void navigate(studentPath(target.studentId, 'connections'))}
        />
      );
    case 'permission':
      return <ReferenceStatusButton target={target} />;
    case 'resumeShared':
      return target.referenceStatus === 'agreed' ? <ResumeSentButton target={target} /> : null;
    case 'contactCurrent':
      return <ContactDetailsButton target={target} />;
    case 'knownLongEnough':
    case 'eligible':
      return null;
  }
}

/**
 * "Asked" before the request, "Mark agreed" after it (also when the agreement has no date yet). `short` leaves the
 * contact's name out of the visible label where the row already names them (My day), so the row keeps one line; the
 * accessible name still carries it and starts with the visible words.
 */
export function ReferenceStatusButton({
  target,
  short = false,
}: {
  target: Pick<StepTarget, 'studentId' | 'connectionId' | 'contactName' | 'referenceStatus'>;
  short?: boolean;
}) {
  const { set, pending } = useReferenceStatus();
  const asked = target.referenceStatus === 'asked' || target.referenceStatus === 'agreed';
  return (
    <Offered procedure="connections.update">
      <Button
        size="compact-sm"
        variant="light"
        leftSection={asked ? <IconCheck size={14} /> : <IconMessageQuestion size={14} />}
        loading={pending === target.connectionId}
        onClick={() => void set(target, asked ? 'agreed' : 'asked')}
        aria-label={short ? `${asked ? 'Mark agreed' : 'Asked'}: ${target.contactName}` : undefined}
      >
        {short ? (asked ? 'Mark agreed' : 'Asked') : asked ? `Mark ${target.contactName} agreed` : `Asked ${target.contactName}`}
      </Button>
    </Offered>
  );
}

function ResumeSentButton({ target }: { target: StepTarget }) {
  const run = useApiRun();
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      const connection = (await call('connections.forStudent', { studentId: target.studentId })).find((c) => c.id === target.connectionId);
      if (!connection) throw new Error(`${target.contactName} is no longer connected to this student.`);
      await run('connections.update', connectionChange(connection, { resumeSharedOn: todayIso() }));
      notify.done(`Recorded: resume sent to ${target.contactName} today.`);
    } catch (error) {
      notify.failed('Not saved', error instanceof Error ? error : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Offered procedure="connections.update">
      <Button size="compact-sm" variant="light" leftSection={<IconFileText size={14} />} loading={busy} onClick={() => void send()}>
        Resume sent
      </Button>
    </Offered>
  );
}

/**
 * Missing details: a small inline form for the missing email or phone; details on file but unconfirmed: one click
 * marks them verified today. The contact is read when the advisor saves (the update carries the whole record), not
 * for each row drawn: the dashboard's closest-to-ready list would otherwise read every listed contact as it opens.
 */
function ContactDetailsButton({ target }: { target: StepTarget }) {
  const run = useApiRun();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async (patch: { email?: string; phone?: string }) => {
    setBusy(true);
    try {
      const contact = await call('contacts.get', { id: target.contactId });
      // Read now, so the update's version is always current: a detail someone added since this row was drawn is kept.
      const added = patch.email ? contact.email : patch.phone ? contact.phone : null;
      if (added !== null) {
        // What that write changed, shown now rather than at the next outside-change refresh.
        void refreshAfter(queryClient, 'contacts.update');
        throw new Error(`${target.contactName}'s ${patch.phone ? 'phone' : 'email'} was added meanwhile (${added}): nothing was changed.`);
      }
      await run('contacts.update', contactDetailsChange(contact, { ...patch, verifiedOn: todayIso() }));
      notify.done(
        patch.email || patch.phone
          ? `Saved ${target.contactName}'s ${patch.phone ? 'phone' : 'email'}.`
          : `Recorded: ${target.contactName}'s details confirmed today.`,
      );
      setOpened(false);
    } catch (error) {
      notify.failed('Not saved', error instanceof Error ? error : String(error));
    } finally {
      setBusy(false);
    }
  };
  const field = target.missingDetail;
  if (field === null) {
    return (
      <Offered procedure="contacts.update">
        <Button size="compact-sm" variant="light" leftSection={<IconCheck size={14} />} loading={busy} onClick={() => void save({})}>
          Details confirmed
        </Button>
      </Offered>
    );
  }
  return (
    <Offered procedure="contacts.update">
      <Popover opened={opened} onChange={setOpened} trapFocus withinPortal position="bottom-end" shadow="md">
        <Popover.Target>
          {/* Says which detail is missing: the next step above it reads "Add <name>'s phone" when phone is preferred. */}
          <Button
            size="compact-sm"
            variant="light"
            leftSection={field === 'phone' ? <IconPhone size={14} /> : <IconMail size={14} />}
            onClick={() => setOpened((o) => !o)}
          >
            Add {field}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void save(field === 'email' ? { email: value.trim() } : { phone: value.trim() });
            }}
          >
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={`${target.contactName}'s ${field}`}
                type={field === 'email' ? 'email' : 'tel'}
                required
                value={value}
                onChange={(e) => setValue(e.currentTarget.value)}
                w={240}
              />
              <Button type="submit" loading={busy}>
                Save
              </Button>
            </Group>
          </form>
        </Popover.Dropdown>
      </Popover>
    </Offered>
  );
}
