import { Badge, Button, Group, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import type { QueueState } from '@shared/offline-queue';
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
      {notSent.length > 0 && <NotSent items={notSent} />}
    </Group>
  );
}

/** The refused actions, each with its reason and Retry / Discard. */
function NotSent({ items }: { items: QueueState['notSent'] }) {
  // Controlled so that Discard can close it before asking: popovers are drawn above dialogs, and an open one would sit
  // over the question.
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} width={380} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <UnstyledButton aria-label={`${formatCount(items.length)} not sent: see why`} onClick={() => setOpened((o) => !o)}>
          <Badge color="red" variant="light" size="lg" style={{ cursor: 'pointer' }}>
            {formatCount(items.length)} not sent
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            The office server refused these
          </Text>
          {items.map((item) => (
            <Stack key={item.key} gap={4}>
              <Text size="sm">{item.label}</Text>
              <Text size="xs" c="dimmed">
                {item.refused?.message}
              </Text>
              <Group gap="xs">
                <Button size="compact-xs" variant="light" onClick={() => void doorQueue.retry(item.key)}>
                  Retry
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => {
                    setOpened(false);
                    confirmDiscard(item.key, item.label);
                  }}
                >
                  Discard
                </Button>
              </Group>
            </Stack>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
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
