import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A save that the server refused (e.g. a duplicate connection), shown inside the form that caused it. */
export function FormError({ message, title = 'Not saved' }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {message}
    </Alert>
  );
}
