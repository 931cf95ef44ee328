import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A failed load (or another refusal, given its own title), said plainly, with a way to try again. */
export function ErrorNotice({ error, onRetry, title = 'Could not load this' }: { error: Error | string; onRetry?: () => void; title?: string }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{typeof error === 'string' ? error : error.message}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
