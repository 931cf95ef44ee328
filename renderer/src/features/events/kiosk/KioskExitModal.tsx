import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { endKiosk, leaveFullscreen } from './kioskLock';

/** Leaving the kiosk takes the code the advisor chose; then the check-in desk comes back. */
export function KioskExitModal({ eventId, opened, onClose }: { eventId: number; opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setCode('');
    setError(null);
    onClose();
  };
  const leave = () => {
    if (!endKiosk(code.trim())) {
      setError('That is not the exit code. Ask the advisor who started the kiosk.');
      return;
    }
    leaveFullscreen();
    close();
    void navigate(`/events/${eventId}/check-in`, { replace: true });
  };
  return (
    <Modal opened={opened} onClose={close} title="Exit the kiosk">
      <Stack gap="sm">
        <PasswordInput
          label="Exit code"
          description="The code chosen when the kiosk was started"
          data-autofocus
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') leave();
          }}
          error={error}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Stay in kiosk
          </Button>
          <Button onClick={leave}>Exit kiosk</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
