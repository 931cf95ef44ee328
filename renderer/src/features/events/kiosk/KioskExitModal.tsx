import { useNavigate } from 'react-router';
import { ExitCodeModal } from './ExitCodeModal';
import { endKiosk, leaveFullscreen } from './kioskLock';

/** Leaving the kiosk takes the code the advisor chose; then the check-in desk comes back. */
export function KioskExitModal({ eventId, opened, onClose }: { eventId: number; opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  return (
    <ExitCodeModal
      title="Exit the kiosk"
      opened={opened}
      onClose={onClose}
      description="The code chosen when the kiosk was started"
      cancel="Stay in kiosk"
      submit="Exit kiosk"
      onSubmit={(code) => {
        if (!endKiosk(code)) return 'That is not the exit code. Ask the advisor who started the kiosk.';
        leaveFullscreen();
        void navigate(`/events/${eventId}/check-in`, { replace: true });
        return null;
      }}
    />
  );
}
