import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ApiError } from '@renderer/api/client';

/** A running step, announced politely so screen-reader users know to wait. */
export function Working({ children }: { children: string }) {
  return (
    <Group gap="xs" role="status">
      <Loader size="sm" />
      <Text size="sm">{children}</Text>
    </Group>
  );
}

/**
 * The core refuses a whole file (empty, binary, unbalanced quote, too large, wrong encoding) as invalid input
 * with a message that says how to fix it; anything else is unexpected and worth another try.
 */
export function FileProblem({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title="This file cannot be imported" role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}

export function isFileRefusal(error: ApiError): boolean {
  return error.code === 'invalid_input';
}
