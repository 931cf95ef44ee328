import { Badge, Button, Group, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { modals } from '@mantine/modals';
import { formatCount } from '@renderer/components/format';
import { doorQueue, useDoorQueue, useDoorQueueReplay } from './doorQueue';

/**
 * The Shell's word on the door's queue: "N waiting to send" while check-ins or touchpoints wait for the office
 * server, "M not sent" when the server refused some, each with its reason and Retry / Discard (asked first). Nothing
 * shows when nothing waits. A live region: the count changing is read out.
 */
export function QueueStatus() {
  useDoorQueueReplay();
  const { waiting, notSent } = useDoorQueue();
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite">
      {waiting.length > 0 && (
        <Badge color="yellow" variant="light" size="lg">
          {formatCount(waiting.length)} waiting to send
        </Badge>
      )}
      {notSent.length > 0 && (
        <Popover width={380} position="bottom-end" withArrow trapFocus>
          <Popover.Target>
            <UnstyledButton aria-label={`${formatCount(notSent.length)} not sent: see why`}>
              <Badge color="red" variant="light" size="lg" style={{ cursor: 'pointer' }}>
                {formatCount(notSent.length)} not sent
              </Badge>
            </UnstyledButton>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="sm">
              <Text size="sm" fw={600}>
                The office server refused these
              </Text>
              {notSent.map((item) => (
                <Stack key={item.key} gap={4}>
                  <Text size="sm">{item.label}</Text>
                  <Text size="xs" c="dimmed">
                    {item.refused?.message}
                  </Text>
                  <Group gap="xs">
                    <Button size="compact-xs" variant="light" onClick={() => void doorQueue.retry(item.key)}>
                      Retry
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => confirmDiscard(item.key, item.label)}>
                      Discard
                    </Button>
                  </Group>
                </Stack>
              ))}
            </Stack>
          </Popover.Dropdown>
        </Popover>
      )}
    </Group>
  );
}

function confirmDiscard(key: string, label: string): void {
  modals.openConfirmModal({
    title: 'Discard this unsent action?',
    children: <Text size="sm">“{label}” was never recorded at the office. Discarding it removes it from this device for good.</Text>,
    labels: { confirm: 'Discard', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () => void doorQueue.discard(key),
  });
}
