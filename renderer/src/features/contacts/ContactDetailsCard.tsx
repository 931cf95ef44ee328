import { Anchor, Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { Contact } from '@shared/api/contacts';
import { contactMethodLabels } from '@shared/domain';
import { useApiMutation } from '@renderer/api/hooks';
import { isOlderThan, todayIso } from '@renderer/components/dates';
import { DetailField } from '@renderer/components/DetailField';
import { ExternalLink } from '@renderer/components/ExternalLink';
import { formatDate, formatRelative } from '@renderer/components/format';
import { contactToForm, formToContactInput } from './contactFormValues';
import { notify } from '@renderer/components/notify';

/** Career centres advise re-checking a reference's details at least yearly. */
const verifyEveryMonths = 12;

export function ContactDetailsCard({ contact }: { contact: Contact }) {
  const update = useApiMutation('contacts.update');
  const stale = isOlderThan(contact.verifiedOn, verifyEveryMonths);
  const markVerified = () =>
    // The update replaces the whole record, so send every field as it is with only the date changed.
    update.mutate(
      { id: contact.id, ...formToContactInput(contactToForm(contact)), verifiedOn: todayIso() },
      {
        onSuccess: () => notify.done(`${contact.displayName}'s details marked as verified today.`),
        onError: notify.failure('Not saved'),
      },
    );

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        Contact details
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DetailField label="Email">
          {contact.email ? (
            <Anchor href={`mailto:${contact.email}`} size="sm">
              {contact.email}
            </Anchor>
          ) : null}
        </DetailField>
        <DetailField label="Phone">{contact.phone}</DetailField>
        <DetailField label="Preferred method">{contact.preferredMethod ? contactMethodLabels[contact.preferredMethod] : 'No preference'}</DetailField>
        <DetailField label="LinkedIn">{contact.linkedinUrl ? <ExternalLink url={contact.linkedinUrl} label="LinkedIn profile" /> : null}</DetailField>
      </SimpleGrid>
      <Group justify="space-between" mt="md" gap="xs">
        <Group gap={6} c={stale ? 'orange' : 'teal'}>
          {stale ? <IconAlertTriangle size={16} aria-hidden /> : <IconCircleCheck size={16} aria-hidden />}
          <Text size="sm" c={stale ? 'orange' : undefined}>
            {contact.verifiedOn
              ? `Details last verified ${formatDate(contact.verifiedOn)} (${formatRelative(contact.verifiedOn)})${stale ? ': over a year ago, check they are current' : ''}`
              : 'Details never verified: confirm them before anyone relies on them for a reference'}
          </Text>
        </Group>
        {contact.verifiedOn !== todayIso() && (
          <Button size="xs" variant="light" onClick={markVerified} loading={update.isPending}>
            Mark details verified today
          </Button>
        )}
      </Group>
      {contact.notes && (
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
          {contact.notes}
        </Text>
      )}
    </Card>
  );
}
