import { Group, Loader, Text } from '@mantine/core';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
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
  return <ErrorNotice error={message} onRetry={onRetry} title="This file cannot be imported" />;
}

export function isFileRefusal(error: ApiError): boolean {
  return error.code === 'invalid_input';
}
