import { Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuilding } from '@tabler/icons-react';
import { useState } from 'react';
import { officeLabel, type OfficeConnection } from '@shared/api/desktop-office';
import { desktopCall, isDesktop } from '@renderer/api/desktopOffice';
import { useApiQuery } from '@renderer/api/hooks';
import { FormError } from '@renderer/components/FormError';
import { ConnectOfficeForm } from './ConnectOfficeForm';
import { DesktopSsoButton } from './DesktopSsoButton';
import { useDesktopOffice } from './useDesktopOffice';

/** Every query, the session and the caches belong to one office: switching starts the window again. */
const startAgain = () => window.location.reload();

/**
 * The desktop app's "which office is open" button (header and sign-in page): this computer's own office, or an
 * office server — connect to one, or go back. Shows nothing in a browser, where the page belongs to its server.
 */
export function OfficeSwitch() {
  const [opened, { open, close }] = useDisclosure(false);
  const office = useDesktopOffice();
  if (!isDesktop() || !office.data) return null;
  const title = office.data.kind === 'local' ? 'Connect to an office server' : 'Office server';
  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconBuilding size={16} />} onClick={open} aria-haspopup="dialog">
        {officeLabel(office.data)}
      </Button>
      <Modal opened={opened} onClose={close} title={title}>
        {office.data.kind === 'local' ? <ConnectOfficeForm onConnected={startAgain} /> : <ConnectedOffice office={office.data} />}
      </Modal>
    </>
  );
}

function ConnectedOffice({ office }: { office: Extract<OfficeConnection, { kind: 'office' }> }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const back = async () => {
    setBusy(true);
    const result = await desktopCall('desktop.disconnect', {});
    setBusy(false);
    if (result.ok) startAgain();
    else setProblem(result.error.message);
  };
  return (
    <Stack gap="md">
      <Text>
        This window works on the office server <strong>{office.origin}</strong>: every change is saved there, under your account.
      </Text>
      {office.caFingerprint && (
        <Text size="sm" c="dimmed">
          Trusted office certificate authority, SHA-256 fingerprint {office.caFingerprint}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {office.keepsSession
          ? 'Your session is kept encrypted with this computer’s keychain until it ends.'
          : 'This computer has no keychain Rapport can use, so you sign in again each time Rapport starts.'}
      </Text>
      <OfficeSso />
      <FormError title="Still connected" message={problem} />
      <Button variant="default" loading={busy} onClick={() => void back()}>
        Back to this computer’s office
      </Button>
    </Stack>
  );
}

/** Signed out of the office server: its single sign-on, as the server's sign-in options offer it. */
function OfficeSso() {
  const me = useApiQuery('auth.me', {}).data;
  const signedOut = me?.mode === 'office' && me.caller === null;
  const options = useApiQuery('sso.signInOptions', {}, { enabled: signedOut }).data;
  if (!signedOut || !options) return null;
  return (
    <>
      {options.oidc && <DesktopSsoButton protocol="oidc" displayName={options.oidc.displayName} />}
      {options.saml && <DesktopSsoButton protocol="saml" displayName={options.saml.displayName} />}
    </>
  );
}
