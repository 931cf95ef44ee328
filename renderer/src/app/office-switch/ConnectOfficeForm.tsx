import { Button, FileInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { desktopCall } from '@renderer/api/desktopOffice';
import { FormError } from '@renderer/components/FormError';

/**
 * "Connect to an office server": the address and, only if IT handed one out, the office's own CA certificate. The
 * desktop app checks the server's certificate and that it is a Rapport office server before switching; then the
 * window starts again on that office's sign-in page.
 */
export function ConnectOfficeForm({ onConnected }: { onConnected: () => void }) {
  const form = useForm<{ address: string; ca: File | null }>({
    initialValues: { address: '', ca: null },
    validate: { address: (value) => (value.trim() ? null : 'Address is required') },
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const connect = form.onSubmit(async ({ address, ca }) => {
    setBusy(true);
    setProblem(null);
    const result = await desktopCall('desktop.connect', { address, ca: ca ? await ca.text() : null });
    setBusy(false);
    if (result.ok) onConnected();
    else setProblem(result.error.message);
  });

  return (
    <form onSubmit={(event) => void connect(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label="Office server address"
          description="As IT gave it to you, e.g. https://rapport.example.edu"
          placeholder="https://rapport.example.edu"
          required
          data-autofocus
          {...form.getInputProps('address')}
        />
        <FileInput
          label="Office certificate authority (optional)"
          description="Only if IT gave you a CA file for your office; check its fingerprint with them."
          placeholder="Choose a .pem or .crt file"
          accept=".pem,.crt,.cer"
          clearable
          {...form.getInputProps('ca')}
        />
        <FormError title="Not connected" message={problem} />
        <Text size="sm" c="dimmed">
          You sign in on the next screen with your office account. This computer’s own office stays as it is.
        </Text>
        <Button type="submit" loading={busy}>
          Connect
        </Button>
      </Stack>
    </form>
  );
}
