import { Alert, Button, Card, Code, Group, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconDatabase, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Backup } from '@shared/api/backups';
import type { ProcedureOutput } from '@shared/api/contract';
import { call, type ApiError } from '@renderer/api/client';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { refreshAfter } from '@renderer/api/refresh';
import { EmptyState } from '@renderer/components/EmptyState';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { describeCounts, formatBackupTime, formatSize } from './backupFormat';
import { BackupsTable } from './BackupsTable';
import { KeepSetting } from './KeepSetting';
import { notify } from '@renderer/components/notify';

/**
 * Restoring replaces the whole database: its declared effects are every area, so everything cached is refreshed.
 * Refreshing (rather than reloading the window) keeps the notification on screen and behaves the same in the desktop
 * window and in browser mode. Both live in the mutation's own options, not in mutate(), so they still happen if the page
 * unmounts meanwhile (the restored database may, for instance, send the app back to its welcome screen).
 * The variables are the whole backup so the message can name its date.
 */
function useRestore() {
  const queryClient = useQueryClient();
  return useMutation<ProcedureOutput<'backups.restore'>, ApiError, Backup>({
    mutationFn: (backup) => call('backups.restore', { fileName: backup.fileName }),
    onSuccess: async (result, backup) => {
      await refreshAfter(queryClient, 'backups.restore');
      // Left up longer: it names where the previous data went.
      notify.done(
        `Restored the backup of ${formatBackupTime(backup.createdAt)}. The previous data was kept aside as ${result.keptAside}.`,
        'Backup restored',
        10_000,
      );
    },
  });
}

/** Verified copies of the database: where they are, how many are kept, making one now, and restoring one. */
export function BackupsPage() {
  const list = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create');
  const restore = useRestore();
  const busy = create.isPending || restore.isPending;

  const backUpNow = () =>
    create.mutate(
      {},
      {
        onSuccess: (backup) => notify.done(`Backup saved: ${formatBackupTime(backup.createdAt)}, ${formatSize(backup.bytes)}.`),
        onError: notify.failure('No backup made'),
      },
    );

  const backUpButton = (
    <Button leftSection={<IconDeviceFloppy size={16} />} onClick={backUpNow} loading={create.isPending} disabled={restore.isPending}>
      Back up now
    </Button>
  );

  const confirmRestore = (backup: Backup) => {
    const when = formatBackupTime(backup.createdAt);
    modals.openConfirmModal({
      title: 'Restore this backup?',
      children: (
        <Stack gap="xs">
          <Text size="sm">
            Rapport first keeps the current database aside as a backup, so nothing is lost: it appears in this list as “Before a restore” and can be restored in
            turn.
          </Text>
          <Text size="sm">
            Then the backup of {when} becomes the database and every screen shows its data: {describeCounts(backup.counts)}.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Restore', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => restore.mutate(backup),
    });
  };

  if (list.isError) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;

  const backups = list.data?.backups ?? [];
  let body;
  if (list.isPending) {
    body = (
      <Stack gap="xs" p="md" aria-busy="true">
        <VisuallyHidden>Loading backups…</VisuallyHidden>
        <Skeleton h={28} />
        <Skeleton h={28} />
        <Skeleton h={28} />
      </Stack>
    );
  } else if (backups.length === 0) {
    body = (
      <EmptyState icon={<IconDatabase size={24} />} title="No backups yet" action={backUpButton}>
        Make the first one now; after that Rapport makes one every day it is started.
      </EmptyState>
    );
  } else {
    body = (
      <BackupsTable backups={backups} onRestore={confirmRestore} restoring={restore.isPending ? (restore.variables?.fileName ?? null) : null} disabled={busy} />
    );
  }

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={1} size="h2">
            Backups
          </Title>
          {list.data ? (
            <Text c="dimmed" size="sm">
              Kept in <Code>{list.data.folder}</Code>. A verified copy is made automatically on the first start of each day and before every update.
            </Text>
          ) : (
            <Skeleton h={16} w={480} mt={6} />
          )}
        </div>
        {/* Once the list is empty the button moves into the empty state, so there is only ever one. */}
        {backups.length > 0 && backUpButton}
      </Group>
      {restore.isError && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title="The backup was not restored"
          role="alert"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => restore.reset()}
        >
          {restore.error.message}
        </Alert>
      )}
      {list.data && (
        <Card withBorder padding="lg">
          {/* Keyed by the saved number so the field follows it after a save or a restore. */}
          <KeepSetting key={list.data.keep} keep={list.data.keep} />
        </Card>
      )}
      <Card withBorder padding={0}>
        {body}
      </Card>
    </Stack>
  );
}
