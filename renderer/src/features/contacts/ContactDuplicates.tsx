import { Anchor, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowMerge } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Contact } from '@shared/api/contacts';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { plural } from '@renderer/components/format';
import { relationshipKindLabels } from '@shared/domain';
import { notify } from '@renderer/components/notify';

/** Other records that look like the same person (same email, or same name at the same employer). Hidden when there are none. */
export function ContactDuplicates({ contact }: { contact: Contact }) {
  const duplicates = useApiQuery('contacts.duplicates', { id: contact.id });
  const merge = useApiMutation('contacts.merge');
  // A failed check is not worth an alarm on the page: the panel is a suggestion, not the record.
  if (!duplicates.data || duplicates.isPlaceholderData || duplicates.data.length === 0) return null;

  const confirmMerge = (other: Contact) =>
    modals.openConfirmModal({
      title: `Merge ${other.displayName} into ${contact.displayName}?`,
      children: (
        <Stack gap="xs">
          <Text size="sm">
            {other.displayName}’s connections and logged interactions move to this contact, and the other record is removed. The details shown on this page are
            kept.
          </Text>
          <MergePreview keepId={contact.id} mergeId={other.id} />
        </Stack>
      ),
      labels: { confirm: 'Merge', cancel: 'Cancel' },
      onConfirm: () =>
        merge.mutate(
          { keepId: contact.id, mergeId: other.id },
          {
            onSuccess: (result) =>
              notify.done(
                `Moved ${plural(result.movedConnections, 'connection')} and ${plural(result.movedInteractions, 'interaction')}${result.combinedConnections > 0 ? `; ${plural(result.combinedConnections, 'connection')} combined with an existing one` : ''}.`,
                `Merged into ${result.contact.displayName}`,
              ),
            onError: notify.failure('Not merged'),
          },
        ),
    });

  return (
    <Card withBorder padding="lg">
      <Group gap="xs" mb={4}>
        <IconArrowMerge size={18} aria-hidden />
        <Title order={2} size="h4">
          Possible duplicates
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        These records share an email, or a name and employer, with {contact.displayName}.
      </Text>
      <Stack gap="xs">
        {duplicates.data.map((other) => (
          <Paper key={other.id} withBorder p="sm" role="group" aria-label={other.displayName}>
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Anchor component={Link} to={`/contacts/${other.id}`} fw={500} size="sm">
                  {other.displayName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[other.email, other.title, other.employerName].filter(Boolean).join(' · ') || 'No email or employer recorded'}
                </Text>
              </div>
              <Button size="xs" variant="light" onClick={() => confirmMerge(other)} loading={merge.isPending && merge.variables.mergeId === other.id}>
                Merge into this contact
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Card>
  );
}

/** Spells out what the merge will do, including the connections it combines (no duplicate is created). */
function MergePreview({ keepId, mergeId }: { keepId: number; mergeId: number }) {
  const preview = useApiQuery('contacts.mergePreview', { keepId, mergeId });
  if (preview.isError)
    return (
      <Text size="sm" c="red">
        {preview.error.message}
      </Text>
    );
  if (!preview.data)
    return (
      <Text size="sm" c="dimmed">
        Checking what the merge will change…
      </Text>
    );
  const { connectionsToMove, interactions, connectionsToCombine } = preview.data;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {plural(connectionsToMove, 'connection')} and {plural(interactions, 'logged interaction')} move here.
      </Text>
      {connectionsToCombine.length > 0 && (
        <Text size="sm" c="orange">
          Both are already connected to{' '}
          {connectionsToCombine.map((c) => `${c.studentName} (${relationshipKindLabels[c.relationship].toLowerCase()})`).join(', ')}: those connections are
          combined into one, keeping every interaction, the earlier since-date and the furthest reference status.
        </Text>
      )}
    </Stack>
  );
}
