import { Alert, Button, Center, Code, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { recoveryDoneSchema, recoveryStatusSchema, type RecoveryStatus } from '@shared/api/recovery';
import { send } from '@renderer/api/transport';
import { formatBackupTime } from '../backups/backupFormat';
import { BackupsTable } from '../backups/BackupsTable';

async function recoveryCall<T>(name: string, input: object, parse: (data: unknown) => T): Promise<T> {
  const result = await send(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return parse(result.data);
}

/**
 * Browser mode, when the database was damaged and moved aside: say what happened and offer the
 * verified backups, newest first. Starting empty is possible, but only as an explicit choice.
 */
export function RecoveryPage() {
  const status = useQuery<RecoveryStatus, Error>({
    queryKey: ['recovery.status'],
    queryFn: () => recoveryCall('recovery.status', {}, (d) => recoveryStatusSchema.parse(d)),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (name: string, input: object) => {
    setBusy(true);
    setError(null);
    recoveryCall(name, input, (d) => recoveryDoneSchema.parse(d))
      .then(() => window.location.reload())
      .catch((e: unknown) => {
        setBusy(false);
        setError(e instanceof Error ? e.message : String(e));
      });
  };
  const confirmRestore = (fileName: string, label: string) =>
    modals.openConfirmModal({
      title: 'Restore this backup?',
      children: <Text size="sm">Rapport will open the backup of {label}. The damaged file stays where it was moved; nothing is deleted.</Text>,
      labels: { confirm: 'Restore', cancel: 'Cancel' },
      onConfirm: () => run('recovery.restore', { fileName }),
    });
  const confirmEmpty = () =>
    modals.openConfirmModal({
      title: 'Start with an empty database?',
      children: <Text size="sm">Rapport will start a new, empty office. The damaged file and every backup stay where they are, to restore later.</Text>,
      labels: { confirm: 'Start empty', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => run('recovery.startEmpty', {}),
    });

  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label="Checking the backups" />
      </Center>
    );
  }
  return (
    <Center mih="100vh" p="xl">
      <Paper withBorder p="xl" maw={900} w="100%">
        <Stack>
          <Group gap="sm">
            <IconAlertTriangle color="var(--mantine-color-orange-6)" aria-hidden />
            <Title order={1} size="h2">
              Rapport could not open its database
            </Title>
          </Group>
          {status.isError ? (
            <Alert color="red" title="Rapport cannot say more">
              {status.error.message}
            </Alert>
          ) : (
            <>
              <Text>{status.data.message}</Text>
              <Text size="sm" c="dimmed">
                The file was moved aside, not deleted: <Code>{status.data.movedTo}</Code>. Keep it for IT.
              </Text>
              {error && (
                <Alert color="red" title="Not restored">
                  {error}
                </Alert>
              )}
              {status.data.backups.length === 0 ? (
                <Alert color="yellow" title="No backups yet">
                  There is no verified backup to restore. You can start with an empty database; the damaged file stays where it is.
                </Alert>
              ) : (
                <BackupsTable
                  backups={status.data.backups}
                  label="Backups to restore"
                  onRestore={(b) => confirmRestore(b.fileName, formatBackupTime(b.createdAt))}
                  restoring={null}
                  disabled={busy}
                />
              )}
              <Group justify="flex-end">
                <Button variant="subtle" color="red" disabled={busy} onClick={confirmEmpty}>
                  Start with an empty database
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
