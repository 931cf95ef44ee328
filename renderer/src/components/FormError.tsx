import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A save that the server refused (e.g. a duplicate connection), shown inside the form that caused it. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Not saved" role="alert">
      {message}
    </Alert>
  );
}
