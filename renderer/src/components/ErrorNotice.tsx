import { Alert, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiError } from '@renderer/api/client';

/**
 * A failed load (or another refusal, given its own title), said plainly, with a way to try again. The office
 * server's refusal of the signed-in user's role reads as such, with the server's words for what is not allowed,
 * and a way back (`back`, else Home): trying again would only be refused again.
 */
export function ErrorNotice({
  error,
  onRetry,
  title,
  back,
}: {
  error: Error | string;
  onRetry?: () => void;
  title?: string;
  /** Where a refused page leads back to (its list). */
  back?: { to: string; label: string };
}) {
  const forbidden = error instanceof ApiError && error.code === 'forbidden';
  const heading = title ?? (forbidden ? 'Not allowed for your account' : 'Could not load this');
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={heading} role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{typeof error === 'string' ? error : error.message}</Text>
        {forbidden && (
          <Button size="xs" variant="white" color="red" component={Link} to={back?.to ?? '/'}>
            {back?.label ?? 'Back to Home'}
          </Button>
        )}
        {onRetry && !forbidden && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
