import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { Contact } from '@shared/api/contacts';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { deleteSummary } from './deleteSummary';
import { notify } from '@renderer/components/notify';

/** Asks before deleting, saying exactly what goes with the contact (the count comes from the core). */
export function DeleteContactModal({ contact, opened, onClose }: { contact: Contact; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Delete ${contact.displayName}?`}>
      {opened && <DeleteContactBody contact={contact} onClose={onClose} />}
    </Modal>
  );
}

function DeleteContactBody({ contact, onClose }: { contact: Contact; onClose: () => void }) {
  const navigate = useNavigate();
  const preview = useApiQuery('contacts.deletePreview', { id: contact.id });
  const remove = useApiMutation('contacts.delete', {
    // Leave the contact's page before the refresh: refetching the deleted contact would flash "not found".
    beforeRefresh: () => {
      notify.removed(`${contact.displayName} deleted.`);
      onClose();
      void navigate('/contacts');
    },
  });

  const confirm = () => remove.mutate({ id: contact.id }, { onError: notify.failure('Not deleted') });

  return (
    <Stack gap="sm">
      {preview.isError ? (
        <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />
      ) : !preview.data || preview.isPlaceholderData ? (
        <Skeleton h={48} />
      ) : (
        <Alert color={preview.data.connections > 0 || preview.data.tasks > 0 ? 'red' : 'gray'} variant="light">
          <Text size="sm">{deleteSummary(preview.data)}</Text>
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        This cannot be undone. The deletion is recorded in the audit log.
      </Text>
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onClose} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button color="red" onClick={confirm} loading={remove.isPending} disabled={!preview.data || preview.isPlaceholderData}>
          Delete contact
        </Button>
      </Group>
    </Stack>
  );
}
