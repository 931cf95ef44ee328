import { Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ExitCodeModal } from './ExitCodeModal';
import { requestFullscreen, startKiosk } from './kioskLock';

/** The advisor chooses an exit code, then the desk becomes a self check-in kiosk for this event. */
export function StartKioskModal({ eventId, opened, onClose }: { eventId: number; opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  return (
    <ExitCodeModal
      title="Start kiosk mode"
      opened={opened}
      onClose={onClose}
      intro={
        <Text size="sm">
          Students check themselves in by typing their full name, school email or student ID; they see only their own name. Leaving the kiosk asks for this
          code, which Rapport keeps in this window’s memory only.
        </Text>
      }
      description="At least 4 characters. You will need it to leave the kiosk."
      cancel="Cancel"
      submit="Start kiosk"
      onSubmit={(code) => {
        if (code.length < 4) return 'Choose an exit code of at least 4 characters.';
        startKiosk(eventId, code);
        // Inside the click (or Enter): browsers grant full screen only to a user's gesture.
        requestFullscreen();
        void navigate(`/events/${eventId}/kiosk`);
        return null;
      }}
    />
  );
}
