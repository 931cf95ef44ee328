import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { requestFullscreen, startKiosk } from './kioskLock';

/** The advisor chooses an exit code, then the desk becomes a self check-in kiosk for this event. */
export function StartKioskModal({ eventId, opened, onClose }: { eventId: number; opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    if (code.trim().length < 4) {
      setError('Choose an exit code of at least 4 characters.');
      return;
    }
    startKiosk(eventId, code.trim());
    // Inside the click: browsers grant full screen only to a user's gesture.
    requestFullscreen();
    setCode('');
    onClose();
    void navigate(`/events/${eventId}/kiosk`);
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Start kiosk mode">
      <Stack gap="sm">
        <Text size="sm">
          Students check themselves in by typing their full name, school email or student ID; they see only their own name. Leaving the kiosk asks for this
          code, which Rapport keeps in this window’s memory only.
        </Text>
        <PasswordInput
          label="Exit code"
          description="At least 4 characters. You will need it to leave the kiosk."
          data-autofocus
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') start();
          }}
          error={error}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={start}>Start kiosk</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
