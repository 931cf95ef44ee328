import { Alert, Button, Group, Modal, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconMail, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import type { Contact } from '@shared/api/contacts';
import type { MessageTemplates, WrapUp } from '@shared/api/wrap-up';
import type { Student } from '@shared/api/students';
import { interactionKindLabels, wrapUpItemLabels, type WrapUpItem } from '@shared/domain';
import { fillTemplate } from '@shared/templates';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { todayIso } from '@renderer/components/dates';
import { describeMissing, draftValues, mailtoHref } from './wrapUpDraft';
import { notify } from '@renderer/components/notify';
import { useWhileShown } from '@renderer/components/useWhileShown';

export interface DraftTarget {
  placement: WrapUp;
  supporter: WrapUp['supporters'][number];
  item: WrapUpItem;
}

export function WrapUpDraftModal({ target, student, onClose }: { target: DraftTarget | null; student: Student; onClose: () => void }) {
  return (
    <Modal opened={target !== null} onClose={onClose} title={target ? `${wrapUpItemLabels[target.item]} for ${target.supporter.contactName}` : ''} size="lg">
      {target && <DraftLoader target={target} student={student} onDone={onClose} />}
    </Modal>
  );
}

/** The draft needs the contact's first name and the office's (editable) templates before it can be filled. */
function DraftLoader({ target, student, onDone }: { target: DraftTarget; student: Student; onDone: () => void }) {
  const contact = useApiQuery('contacts.get', { id: target.supporter.contactId });
  const templates = useApiQuery('wrapUp.templates', {});
  if (contact.isError) return <ErrorNotice error={contact.error} onRetry={() => void contact.refetch()} />;
  if (templates.isError) return <ErrorNotice error={templates.error} onRetry={() => void templates.refetch()} />;
  // The draft is filled once, so it must not start from another contact's placeholder data.
  if (!contact.data || contact.isPlaceholderData || !templates.data) return <Skeleton h={260} />;
  return <Draft target={target} student={student} contact={contact.data} templates={templates.data} onDone={onDone} />;
}

function Draft({
  target,
  student,
  contact,
  templates,
  onDone,
}: {
  target: DraftTarget;
  student: Student;
  contact: Contact;
  templates: MessageTemplates;
  onDone: () => void;
}) {
  const close = useWhileShown(onDone);
  const { placement, supporter, item } = target;
  const values = draftValues(student, contact, placement);
  const filled = fillTemplate(templates[item], values);
  // The advisor may tweak the wording before copying; the edit lives only in this modal.
  const [text, setText] = useState(filled.text);
  const markSent = useApiMutation('interactions.create');
  const email = supporter.contactEmail ?? contact.email;
  // A LinkedIn note is pasted into LinkedIn, not emailed.
  const canEmail = email !== null && item !== 'linkedin_connection';

  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => notify.done('Draft copied to the clipboard.'),
      () => notify.failed('Not copied', 'The clipboard is not available here: select the text and copy it instead.'),
    );
  };

  const sent = () =>
    markSent.mutate(
      {
        connectionId: supporter.connectionId,
        // Each wrap-up item is ticked by the interaction kind of the same name.
        kind: item,
        occurredOn: todayIso(),
        summary: `Wrap-up after ${placement.role} at ${placement.employerName}`,
        // Only a draft that actually carried the personal email and phone counts as sharing them.
        sharedContactDetails: item === 'thank_you_email' && !filled.missing.some((f) => f === 'student.personalEmail' || f === 'student.phone'),
      },
      {
        onSuccess: () => {
          notify.done(`Logged ${interactionKindLabels[item].toLowerCase()} to ${supporter.contactName} today.`);
          close();
        },
        onError: notify.failure('Not logged'),
      },
    );

  return (
    <Stack gap="sm">
      {filled.missing.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Something is missing">
          {describeMissing(filled.missing)}
        </Alert>
      )}
      {filled.unknown.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Unknown merge fields">
          The template uses {filled.unknown.map((u) => `{{${u}}}`).join(', ')}, which Rapport does not know; fix the template in Settings.
        </Alert>
      )}
      <Textarea label="Message" autosize minRows={8} maxRows={18} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      {email === null && item !== 'linkedin_connection' && (
        <Text size="xs" c="dimmed">
          {supporter.contactName} has no email address on record, so the draft can only be copied.
        </Text>
      )}
      <Group justify="space-between" mt="sm">
        <Group gap="xs">
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copy}>
            Copy
          </Button>
          {canEmail && (
            <Button component="a" href={mailtoHref(email, item, values, text)} variant="default" leftSection={<IconMail size={16} />}>
              Open in email
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Button variant="subtle" color="gray" onClick={onDone}>
            Close
          </Button>
          <Button leftSection={<IconSend size={16} />} loading={markSent.isPending} onClick={sent}>
            Mark as sent
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        “Mark as sent” logs a {interactionKindLabels[item].toLowerCase()} with {supporter.contactName} dated today, which ticks this item.
      </Text>
    </Stack>
  );
}
